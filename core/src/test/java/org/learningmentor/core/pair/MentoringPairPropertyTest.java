package org.learningmentor.core.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningmentor.core.pair.PairFixtures.CONSENT_WITHDRAWN;
import static org.learningmentor.core.pair.PairFixtures.EMPLOYEE;
import static org.learningmentor.core.pair.PairFixtures.EMPLOYEE_2;
import static org.learningmentor.core.pair.PairFixtures.HR;
import static org.learningmentor.core.pair.PairFixtures.NOT_ENROLLED;
import static org.learningmentor.core.pair.PairFixtures.OUTSIDER;
import static org.learningmentor.core.pair.PairFixtures.T0;
import static org.learningmentor.core.pair.PairFixtures.mentor;
import static org.learningmentor.core.pair.PairFixtures.pairId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;

/**
 * Random sequences of proposals, acceptances, declines, withdrawals, ends and direct pairings over
 * eight people (six programme mentors and two employees), with a few people who break rules
 * (not enrolled, consent withdrawn, of another organization) and random policies: after every step
 * no person exceeds their capacity and no two people have two open pairs, and every refused command
 * leaves the programme's pairs exactly as a copy taken before it.
 */
class MentoringPairPropertyTest {

    private static final int STEPS = 150;
    private static final MentoringProgram PROGRAM = PairFixtures.aProgram();
    private static final MentoringProgram EVALUATED = PairFixtures.aProgramIn(ProgramPhase.EVALUATION);
    private static final List<Person> PEOPLE =
            List.of(mentor(1), mentor(2), mentor(3), mentor(4), mentor(5), mentor(6), EMPLOYEE, EMPLOYEE_2);
    private static final List<Person> RULE_BREAKERS = List.of(NOT_ENROLLED, CONSENT_WITHDRAWN, OUTSIDER, HR);

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void randomCommandSequencesNeverExceedCapacityAndRefusalsChangeNothing(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PairingPolicy policy = randomPolicy(random);
        List<MentoringPair> pairs = new ArrayList<>();
        Instant now = T0;
        int done = 0;
        int refused = 0;
        for (int step = 0; step < STEPS; step++) {
            now = now.plusSeconds(60);
            // Now and then a time before the last step, which commands on older pairs must refuse.
            Instant at = random.nextInt(20) == 0 ? now.minusSeconds(3_600) : now;
            List<MentoringPair> snapshot = deepCopy(pairs);
            Change<MentoringPair> change = null;
            try {
                change = command(random, pairs, policy, at);
            } catch (PairRuleException e) {
                assertThat(e.violations()).isNotEmpty();
                refused++;
            }
            if (change == null) {
                assertThat(pairs).as("a refused command changes no pair").isEqualTo(snapshot);
            } else {
                done++;
                assertThat(change.events()).hasSize(1);
                assertThat(change.events().get(0)).isInstanceOf(PairEvent.class);
                PairEvent event = (PairEvent) change.events().get(0);
                assertThat(event.pairId()).isEqualTo(change.state().id());
                MentoringPair next = change.state();
                int index = indexOf(pairs, next);
                if (index < 0) {
                    pairs.add(next);
                } else {
                    assertThat(next.history())
                            .hasSize(snapshot.get(index).history().size() + 1);
                    pairs.set(index, next);
                }
            }
            assertInvariants(pairs, policy);
        }
        assertThat(done).as("some commands succeed").isPositive();
        assertThat(refused).as("some commands are refused").isPositive();
    }

    /**
     * Draws capacities from -1 to 22: a policy out of range is refused with one violation per bad
     * capacity, and then a valid one of small capacities is drawn.
     */
    private static PairingPolicy randomPolicy(SplittableRandom random) {
        int pairCapacity = random.nextInt(-1, 23);
        int menteeCapacity = random.nextInt(-1, 23);
        boolean valid = pairCapacity >= 1 && pairCapacity <= 20 && menteeCapacity >= 1 && menteeCapacity <= 20;
        try {
            PairingPolicy policy = PairingPolicy.builder()
                    .pairCapacity(pairCapacity)
                    .menteeCapacity(menteeCapacity)
                    .build();
            assertThat(valid)
                    .as("capacities %s and %s accepted", pairCapacity, menteeCapacity)
                    .isTrue();
        } catch (org.learningmentor.core.common.ValidationException e) {
            assertThat(valid)
                    .as("capacities %s and %s refused", pairCapacity, menteeCapacity)
                    .isFalse();
            assertThat(e.codes()).allMatch("pair.policy.capacity-out-of-range"::equals);
        }
        // Small capacities, so that they are reached within the sequence.
        return PairingPolicy.builder()
                .pairCapacity(1 + random.nextInt(3))
                .menteeCapacity(1 + random.nextInt(3))
                .build();
    }

    /** Runs one random command; returns its change or throws its refusal. */
    private static Change<MentoringPair> command(
            SplittableRandom random, List<MentoringPair> pairs, PairingPolicy policy, Instant at) {
        int choice = random.nextInt(pairs.isEmpty() ? 2 : 7);
        PairKind kind = random.nextInt(3) == 0 ? PairKind.MENTOR_MENTEE : PairKind.MENTOR_PAIR;
        switch (choice) {
            case 0 -> {
                return MentoringPair.propose(
                        newId(random, pairs), kind, PROGRAM, anyone(random), anyone(random), pairs, policy, at);
            }
            case 1 -> {
                Person actor = random.nextInt(4) == 0 ? anyone(random) : HR;
                return MentoringPair.pairDirectly(
                        newId(random, pairs), kind, PROGRAM, actor, anyone(random), anyone(random), pairs, policy, at);
            }
            case 2, 3 -> {
                MentoringPair pair = pairs.get(random.nextInt(pairs.size()));
                Person actor = random.nextInt(5) == 0 ? anyone(random) : person(pair.second());
                Person proposer = random.nextInt(10) == 0 ? anyone(random) : person(pair.first());
                return pair.accept(actor, proposer, PROGRAM, pairs, policy, at);
            }
            case 4 -> {
                MentoringPair pair = pairs.get(random.nextInt(pairs.size()));
                PersonId actor =
                        random.nextBoolean() ? pair.second() : anyone(random).id();
                return pair.decline(actor, at);
            }
            case 5 -> {
                MentoringPair pair = pairs.get(random.nextInt(pairs.size()));
                PersonId actor =
                        random.nextBoolean() ? pair.first() : anyone(random).id();
                return pair.withdraw(actor, at);
            }
            default -> {
                MentoringPair pair = pairs.get(random.nextInt(pairs.size()));
                PairEndReason reason = PairEndReason.values()[random.nextInt(PairEndReason.values().length)];
                Person actor = switch (random.nextInt(3)) {
                    case 0 -> HR;
                    case 1 -> person(random.nextBoolean() ? pair.first() : pair.second());
                    default -> anyone(random);
                };
                Optional<String> note = random.nextBoolean() ? Optional.empty() : Optional.of("Muistiinpano " + at);
                return pair.end(reason, note, random.nextBoolean() ? PROGRAM : EVALUATED, actor, at);
            }
        }
    }

    private static void assertInvariants(List<MentoringPair> pairs, PairingPolicy policy) {
        Map<PersonId, Integer> inMentorPairs = new HashMap<>();
        Map<PersonId, Integer> asMentor = new HashMap<>();
        Map<PersonId, Integer> asMentee = new HashMap<>();
        for (MentoringPair pair : pairs) {
            assertThat(pair.status())
                    .isEqualTo(pair.history().get(pair.history().size() - 1).status());
            if (!pair.isActive()) {
                continue;
            }
            if (pair.kind() == PairKind.MENTOR_PAIR) {
                inMentorPairs.merge(pair.first(), 1, Integer::sum);
                inMentorPairs.merge(pair.second(), 1, Integer::sum);
            } else {
                asMentor.merge(pair.first(), 1, Integer::sum);
                asMentee.merge(pair.second(), 1, Integer::sum);
            }
        }
        assertThat(inMentorPairs.values()).allMatch(n -> n <= policy.pairCapacity());
        assertThat(asMentor.values()).allMatch(n -> n <= policy.menteeCapacity());
        assertThat(asMentee.values()).allMatch(n -> n <= 1);
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                MentoringPair a = pairs.get(i);
                MentoringPair b = pairs.get(j);
                boolean samePeople = a.involves(b.first()) && a.involves(b.second());
                assertThat(samePeople && a.status().isOpen() && b.status().isOpen())
                        .as("two open pairs of the same people: %s and %s", a, b)
                        .isFalse();
                assertThat(a.id()).isNotEqualTo(b.id());
            }
        }
    }

    /** A new id most of the time, now and then one already taken. */
    private static org.learningmentor.core.common.PairId newId(SplittableRandom random, List<MentoringPair> pairs) {
        if (!pairs.isEmpty() && random.nextInt(15) == 0) {
            return pairs.get(random.nextInt(pairs.size())).id();
        }
        return pairId(pairs.size() + 1);
    }

    private static Person anyone(SplittableRandom random) {
        return random.nextInt(8) == 0
                ? RULE_BREAKERS.get(random.nextInt(RULE_BREAKERS.size()))
                : PEOPLE.get(random.nextInt(PEOPLE.size()));
    }

    private static Person person(PersonId id) {
        return PEOPLE.stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseGet(() -> RULE_BREAKERS.stream()
                        .filter(p -> p.id().equals(id))
                        .findFirst()
                        .orElseThrow());
    }

    private static int indexOf(List<MentoringPair> pairs, MentoringPair pair) {
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).id().equals(pair.id())) {
                return i;
            }
        }
        return -1;
    }

    /** Copies every pair into new objects, so that the comparison cannot compare a pair with itself. */
    private static List<MentoringPair> deepCopy(List<MentoringPair> pairs) {
        List<MentoringPair> copies = new ArrayList<>();
        for (MentoringPair pair : pairs) {
            MentoringPair.Builder builder = MentoringPair.builder();
            builder.id(pair.id())
                    .organizationId(pair.organizationId())
                    .programId(pair.programId())
                    .kind(pair.kind())
                    .first(pair.first())
                    .second(pair.second())
                    .status(pair.status())
                    .version(pair.version());
            for (PairHistoryEntry entry : pair.history()) {
                PairHistoryEntry.Builder copy = PairHistoryEntry.builder();
                copy.status(entry.status()).at(entry.at()).actor(entry.actor()).reason(entry.reason());
                copy.note(entry.note());
                builder.addHistory(copy.build());
            }
            MentoringPair copy = builder.build();
            assertThat(copy).isNotSameAs(pair);
            copies.add(copy);
        }
        return copies;
    }
}
