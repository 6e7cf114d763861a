package org.learningmentor.testkit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.program.AttendanceRecorded;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.PhaseAdvanced;
import org.learningmentor.core.program.ProgramCreated;
import org.learningmentor.core.program.ProgramEvent;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.TrainingSession;
import tools.jackson.databind.json.JsonMapper;

class SampleProgramsTest {

    private static final SampleOrganization AGENCY = SampleData.organization(2026, 300);

    @ParameterizedTest
    @EnumSource(ProgramPhase.class)
    void everyPhaseCanBeProducedWithAConsistentHistory(ProgramPhase phase) {
        SampleProgram sample = SamplePrograms.inPhase(AGENCY, phase, 7);
        MentoringProgram program = sample.program();

        assertThat(program.phase()).isEqualTo(phase);
        assertThat(program.organizationId()).isEqualTo(AGENCY.organization().id());
        assertConsistent(sample);
        List<ProgramPhase> entered = new ArrayList<>();
        sample.history().stream()
                .filter(PhaseAdvanced.class::isInstance)
                .forEach(e -> entered.add(((PhaseAdvanced) e).toPhase()));
        List<ProgramPhase> expected = new ArrayList<>();
        for (ProgramPhase p : ProgramPhase.values()) {
            if (p.ordinal() > 0 && p.ordinal() <= Math.min(phase.ordinal(), ProgramPhase.CLOSED.ordinal())) {
                expected.add(p);
            }
        }
        if (phase == ProgramPhase.EMBEDDING) {
            expected.set(expected.size() - 1, ProgramPhase.EMBEDDING);
        }
        assertThat(entered).isEqualTo(expected);
    }

    @Test
    void aProgrammeInImplementationHasTheWholeTrainingBehindIt() {
        MentoringProgram program =
                SamplePrograms.inPhase(AGENCY, ProgramPhase.IMPLEMENTATION, 3).program();

        assertThat(program.hrDays()).hasSize(2);
        assertThat(program.goals()).isEqualTo(AGENCY.goals());
        assertThat(program.sessions()).hasSize(3).allMatch(TrainingSession::held);
        assertThat(program.activeMentors())
                .hasSizeBetween(2, AGENCY.activeMentors().size());
        assertThat(program.assignments()).hasSize(2);
        assertThat(program.meetings()).hasSize(2);
        for (var mentor : program.activeMentors()) {
            assertThat(program.credo(mentor)).isPresent();
        }
        assertThat(program.readiness().unmet())
                .extracting(c -> c.code())
                .containsExactly("program.guard.checkpoint-recorded");
    }

    @Test
    void theSameSeedGivesTheSameProgrammeAndHistoryAndAnotherSeedAnother() {
        SampleProgram first = SamplePrograms.inPhase(AGENCY, ProgramPhase.EVALUATION, 11);
        SampleProgram again = SamplePrograms.inPhase(AGENCY, ProgramPhase.EVALUATION, 11);
        SampleProgram other = SamplePrograms.inPhase(AGENCY, ProgramPhase.EVALUATION, 12);

        assertThat(again.program()).isEqualTo(first.program());
        assertThat(again.history()).isEqualTo(first.history());
        assertThat(other.program()).isNotEqualTo(first.program());
    }

    @Test
    void fromAHandfulOfMentorsToThousands() {
        SampleOrganization tiny = SampleData.organization(1, 10);
        SampleProgram small = SamplePrograms.inPhase(tiny, ProgramPhase.CLOSED, 1);
        assertThat(small.program().activeMentors()).hasSizeBetween(2, 3);
        assertConsistent(small);

        SampleOrganization large = SampleData.organization(2, 100_000);
        SampleProgram big = SamplePrograms.inPhase(large, ProgramPhase.IMPLEMENTATION, 2);
        assertThat(big.program().activeMentors()).hasSizeGreaterThan(1_500);
        assertThat(big.history())
                .filteredOn(AttendanceRecorded.class::isInstance)
                .hasSizeGreaterThan(4_500);
        assertThat(big.program().readiness().unmet()).hasSize(1);
    }

    @Test
    void theProgrammeRoundTripsThroughJackson3() {
        JsonMapper mapper = JsonMapper.builder().build();
        SampleProgram sample = SamplePrograms.inPhase(AGENCY, ProgramPhase.CLOSED, 5);
        String json = mapper.writerFor(MentoringProgram.class).writeValueAsString(sample.program());
        assertThat(mapper.readValue(json, MentoringProgram.class)).isEqualTo(sample.program());
        String events = mapper.writerFor(mapper.getTypeFactory().constructCollectionType(List.class, DomainEvent.class))
                .writeValueAsString(sample.history());
        List<DomainEvent> back = mapper.readValue(
                events, mapper.getTypeFactory().constructCollectionType(List.class, DomainEvent.class));
        assertThat(back).isEqualTo(sample.history());
    }

    @Test
    void anAgencyWithoutTwoMentorsCannotHaveAProgrammeInTraining() {
        SampleOrganization agency = SampleData.organization(3, 10);
        SampleOrganization without = new SampleOrganization(
                agency.organization(),
                agency.people().stream().filter(p -> !p.isActiveMentor()).toList(),
                agency.goals(),
                agency.director());
        assertThat(SamplePrograms.inPhase(without, ProgramPhase.RECRUITMENT, 1)
                        .program()
                        .phase())
                .isEqualTo(ProgramPhase.RECRUITMENT);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SamplePrograms.inPhase(without, ProgramPhase.TRAINING, 1));
    }

    /** The history starts with the creation, is in time order, and every event is of this programme. */
    private static void assertConsistent(SampleProgram sample) {
        List<DomainEvent> history = sample.history();
        assertThat(history.get(0)).isInstanceOf(ProgramCreated.class);
        Instant previous = Instant.MIN;
        for (DomainEvent event : history) {
            assertThat(event.organizationId()).isEqualTo(sample.program().organizationId());
            assertThat(((ProgramEvent) event).programId())
                    .isEqualTo(sample.program().id());
            assertThat(event.occurredAt()).isAfter(previous);
            previous = event.occurredAt();
        }
        for (var mentor : sample.program().mentors()) {
            assertThat(sample.agency().person(mentor.personId())).isPresent();
        }
    }
}
