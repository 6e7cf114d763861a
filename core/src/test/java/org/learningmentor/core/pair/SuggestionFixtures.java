package org.learningmentor.core.pair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;

/**
 * Candidates of a state agency's programme for pair suggestions, random candidates for property
 * tests, and the two references the suggester is checked against: the greedy baseline and a
 * brute-force optimum for small cases.
 */
final class SuggestionFixtures {

    static final OrganizationId AGENCY = OrganizationId.parse("8a1f0c2e-0000-4000-8000-000000000001");
    static final ProgramId PROGRAM = ProgramId.parse("8a1f0c2e-0000-4000-8000-000000000003");
    static final OrgUnitId FINANCE = OrgUnitId.parse("8a1f0c2e-0000-4000-8000-000000000010");
    static final OrgUnitId SERVICES = OrgUnitId.parse("8a1f0c2e-0000-4000-8000-000000000011");
    static final OrgUnitId IT = OrgUnitId.parse("8a1f0c2e-0000-4000-8000-000000000012");
    static final DevelopmentTargetId FEEDBACK = DevelopmentTargetId.parse("8a1f0c2e-0000-4000-8000-000000000020");
    static final DevelopmentTargetId PEER_LEARNING = DevelopmentTargetId.parse("8a1f0c2e-0000-4000-8000-000000000021");
    static final DevelopmentTargetId ONBOARDING = DevelopmentTargetId.parse("8a1f0c2e-0000-4000-8000-000000000022");

    private SuggestionFixtures() {}

    /** The person id {@code 8a1f0c2e-0000-4000-8000-0000000001nn}. */
    static PersonId person(int n) {
        return PersonId.parse(String.format("8a1f0c2e-0000-4000-8000-0000000001%02d", n));
    }

    /** A candidate in a unit, speaking the languages, with no targets, seniority or manager. */
    static PairCandidate aCandidate(int n, OrgUnitId unit, Language... languages) {
        return PairCandidate.builder()
                .personId(person(n))
                .unitId(unit)
                .addLanguages(languages)
                .build();
    }

    /** Aino: a mentor in finance, Finnish and English, 12 years, feedback and peer learning. */
    static PairCandidate aMentor() {
        return PairCandidate.builder()
                .personId(person(1))
                .unitId(FINANCE)
                .addLanguages(Language.FI, Language.EN)
                .addDevelopmentTargetIds(FEEDBACK, PEER_LEARNING)
                .seniorityYears(12)
                .build();
    }

    /** Elias: a mentee in services, Finnish, 2 years, peer learning and onboarding, managed by 9. */
    static PairCandidate aMentee() {
        return PairCandidate.builder()
                .personId(person(2))
                .unitId(SERVICES)
                .managerId(person(9))
                .addLanguages(Language.FI)
                .addDevelopmentTargetIds(PEER_LEARNING, ONBOARDING)
                .seniorityYears(2)
                .build();
    }

    /** A copy of the candidate managed by the given person. */
    static PairCandidate withManager(PairCandidate candidate, PersonId manager) {
        return PairCandidate.builder()
                .personId(candidate.personId())
                .unitId(candidate.unitId())
                .managerId(manager)
                .addAllLanguages(candidate.languages())
                .addAllDevelopmentTargetIds(candidate.developmentTargetIds())
                .seniorityYears(candidate.seniorityYears())
                .build();
    }

    /** An active pair of the two. */
    static MentoringPair anActivePair(PersonId first, PersonId second) {
        return aPair(first, second, PairStatus.ACTIVE);
    }

    /** A pair of the two in the given status. */
    static MentoringPair aPair(PersonId first, PersonId second, PairStatus status) {
        return ImmutableMentoringPair.builder()
                .id(PairId.of(new UUID(
                        first.value().getLeastSignificantBits(), second.value().getLeastSignificantBits())))
                .organizationId(AGENCY)
                .programId(PROGRAM)
                .kind(PairKind.MENTOR_MENTEE)
                .first(first)
                .second(second)
                .status(status)
                .addHistory(entry(PairStatus.ACTIVE, first, Optional.empty()))
                .addAllHistory(
                        status == PairStatus.ENDED
                                ? List.of(entry(PairStatus.ENDED, first, Optional.of(PairEndReason.WITHDRAWN)))
                                : List.of())
                .build();
    }

    private static PairHistoryEntry entry(PairStatus status, PersonId actor, Optional<PairEndReason> reason) {
        return PairHistoryEntry.builder()
                .status(status)
                .at(Instant.parse(status == PairStatus.ACTIVE ? "2026-02-01T08:00:00Z" : "2026-03-01T08:00:00Z"))
                .actor(actor)
                .reason(reason)
                .build();
    }

    /** Random candidates whose managers, if any, are among {@code managers} (or outside). */
    static List<PairCandidate> randomCandidates(SplittableRandom random, int count, List<PersonId> managers) {
        OrgUnitId[] units = {FINANCE, SERVICES, IT};
        DevelopmentTargetId[] targets = {FEEDBACK, PEER_LEARNING, ONBOARDING};
        List<PairCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PairCandidate.Builder builder = PairCandidate.builder()
                    .personId(PersonId.of(new UUID(random.nextLong(), random.nextLong())))
                    .unitId(units[random.nextInt(units.length)]);
            for (Language language : Language.values()) {
                if (random.nextInt(3) == 0) {
                    builder.addLanguages(language);
                }
            }
            for (DevelopmentTargetId target : targets) {
                if (random.nextBoolean()) {
                    builder.addDevelopmentTargetIds(target);
                }
            }
            if (random.nextInt(4) != 0) {
                builder.seniorityYears(random.nextInt(25));
            }
            if (!managers.isEmpty() && random.nextInt(3) == 0) {
                builder.managerId(managers.get(random.nextInt(managers.size())));
            }
            candidates.add(builder.build());
        }
        return candidates;
    }

    /** Random criteria: each weight 0, small or an integer up to 5, never all zero. */
    static SuggestionCriteria randomCriteria(SplittableRandom random) {
        double[] w = new double[4];
        boolean any = false;
        for (int i = 0; i < 4; i++) {
            int pick = random.nextInt(4);
            w[i] = pick == 0 ? 0 : pick == 1 ? random.nextDouble() : random.nextInt(1, 6);
            any |= w[i] > 0;
        }
        if (!any) {
            w[2] = 1;
        }
        return SuggestionCriteria.builder()
                .differentUnits(w[0])
                .sharedDevelopmentTargets(w[1])
                .commonLanguage(w[2])
                .seniorityGap(w[3])
                .fullScoreSeniorityGap(random.nextInt(1, 11))
                .build();
    }

    /** A few random active (and some inactive) pairs among the people. */
    static List<MentoringPair> randomPairs(SplittableRandom random, List<PersonId> firsts, List<PersonId> seconds) {
        List<MentoringPair> pairs = new ArrayList<>();
        int count = firsts.isEmpty() || seconds.isEmpty() ? 0 : random.nextInt(4);
        for (int k = 0; k < count; k++) {
            PersonId a = firsts.get(random.nextInt(firsts.size()));
            PersonId b = seconds.get(random.nextInt(seconds.size()));
            if (!a.equals(b)) {
                pairs.add(aPair(a, b, random.nextInt(4) == 0 ? PairStatus.ENDED : PairStatus.ACTIVE));
            }
        }
        return pairs;
    }

    static List<PersonId> ids(List<PairCandidate> candidates) {
        return candidates.stream().map(PairCandidate::personId).toList();
    }

    /**
     * Tells whether a pair breaks a hard exclusion, checked from the candidates themselves (not
     * through the suggester's own tables).
     */
    static boolean breaksExclusion(PairCandidate a, PairCandidate b, Collection<MentoringPair> pairs) {
        if (a.personId().equals(b.personId())
                || a.managerId().equals(java.util.Optional.of(b.personId()))
                || b.managerId().equals(java.util.Optional.of(a.personId()))) {
            return true;
        }
        return pairs.stream().anyMatch(p -> p.isActive() && p.involves(a.personId()) && p.involves(b.personId()));
    }

    /** The greedy baseline: every allowed pair scoring above zero, best first, taken while both are free. */
    static double greedyTotal(SuggestionScores scores) {
        boolean symmetric = scores.kind() == PairKind.MENTOR_PAIR;
        List<int[]> cells = new ArrayList<>();
        for (int i = 0; i < scores.firstCount(); i++) {
            for (int j = symmetric ? i + 1 : 0; j < scores.secondCount(); j++) {
                if (!scores.isExcluded(i, j) && scores.score(i, j) > 0) {
                    cells.add(new int[] {i, j});
                }
            }
        }
        cells.sort(Comparator.<int[]>comparingDouble(c -> -scores.score(c[0], c[1]))
                .thenComparingInt(c -> c[0])
                .thenComparingInt(c -> c[1]));
        Set<String> taken = new HashSet<>();
        double total = 0;
        for (int[] cell : cells) {
            String a = (symmetric ? "" : "first:") + cell[0];
            String b = (symmetric ? "" : "second:") + cell[1];
            if (!taken.contains(a) && !taken.contains(b)) {
                taken.add(a);
                taken.add(b);
                total += scores.score(cell[0], cell[1]);
            }
        }
        return total;
    }

    /** The best total by trying every matching: for small cases only. */
    static double bruteForceTotal(SuggestionScores scores) {
        boolean symmetric = scores.kind() == PairKind.MENTOR_PAIR;
        return symmetric
                ? bestGeneral(scores, 0, new boolean[scores.firstCount()])
                : bestBipartite(scores, 0, new boolean[scores.secondCount()]);
    }

    private static double bestBipartite(SuggestionScores scores, int i, boolean[] usedSecond) {
        if (i == scores.firstCount()) {
            return 0;
        }
        double best = bestBipartite(scores, i + 1, usedSecond);
        for (int j = 0; j < scores.secondCount(); j++) {
            if (!usedSecond[j] && !scores.isExcluded(i, j) && scores.score(i, j) > 0) {
                usedSecond[j] = true;
                best = Math.max(best, scores.score(i, j) + bestBipartite(scores, i + 1, usedSecond));
                usedSecond[j] = false;
            }
        }
        return best;
    }

    private static double bestGeneral(SuggestionScores scores, int i, boolean[] used) {
        int n = scores.firstCount();
        while (i < n && used[i]) {
            i++;
        }
        if (i >= n) {
            return 0;
        }
        used[i] = true;
        double best = bestGeneral(scores, i + 1, used);
        for (int j = i + 1; j < n; j++) {
            if (!used[j] && !scores.isExcluded(i, j) && scores.score(i, j) > 0) {
                used[j] = true;
                best = Math.max(best, scores.score(i, j) + bestGeneral(scores, i + 1, used));
                used[j] = false;
            }
        }
        used[i] = false;
        return best;
    }

    static Set<Language> languages(Language... languages) {
        return languages.length == 0 ? EnumSet.noneOf(Language.class) : EnumSet.of(languages[0], languages);
    }

    static OptionalInt years(int years) {
        return OptionalInt.of(years);
    }
}
