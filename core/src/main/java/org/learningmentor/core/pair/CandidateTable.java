package org.learningmentor.core.pair;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;

/**
 * The candidates of one suggestion request as primitive arrays, so that a score costs a few
 * integer operations and no allocation: units and development targets become small integers,
 * languages and targets bit sets, managers indexes into the same table. Memory is linear in the
 * number of candidates (times the number of distinct targets / 64), never one cell per pair.
 */
final class CandidateTable {

    private static final int NONE = -1;

    private final int size;
    private final int[] unit;
    private final int[] languages;
    private final int[] seniority;
    private final int[] manager;
    private final int words;
    private final long[] targets;
    private final int[] targetCount;
    private final boolean[] hasActivePair;
    private final Set<Long> activePairs = new HashSet<>();
    private final double unitsWeight;
    private final double targetsWeight;
    private final double languageWeight;
    private final double gapWeight;
    private final double fullGap;
    private final boolean directedGap;

    /**
     * Indexes the candidates.
     *
     * @param candidates every candidate, distinct people, in the order the indexes use
     * @param criteria the weights
     * @param activePairs pairs already active; the cells of two candidates in one are excluded
     * @param directedGap whether only the first person being more senior counts (mentor–mentee)
     */
    CandidateTable(
            List<PairCandidate> candidates,
            SuggestionCriteria criteria,
            Collection<MentoringPair> activePairs,
            boolean directedGap) {
        this.size = candidates.size();
        Map<PersonId, Integer> people = new HashMap<>();
        Map<OrgUnitId, Integer> units = new HashMap<>();
        Map<DevelopmentTargetId, Integer> targetIndex = new HashMap<>();
        for (int i = 0; i < size; i++) {
            PairCandidate candidate = candidates.get(i);
            people.put(candidate.personId(), i);
            for (DevelopmentTargetId target : candidate.developmentTargetIds()) {
                targetIndex.putIfAbsent(target, targetIndex.size());
            }
        }
        this.words = Math.max(1, (targetIndex.size() + 63) / 64);
        this.unit = new int[size];
        this.languages = new int[size];
        this.seniority = new int[size];
        this.manager = new int[size];
        this.targets = new long[size * words];
        this.targetCount = new int[size];
        this.hasActivePair = new boolean[size];
        for (int i = 0; i < size; i++) {
            PairCandidate candidate = candidates.get(i);
            unit[i] = units.computeIfAbsent(candidate.unitId(), u -> units.size());
            int mask = 0;
            for (Language language : candidate.languages()) {
                mask |= 1 << language.ordinal();
            }
            languages[i] = mask;
            seniority[i] = candidate.seniorityYears().orElse(NONE);
            manager[i] =
                    candidate.managerId().map(m -> people.getOrDefault(m, NONE)).orElse(NONE);
            for (DevelopmentTargetId target : candidate.developmentTargetIds()) {
                int t = targetIndex.get(target);
                targets[i * words + (t >>> 6)] |= 1L << (t & 63);
            }
            targetCount[i] = candidate.developmentTargetIds().size();
        }
        for (MentoringPair pair : activePairs) {
            if (!pair.isActive()) {
                continue;
            }
            Integer a = people.get(pair.first());
            Integer b = people.get(pair.second());
            if (a != null && b != null) {
                hasActivePair[a] = true;
                hasActivePair[b] = true;
                this.activePairs.add(key(a, b));
            }
        }
        this.unitsWeight = criteria.differentUnits();
        this.targetsWeight = criteria.sharedDevelopmentTargets();
        this.languageWeight = criteria.commonLanguage();
        this.gapWeight = criteria.seniorityGap();
        this.fullGap = criteria.fullScoreSeniorityGap();
        this.directedGap = directedGap;
    }

    int size() {
        return size;
    }

    /** The weight of a criterion, as the criteria give it. */
    double weightOf(Criterion criterion) {
        switch (criterion) {
            case DIFFERENT_UNITS:
                return unitsWeight;
            case SHARED_DEVELOPMENT_TARGETS:
                return targetsWeight;
            case COMMON_LANGUAGE:
                return languageWeight;
            default:
                return gapWeight;
        }
    }

    /**
     * Tells whether the two may never be paired: the same person, one the other's manager, or
     * already an active pair.
     */
    boolean isExcluded(int a, int b) {
        return a == b
                || manager[a] == b
                || manager[b] == a
                || (hasActivePair[a] && hasActivePair[b] && activePairs.contains(key(a, b)));
    }

    /** The score of an allowed pair, {@code a} being the mentor when the gap is directed. */
    double score(int a, int b) {
        // the same terms in the same order as the explanation's points, so the sums agree exactly
        double score = unitsWeight * (unit[a] != unit[b] ? 1 : 0);
        score += targetsWeight * jaccard(a, b);
        score += languageWeight * ((languages[a] & languages[b]) != 0 ? 1 : 0);
        score += gapWeight * gap(a, b);
        return score;
    }

    /** The weight the solvers maximise: the score, or 0 for an excluded pair (never chosen). */
    double weight(int a, int b) {
        return isExcluded(a, b) ? 0 : score(a, b);
    }

    /** The value (0–1) of each criterion for the pair, in {@link Criterion} order. */
    double[] values(int a, int b) {
        return new double[] {
            unit[a] != unit[b] ? 1 : 0, jaccard(a, b), (languages[a] & languages[b]) != 0 ? 1 : 0, gap(a, b)
        };
    }

    private double jaccard(int a, int b) {
        if (targetCount[a] == 0 || targetCount[b] == 0) {
            return 0;
        }
        int shared = 0;
        int offsetA = a * words;
        int offsetB = b * words;
        for (int w = 0; w < words; w++) {
            shared += Long.bitCount(targets[offsetA + w] & targets[offsetB + w]);
        }
        return shared == 0 ? 0 : (double) shared / (targetCount[a] + targetCount[b] - shared);
    }

    private double gap(int a, int b) {
        if (seniority[a] == NONE || seniority[b] == NONE) {
            return 0;
        }
        int gap = seniority[a] - seniority[b];
        if (!directedGap) {
            gap = Math.abs(gap);
        }
        return gap <= 0 ? 0 : Math.min(gap, fullGap) / fullGap;
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
