package org.learningmentor.core.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.organization.Organization;

/**
 * The answers of many responses to one {@link Survey}, held in columns for {@link
 * CultureProfiles#compute(Survey, Organization, ResponseBatch)}: per response the index of its unit
 * in a table of units and its answers packed four bits each, all in primitive arrays. A store that
 * holds a survey's responses hands a batch to the profile instead of one object per response; a
 * million responses of 21 items take 20 MB and are read in one pass.
 *
 * <pre>{@code
 * ResponseBatch.Builder batch = ResponseBatch.builder(survey, organization, expectedResponses);
 * for (StoredRow row : rows) {
 *     batch.add(row.unitId(), row.answers());   // or batch.add(surveyResponse)
 * }
 * CultureProfile profile = CultureProfiles.compute(survey, organization, batch.build());
 * }</pre>
 *
 * <p><b>Validation.</b> The builder checks every response as {@link Survey#acceptResponse} does:
 * the response is of the survey ({@code survey.response.survey-mismatch}), its unit is in the
 * survey's audience in the organization ({@code survey.response.unit-outside-audience}), it answers
 * exactly the instrument's items ({@code survey.answer.missing}, {@code survey.answer.item-unknown},
 * {@code survey.batch.answers-count}) on its scale ({@code survey.answer.out-of-scale}); paths are
 * {@code responses[i]…} by the order of adding. {@link Builder#build()} throws one {@link
 * ValidationException} listing them (the first {@value Builder#MAX_VIOLATIONS}, then {@code
 * survey.batch.violations-truncated} with the number left out).
 *
 * <p><b>Anonymity.</b> A batch holds less than the responses it was made from: no response id, no
 * token digest, no date; only the unit and the answers, in the order added. Its {@link #toString()}
 * shows no answers. Profiles made from it are suppressed as from the responses themselves.
 *
 * <p>Two batches are equal when they are of the same survey and instrument and hold the same units
 * and answers in the same order. This type is immutable and thread-safe.
 */
public final class ResponseBatch {

    /** Answers per {@code long}, four bits each. */
    static final int ANSWERS_PER_WORD = 16;

    private static final int BITS = 4;

    private final SurveyId surveyId;
    private final List<String> itemCodes;
    private final int points;
    private final List<OrgUnitId> units;
    private final int size;
    /** The index in {@link #units} of each response's unit. */
    private final int[] unitIndex;
    /** Each response's answers, {@link #wordsPerResponse} longs, answer i at bits 4(i mod 16). */
    private final long[] words;

    private final int wordsPerResponse;

    /** Takes the arrays as they are: the builder hands them over and keeps no reference. */
    private ResponseBatch(
            SurveyId surveyId,
            List<String> itemCodes,
            int points,
            List<OrgUnitId> units,
            int size,
            int[] unitIndex,
            long[] words) {
        this.surveyId = surveyId;
        this.itemCodes = itemCodes;
        this.points = points;
        this.units = units;
        this.size = size;
        this.unitIndex = unitIndex;
        this.words = words;
        this.wordsPerResponse = wordsFor(itemCodes.size());
    }

    /**
     * Returns a new builder of a batch of a survey's responses.
     *
     * @param survey the survey answered, not null
     * @param organization the survey's organization, for the audience; not null
     * @param expectedSize how many responses are expected, at least 0; only a capacity hint
     * @return a new builder, never null
     * @throws SurveyRuleException with {@code survey.organization.mismatch} when the organization is
     *     not the survey's
     * @throws IllegalArgumentException when the expected size is negative
     */
    public static Builder builder(Survey survey, Organization organization, int expectedSize) {
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(organization, "organization");
        CultureProfiles.checkOrganization(survey, organization);
        return new Builder(survey, new CultureProfiles.Tree(survey, organization), expectedSize);
    }

    /** A builder over a unit tree already made by the caller. */
    static Builder builder(Survey survey, CultureProfiles.Tree tree, int expectedSize) {
        return new Builder(survey, tree, expectedSize);
    }

    /**
     * Returns the survey the responses answer.
     *
     * @return the survey's id, never null
     */
    public SurveyId surveyId() {
        return surveyId;
    }

    /**
     * Returns the number of responses.
     *
     * @return at least 0
     */
    public int size() {
        return size;
    }

    /**
     * Returns the instrument's item codes, the order of {@link #answer(int, int)}.
     *
     * @return an unmodifiable list, never null
     */
    public List<String> itemCodes() {
        return itemCodes;
    }

    /**
     * Returns the units the responses come from, each once, in the order first added.
     *
     * @return an unmodifiable list, never null
     */
    public List<OrgUnitId> units() {
        return units;
    }

    /**
     * Returns the unit of a response.
     *
     * @param response the response's position, 0 to {@code size() - 1}
     * @return the unit's id, never null
     * @throws IndexOutOfBoundsException when there is no such response
     */
    public OrgUnitId unitId(int response) {
        return units.get(unitIndex[Objects.checkIndex(response, size)]);
    }

    /**
     * Returns an answer of a response.
     *
     * @param response the response's position, 0 to {@code size() - 1}
     * @param item the item's position in {@link #itemCodes()}
     * @return the answer, a point of the instrument's scale
     * @throws IndexOutOfBoundsException when there is no such response or item
     */
    public int answer(int response, int item) {
        Objects.checkIndex(response, size);
        Objects.checkIndex(item, itemCodes.size());
        long word = words[response * wordsPerResponse + item / ANSWERS_PER_WORD];
        return (int) (word >>> (BITS * (item % ANSWERS_PER_WORD))) & 0xF;
    }

    /** The number of points of the scale the answers were checked against. */
    int points() {
        return points;
    }

    /** The unit indexes, for the profile's loop; not to be changed. */
    int[] unitIndexes() {
        return unitIndex;
    }

    /** The packed answers, for the profile's loop; not to be changed. */
    long[] words() {
        return words;
    }

    /** The number of longs per response. */
    int wordsPerResponse() {
        return wordsPerResponse;
    }

    static int wordsFor(int items) {
        return (items + ANSWERS_PER_WORD - 1) / ANSWERS_PER_WORD;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ResponseBatch that)) {
            return false;
        }
        return surveyId.equals(that.surveyId)
                && itemCodes.equals(that.itemCodes)
                && points == that.points
                && units.equals(that.units)
                && size == that.size
                && Arrays.equals(unitIndex, 0, size, that.unitIndex, 0, size)
                && Arrays.equals(words, 0, size * wordsPerResponse, that.words, 0, size * wordsPerResponse);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hash(surveyId, itemCodes, points, units, size);
        for (int i = 0; i < size; i++) {
            hash = 31 * hash + unitIndex[i];
        }
        for (int i = 0; i < size * wordsPerResponse; i++) {
            hash = 31 * hash + Long.hashCode(words[i]);
        }
        return hash;
    }

    /** Returns the survey, the number of responses and of units; no answers. */
    @Override
    public String toString() {
        return "ResponseBatch{surveyId=" + surveyId + ", responses=" + size + ", units=" + units.size() + "}";
    }

    /**
     * Builds a {@link ResponseBatch}, checking each response as it is added and reporting every
     * problem at {@link #build()}. Not thread-safe; may go on adding after a build.
     */
    public static final class Builder {

        /** The most violations listed; the rest are counted. */
        public static final int MAX_VIOLATIONS = 1000;

        private final Survey survey;
        private final SurveyId surveyId;
        private final List<String> itemCodes;
        private final int items;
        private final int points;
        private final int wordsPerResponse;
        private final CultureProfiles.Tree tree;
        private final Map<OrgUnitId, Integer> index = new HashMap<>();
        /** Units of this organization's responses share its id instances: found without hashing. */
        private final Map<OrgUnitId, Integer> identity = new IdentityHashMap<>();

        private final List<OrgUnitId> units = new ArrayList<>();
        private int[] unitIndex;
        private long[] words;
        private int size;
        /** Whether the arrays belong to a built batch and must be copied before the next add. */
        private boolean handedOver;

        private int added;
        private final List<Violation> violations = new ArrayList<>();
        private int violationsLeftOut;
        private final long[] packed;

        private Builder(Survey survey, CultureProfiles.Tree tree, int expectedSize) {
            if (expectedSize < 0) {
                throw new IllegalArgumentException("expectedSize must not be negative: " + expectedSize);
            }
            this.survey = survey;
            this.surveyId = survey.id();
            this.itemCodes = survey.instrument().itemCodes();
            this.items = itemCodes.size();
            this.points = survey.instrument().scale().points();
            this.wordsPerResponse = wordsFor(items);
            this.tree = tree;
            this.unitIndex = new int[expectedSize];
            this.words = new long[Math.multiplyExact(expectedSize, wordsPerResponse)];
            this.packed = new long[wordsPerResponse];
        }

        /**
         * Adds a stored response.
         *
         * @param response a response of the survey, not null
         * @return this builder
         */
        public Builder add(SurveyResponse response) {
            Objects.requireNonNull(response, "response");
            int position = added++;
            boolean valid = true;
            if (response.surveyId() != surveyId && !response.surveyId().equals(surveyId)) {
                violation(
                        SurveyViolation.RESPONSE_SURVEY_MISMATCH, position, ".surveyId", response.surveyId(), surveyId);
                valid = false;
            }
            int unit = unit(response.unitId(), position);
            Arrays.fill(packed, 0);
            List<String> codes = response.itemCodes();
            if (codes == itemCodes && items <= 2 * ANSWERS_PER_WORD) {
                // The common case: answers from acceptResponse, in item order, packed as here.
                packed[0] = response.word0();
                if (wordsPerResponse > 1) {
                    packed[1] = response.word1();
                }
                for (int i = 0; i < items; i++) {
                    valid &= checkScale(answerAt(i), i, position);
                }
            } else {
                valid &= packReordered(response, position);
            }
            if (valid && unit >= 0) {
                append(unit);
            }
            return this;
        }

        /**
         * Adds a response given by its unit and its answers.
         *
         * @param unitId the respondent's unit, in the survey's audience; not null
         * @param answers the answers in the order of the instrument's items, each a point of its
         *     scale; not null
         * @return this builder
         */
        public Builder add(OrgUnitId unitId, int... answers) {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(answers, "answers");
            int position = added++;
            int unit = unit(unitId, position);
            boolean valid = true;
            if (answers.length != items) {
                violation(SurveyViolation.BATCH_ANSWERS_COUNT, position, ".answers", items, answers.length);
                valid = false;
            } else {
                Arrays.fill(packed, 0);
                for (int i = 0; i < items; i++) {
                    int answer = answers[i];
                    if (checkScale(answer, i, position)) {
                        packed[i / ANSWERS_PER_WORD] |= (long) answer << (BITS * (i % ANSWERS_PER_WORD));
                    } else {
                        valid = false;
                    }
                }
            }
            if (valid && unit >= 0) {
                append(unit);
            }
            return this;
        }

        /**
         * Returns the batch of the responses added so far.
         *
         * @return the batch, never null
         * @throws ValidationException listing the problems of every response refused
         */
        public ResponseBatch build() {
            if (!violations.isEmpty()) {
                List<Violation> all = new ArrayList<>(violations);
                if (violationsLeftOut > 0) {
                    all.add(Violation.of(SurveyViolation.BATCH_VIOLATIONS_TRUNCATED, "responses", violationsLeftOut));
                }
                throw new ValidationException(all);
            }
            if (unitIndex.length != size) {
                unitIndex = Arrays.copyOf(unitIndex, size);
                words = Arrays.copyOf(words, size * wordsPerResponse);
            }
            handedOver = true;
            return new ResponseBatch(surveyId, itemCodes, points, List.copyOf(units), size, unitIndex, words);
        }

        /** The index of a unit in the batch's table, -1 (with a violation) when outside the audience. */
        private int unit(OrgUnitId unitId, int position) {
            Integer unit = identity.get(unitId);
            if (unit == null) {
                unit = index.get(unitId);
                if (unit == null) {
                    if (!tree.index.containsKey(unitId)) {
                        violation(SurveyViolation.RESPONSE_UNIT_OUTSIDE_AUDIENCE, position, ".unitId", unitId);
                        return -1;
                    }
                    unit = units.size();
                    units.add(unitId);
                    index.put(unitId, unit);
                }
                identity.put(unitId, unit);
            }
            return unit;
        }

        private int answerAt(int i) {
            return (int) (packed[i / ANSWERS_PER_WORD] >>> (BITS * (i % ANSWERS_PER_WORD))) & 0xF;
        }

        private boolean checkScale(int answer, int item, int position) {
            if (answer >= 1 && answer <= points) {
                return true;
            }
            String code = itemCodes.get(item);
            violation(SurveyViolation.ANSWER_OUT_OF_SCALE, position, ".answers." + code, code, answer, points);
            return false;
        }

        /** Packs a response whose answers are not in the instrument's order (read from JSON). */
        private boolean packReordered(SurveyResponse response, int position) {
            boolean valid = true;
            List<String> codes = response.itemCodes();
            boolean[] answered = new boolean[items];
            Instrument instrument = survey.instrument();
            for (int j = 0; j < codes.size(); j++) {
                String code = codes.get(j);
                int i = instrument.itemIndex(code);
                if (i < 0) {
                    violation(
                            SurveyViolation.ANSWER_ITEM_UNKNOWN,
                            position,
                            ".answers." + Violations.quote(code),
                            Violations.quote(code));
                    valid = false;
                } else {
                    int answer = response.points(j);
                    answered[i] = true;
                    if (checkScale(answer, i, position)) {
                        packed[i / ANSWERS_PER_WORD] |= (long) answer << (BITS * (i % ANSWERS_PER_WORD));
                    } else {
                        valid = false;
                    }
                }
            }
            for (int i = 0; i < items; i++) {
                if (!answered[i]) {
                    violation(
                            SurveyViolation.ANSWER_MISSING, position, ".answers." + itemCodes.get(i), itemCodes.get(i));
                    valid = false;
                }
            }
            return valid;
        }

        private void append(int unit) {
            if (handedOver || size == unitIndex.length) {
                int capacity = size == unitIndex.length ? Math.max(16, size + (size >> 1)) : unitIndex.length;
                unitIndex = Arrays.copyOf(unitIndex, capacity);
                words = Arrays.copyOf(words, Math.multiplyExact(capacity, wordsPerResponse));
                handedOver = false;
            }
            unitIndex[size] = unit;
            System.arraycopy(packed, 0, words, size * wordsPerResponse, wordsPerResponse);
            size++;
        }

        /** Records a violation at {@code responses[response]} followed by the suffix. */
        private void violation(SurveyViolation code, int response, String suffix, Object... arguments) {
            if (violations.size() < MAX_VIOLATIONS) {
                violations.add(Violation.of(code, "responses[" + response + "]" + suffix, arguments));
            } else {
                violationsLeftOut++;
            }
        }
    }
}
