package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairKind;
import org.learningmentor.core.pair.PairRuleException;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.ActionItemAdded;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.survey.Instrument;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.ResponseToken;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyRuleException;
import org.learningmentor.persistence.DuplicateKeyException;
import org.learningmentor.persistence.memory.InMemoryPersistence;

class ConcurrencyTest {

    @Test
    void concurrentWritersOfOneProgrammeAllSucceedThroughRetries() throws Exception {
        int writers = 8;
        World world = World.create(InMemoryPersistence.create(), b -> b.maxAttempts(50));
        ProgramId id = world.storeProgram(ProgramPhase.IMPLEMENTATION);
        long versionBefore = world.program(id).version();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MentoringProgram>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                LocalizedText what = LocalizedText.of(Language.EN, "Item " + i);
                results.add(pool.submit(() -> {
                    start.await();
                    return world.runtime
                            .programs()
                            .addActionItem(world.hr(), id, what, world.other(), LocalDate.of(2026, 10, 1));
                }));
            }
            start.countDown();
            for (Future<MentoringProgram> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        MentoringProgram stored = world.program(id);
        assertThat(stored.actionPlan().items()).hasSize(writers);
        assertThat(stored.version()).isEqualTo(versionBefore + writers);
        assertThat(world.outbox())
                .hasSize(writers)
                .allSatisfy(e -> assertThat(e.event()).isInstanceOf(ActionItemAdded.class));
        synchronized (world.heard) {
            assertThat(world.heard).hasSize(writers);
        }
    }

    @Test
    void concurrentPairingsOfOneMentorRespectTheCapacity() throws Exception {
        int writers = 6;
        World world = World.create(InMemoryPersistence.create(), b -> b.maxAttempts(50));
        ProgramId id = world.storeProgram(ProgramPhase.TRAINING);
        PersonId mentor = world.personFor(Role.MENTOR).id();
        List<PersonId> mentees = world.agency.people().stream()
                .filter(p -> p.roles().equals(Set.of(Role.EMPLOYEE)))
                .limit(writers)
                .map(Person::id)
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MentoringPair>> results = new ArrayList<>();
        try {
            for (PersonId mentee : mentees) {
                results.add(pool.submit(() -> {
                    start.await();
                    return world.runtime.pairs().pairDirectly(world.hr(), id, PairKind.MENTOR_MENTEE, mentor, mentee);
                }));
            }
            start.countDown();
            int formed = 0;
            for (Future<MentoringPair> result : results) {
                try {
                    result.get();
                    formed++;
                } catch (ExecutionException e) {
                    // the others see the first pair on their retry, and the capacity rule refuses them
                    assertThat(e.getCause()).isInstanceOf(PairRuleException.class);
                    assertThat(((PairRuleException) e.getCause()).codes()).contains("pair.capacity.exceeded");
                }
            }
            assertThat(formed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }

        assertThat(world.runtime.pairs().listForPerson(world.hr(), id, mentor))
                .singleElement()
                .satisfies(pair -> assertThat(pair.isActive()).isTrue());
        assertThat(world.outbox()).hasSize(1);
    }

    @Test
    void concurrentAnswersWithOneTokenStoreOneResponse() throws Exception {
        int writers = 6;
        World world = World.create(InMemoryPersistence.create(), b -> b.maxAttempts(50));
        ProgramId id = world.storeProgram(ProgramPhase.ANALYSIS);
        Instrument instrument = Instruments.defaultInstrument();
        Survey survey = world.runtime
                .surveys()
                .open(
                        world.hr(),
                        id,
                        instrument,
                        SurveyPurpose.BASELINE,
                        world.agency.organization().topLevelUnits().stream()
                                .map(OrgUnit::id)
                                .toList());
        ResponseToken token = ResponseToken.random(new SecureRandom());
        Map<String, Integer> answers = new HashMap<>();
        instrument.itemCodes().forEach(code -> answers.put(code, 4));
        OrgUnitId unit = world.personFor(Role.EMPLOYEE).unitId();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    world.runtime.surveys().respond(token, survey.id(), world.organizationId(), unit, answers);
                    return null;
                }));
            }
            start.countDown();
            int stored = 0;
            for (Future<?> result : results) {
                try {
                    result.get();
                    stored++;
                } catch (ExecutionException e) {
                    // refused by the model on a retry, or by the store's unique key at commit
                    assertThat(e.getCause()).isInstanceOfAny(SurveyRuleException.class, DuplicateKeyException.class);
                }
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(world.persistence.responses().countBySurvey(world.organizationId(), survey.id()))
                .isEqualTo(1);
    }
}
