package org.learningmentor.examples.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.HrDayHeld;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.program.ProgramTemplate;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.persistence.memory.InMemoryPersistence;
import org.learningmentor.runtime.Actor;
import org.learningmentor.runtime.LearningMentor;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.learningmentor.testkit.sample.SamplePrograms;
import org.learningmentor.testkit.time.TestClock;

/**
 * A host's own test of its use of the SDK, the way we suggest writing it: the test kit's seeded
 * agency instead of hand-made people, a {@link TestClock} instead of the system clock, seeded ids
 * instead of random ones, and the in-memory store (or the host's own store, proven by the contract
 * tests in {@link HostStoreContractTest}). Every run makes the same agency, the same ids and the
 * same times, so a test can name them and a failure replays exactly.
 */
class TestHarnessSampleTest {

    /** 120 people, seed 2026: generated once, shared by every test (it is immutable). */
    private static final SampleOrganization AGENCY = SampleData.organization(2026, 120);

    private static final Instant MONDAY = Instant.parse("2026-02-02T08:00:00Z");

    private final TestClock clock = TestClock.at(MONDAY);
    private final List<DomainEvent> heard = new ArrayList<>();
    private Persistence store;
    private LearningMentor learningMentor;
    private Actor hr;

    @BeforeEach
    void wireTheRuntimeWithAFixedClockAndSeededIds() {
        store = InMemoryPersistence.create();
        learningMentor = runtime(store, clock, heard);
        learningMentor.organizations().register(AGENCY.organization(), AGENCY.people());
        hr = Actor.of(AGENCY.withRole(Role.HR).get(0));
    }

    @Test
    void theSameSeedGivesTheSameIdsInEveryRunSoATestMayNameThem() {
        MentoringProgram first = createProgramme(learningMentor, hr);

        Persistence otherStore = InMemoryPersistence.create();
        LearningMentor again = runtime(otherStore, TestClock.at(MONDAY), new ArrayList<>());
        again.organizations().register(AGENCY.organization(), AGENCY.people());
        MentoringProgram second = createProgramme(again, hr);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theTestClockDecidesWhenEachEventHappened() {
        MentoringProgram program = createProgramme(learningMentor, hr);
        learningMentor
                .programs()
                .nameSponsor(hr, program.id(), AGENCY.director().id());
        learningMentor.programs().nameCoordinator(hr, program.id(), hr.personId());
        learningMentor.programs().advance(hr, program.id()); // into ANALYSIS, where HR days are held
        Instant twoWeeksLater = clock.advance(Duration.ofDays(14));

        learningMentor
                .programs()
                .holdHrDay(
                        hr,
                        program.id(),
                        LocalDate.of(2026, 2, 16),
                        List.of(hr.personId(), AGENCY.director().id()),
                        Optional.of("Learning-culture analysis, first round"));

        assertThat(heard.get(0).occurredAt()).isEqualTo(MONDAY);
        assertThat(heard).last().isInstanceOf(HrDayHeld.class);
        assertThat(heard.get(heard.size() - 1).occurredAt()).isEqualTo(twoWeeksLater);
    }

    @Test
    void aSampleProgrammeInAnyPhaseIsAStartingPointForTheHostsOwnScenario() {
        MentoringProgram training =
                SamplePrograms.inPhase(AGENCY, ProgramPhase.TRAINING, 7).program();
        store.programs().save(AGENCY.organization().id(), training);
        clock.setInstant(Instant.parse("2027-01-04T09:00:00Z")); // after every event of the sample

        assertThat(learningMentor
                        .programs()
                        .listByPhase(hr, ProgramPhase.TRAINING, PageRequest.first(10))
                        .items())
                .extracting(MentoringProgram::id)
                .containsExactly(training.id());
        PersonId mentor = training.mentors().get(0).personId();
        MentoringProgram afterWithdrawal = learningMentor.programs().withdrawMentor(hr, training.id(), mentor);
        assertThat(afterWithdrawal.version()).isEqualTo(2); // saved by the test, then by the use case
        assertThat(afterWithdrawal.mentors()).isNotEqualTo(training.mentors());
    }

    private static LearningMentor runtime(Persistence store, TestClock clock, List<DomainEvent> heard) {
        return LearningMentor.builder()
                .persistence(store)
                .clock(clock)
                .ids(IdGenerator.seeded(42))
                .listener(heard::add)
                .build();
    }

    private static MentoringProgram createProgramme(LearningMentor learningMentor, Actor hr) {
        return learningMentor
                .programs()
                .create(
                        hr,
                        LocalizedText.of(Language.FI, "Oppimismentorointi 2026"),
                        ProgramTemplate.standard(),
                        LocalDate.of(2026, 2, 2),
                        LocalDate.of(2026, 12, 18),
                        List.of());
    }
}
