package org.learningmentor.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.person.MentorConsentGiven;
import org.learningmentor.core.program.ProgramCreated;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.SponsorNamed;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.runtime.LearningMentor;
import org.learningmentor.runtime.Permission;

class MinimalHostTest {

    @Test
    void theMinimalHostStoresItsProgrammeInH2AndRefusesTheMentorsAttemptToAdvanceIt() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        MinimalHost.Outcome outcome =
                MinimalHost.run(h2("minimal-host-story"), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(outcome.program().phase()).isEqualTo(ProgramPhase.PREPARATION);
        assertThat(outcome.program().sponsorId()).isPresent();
        assertThat(outcome.mentors())
                .singleElement()
                .satisfies(m -> assertThat(m.isActiveMentor()).isTrue());
        assertThat(outcome.refused())
                .hasValueSatisfying(e -> assertThat(e.permission()).isEqualTo(Permission.PROGRAM_ADVANCE));
        assertThat(outcome.heard())
                .hasAtLeastOneElementOfType(ProgramCreated.class)
                .hasAtLeastOneElementOfType(SponsorNamed.class)
                .hasAtLeastOneElementOfType(MentorConsentGiven.class);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("in PREPARATION")
                .contains("Aino may not advance the programme")
                .contains("Mentors: 1");
    }

    @Test
    void whatTheMinimalHostStoredIsReadBackFromTheDatabaseByASecondRuntime() {
        JdbcDataSource database = h2("minimal-host-second");
        MinimalHost.Outcome outcome =
                MinimalHost.run(database, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        LearningMentor second = MinimalHost.wire(database, Clock.systemUTC(), IdGenerator.random(), new ArrayList<>());

        assertThat(second.programs().list(outcome.hr(), PageRequest.first(10)).items())
                .singleElement()
                .isEqualTo(outcome.program());
    }

    private static JdbcDataSource h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return h2;
    }
}
