package org.learningmentor.core.pair;

import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.PersonId;

/**
 * The scores of every possible pair of one suggestion request, computed on demand: what a {@link
 * PairSuggester} maximises, open to a host that wants to show a person why a pair was or was not
 * suggested, or to compare the suggestion with another method. Index {@code i} is the position in
 * the first list (the mentors), {@code j} in the second (the mentees; for mentor pairs the mentors
 * again), in the order the caller gave them. Nothing is stored per pair: memory is linear in the
 * number of candidates.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class SuggestionScores {

    private final PairKind kind;
    private final CandidateTable table;
    private final List<PairCandidate> first;
    private final List<PairCandidate> second;
    private final int secondOffset;

    SuggestionScores(PairKind kind, CandidateTable table, List<PairCandidate> first, List<PairCandidate> second) {
        this.kind = kind;
        this.table = table;
        this.first = first;
        this.second = second;
        this.secondOffset = kind == PairKind.MENTOR_MENTEE ? first.size() : 0;
    }

    /**
     * Returns the kind of pairs scored.
     *
     * @return the kind, never null
     */
    public PairKind kind() {
        return kind;
    }

    /**
     * Returns the number of candidates in the first list (the mentors).
     *
     * @return the count, not negative
     */
    public int firstCount() {
        return first.size();
    }

    /**
     * Returns the number of candidates in the second list (the mentees, or the mentors again).
     *
     * @return the count, not negative
     */
    public int secondCount() {
        return second.size();
    }

    /**
     * Returns the person at a position of the first list.
     *
     * @param i the position, 0 ≤ i &lt; {@link #firstCount()}
     * @return the person id, never null
     */
    public PersonId first(int i) {
        return first.get(i).personId();
    }

    /**
     * Returns the person at a position of the second list.
     *
     * @param j the position, 0 ≤ j &lt; {@link #secondCount()}
     * @return the person id, never null
     */
    public PersonId second(int j) {
        return second.get(j).personId();
    }

    /**
     * Tells whether a pair is excluded whatever its score: the same person, one is the other's
     * manager, or the two are already an active pair.
     *
     * @param i the position in the first list
     * @param j the position in the second list
     * @return true when the pair may never be suggested
     */
    public boolean isExcluded(int i, int j) {
        Objects.checkIndex(i, first.size());
        Objects.checkIndex(j, second.size());
        return table.isExcluded(i, secondOffset + j);
    }

    /**
     * Returns the score of a pair, whether excluded or not.
     *
     * @param i the position in the first list
     * @param j the position in the second list
     * @return the score, not negative
     */
    public double score(int i, int j) {
        Objects.checkIndex(i, first.size());
        Objects.checkIndex(j, second.size());
        return table.score(i, secondOffset + j);
    }

    /**
     * Returns a pair with its score explained criterion by criterion.
     *
     * @param i the position in the first list
     * @param j the position in the second list
     * @return the explained pair, never null (also for an excluded pair; see {@link #isExcluded})
     */
    public PairSuggestion explain(int i, int j) {
        Objects.checkIndex(i, first.size());
        Objects.checkIndex(j, second.size());
        double[] values = table.values(i, secondOffset + j);
        PairSuggestion.Builder builder =
                PairSuggestion.builder().first(first(i)).second(second(j)).score(table.score(i, secondOffset + j));
        for (Criterion criterion : Criterion.values()) {
            double value = values[criterion.ordinal()];
            builder.addContributions(CriterionContribution.builder()
                    .criterion(criterion)
                    .value(value)
                    .points(table.weightOf(criterion) * value)
                    .build());
        }
        return builder.build();
    }

    /** The weight a solver maximises: the score, or 0 for an excluded pair. */
    double weight(int i, int j) {
        return table.weight(i, secondOffset + j);
    }
}
