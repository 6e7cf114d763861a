package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.learningmentor.core.common.CommonViolation;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ResponseId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.common.Violations;

/**
 * One respondent's anonymous answers to a {@link Survey} (Finnish <i>vastaus</i>), made by {@link
 * Survey#acceptResponse}. Append-only: no command changes or removes a response.
 *
 * <p><b>Anonymity.</b> A response holds no person id, no e-mail, no time of day: only the survey,
 * the organization, the respondent's unit, the calendar date (a time would let someone match
 * responses with who was seen answering when) and the {@linkplain ResponseToken#digest() SHA-256
 * digest} of the response token, which proves the token was used without revealing it. Figures
 * are shown only for groups that pass the anonymity rules of {@link CultureProfiles}. Hosts should
 * give responses random ids ({@code ResponseId.of(UUID.randomUUID())}): ids from a counter would
 * reveal the order of answers.
 *
 * <p><b>Storage.</b> Answers are held in the instrument's item order, four bits each, inside the
 * response itself for the first 32 items (a byte each beyond), since a survey of a large
 * organization holds hundreds of thousands of responses and profiles read them all; {@link #answers()} is
 * a read-only map view. In JSON the answers are an object {@code {"CL1": 5, "CL2": 4, …}}.
 *
 * <p>Read from JSON, a response checks its own fields: every field present ({@code
 * common.value.required}), the digest 64 lower-case hexadecimal digits ({@code
 * survey.response.digest-malformed}), 1–{@value Instrument#MAX_ITEMS} answers ({@code
 * survey.response.answers-empty}, {@code survey.instrument.items-too-many}) with well-formed item
 * codes and answers 1–{@value AnswerScale#MAX_POINTS} ({@code survey.answer.out-of-scale}).
 * Whether the answers fit the survey's instrument is checked by {@link Survey#acceptResponse} and
 * by {@link CultureProfiles#compute}.
 *
 * <p>This type is immutable and thread-safe.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class SurveyResponse {

    private final ResponseId id;
    private final SurveyId surveyId;
    private final OrganizationId organizationId;
    private final OrgUnitId unitId;
    private final LocalDate submittedOn;
    private final String tokenDigest;
    private final List<String> itemCodes;
    /** The number of answers. */
    private final int size;
    /** Answers 0–15, four bits each, the first in the lowest bits. */
    private final long word0;
    /** Answers 16–31. */
    private final long word1;
    /** Answers from 32 on, one byte each; empty for at most 32 answers. */
    private final byte[] rest;

    /** Takes the arrays as they are: callers hand over a list they keep unmodified and a new array. */
    SurveyResponse(
            ResponseId id,
            SurveyId surveyId,
            OrganizationId organizationId,
            OrgUnitId unitId,
            LocalDate submittedOn,
            String tokenDigest,
            List<String> itemCodes,
            byte[] points) {
        this.id = id;
        this.surveyId = surveyId;
        this.organizationId = organizationId;
        this.unitId = unitId;
        this.submittedOn = submittedOn;
        this.tokenDigest = tokenDigest;
        this.itemCodes = itemCodes;
        this.size = points.length;
        long first = 0;
        long second = 0;
        for (int i = Math.min(points.length, WORD_ANSWERS) - 1; i >= 0; i--) {
            first = (first << BITS) | points[i];
        }
        for (int i = Math.min(points.length, 2 * WORD_ANSWERS) - 1; i >= WORD_ANSWERS; i--) {
            second = (second << BITS) | points[i];
        }
        this.word0 = first;
        this.word1 = second;
        this.rest = points.length > 2 * WORD_ANSWERS
                ? Arrays.copyOfRange(points, 2 * WORD_ANSWERS, points.length)
                : NO_BYTES;
    }

    private static final int BITS = 4;
    private static final int WORD_ANSWERS = 16;
    private static final byte[] NO_BYTES = new byte[0];

    @JsonCreator
    static SurveyResponse fromJson(
            @JsonProperty("id") ResponseId id,
            @JsonProperty("surveyId") SurveyId surveyId,
            @JsonProperty("organizationId") OrganizationId organizationId,
            @JsonProperty("unitId") OrgUnitId unitId,
            @JsonProperty("submittedOn") LocalDate submittedOn,
            @JsonProperty("tokenDigest") String tokenDigest,
            @JsonProperty("answers") Map<String, Integer> answers) {
        Violations violations = new Violations();
        violations.check(id != null, CommonViolation.VALUE_REQUIRED, "id");
        violations.check(surveyId != null, CommonViolation.VALUE_REQUIRED, "surveyId");
        violations.check(organizationId != null, CommonViolation.VALUE_REQUIRED, "organizationId");
        violations.check(unitId != null, CommonViolation.VALUE_REQUIRED, "unitId");
        violations.check(submittedOn != null, CommonViolation.VALUE_REQUIRED, "submittedOn");
        if (violations.check(tokenDigest != null, CommonViolation.VALUE_REQUIRED, "tokenDigest")) {
            violations.check(isDigest(tokenDigest), SurveyViolation.RESPONSE_DIGEST_MALFORMED, "tokenDigest");
        }
        List<String> codes = new ArrayList<>();
        byte[] points = new byte[0];
        if (violations.check(answers != null, CommonViolation.VALUE_REQUIRED, "answers")) {
            violations.check(!answers.isEmpty(), SurveyViolation.RESPONSE_ANSWERS_EMPTY, "answers");
            if (violations.check(
                    answers.size() <= Instrument.MAX_ITEMS,
                    SurveyViolation.ITEMS_TOO_MANY,
                    "answers",
                    Instrument.MAX_ITEMS,
                    answers.size())) {
                points = new byte[answers.size()];
                int i = 0;
                for (Map.Entry<String, Integer> answer : answers.entrySet()) {
                    String path = "answers[" + i + "]";
                    Codes.check(answer.getKey(), path, violations);
                    Integer value = answer.getValue();
                    if (violations.check(
                            value != null && value >= 1 && value <= AnswerScale.MAX_POINTS,
                            SurveyViolation.ANSWER_OUT_OF_SCALE,
                            path,
                            Violations.quote(answer.getKey()),
                            value,
                            AnswerScale.MAX_POINTS)) {
                        points[i] = value.byteValue();
                    }
                    codes.add(answer.getKey());
                    i++;
                }
            }
        }
        violations.throwIfAny();
        return new SurveyResponse(
                id, surveyId, organizationId, unitId, submittedOn, tokenDigest, List.copyOf(codes), points);
    }

    private static boolean isDigest(String digest) {
        if (digest.length() != 64) {
            return false;
        }
        for (int i = 0; i < digest.length(); i++) {
            char c = digest.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the response's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public ResponseId id() {
        return id;
    }

    /**
     * Returns the survey answered.
     *
     * @return the survey's id, never null
     */
    @JsonProperty("surveyId")
    public SurveyId surveyId() {
        return surveyId;
    }

    /**
     * Returns the organization (tenant) of the survey.
     *
     * @return the organization's id, never null
     */
    @JsonProperty("organizationId")
    public OrganizationId organizationId() {
        return organizationId;
    }

    /**
     * Returns the unit the respondent works in, in the survey's audience.
     *
     * @return the unit's id, never null
     */
    @JsonProperty("unitId")
    public OrgUnitId unitId() {
        return unitId;
    }

    /**
     * Returns the day the response was accepted; deliberately no time of day.
     *
     * @return the date, never null
     */
    @JsonProperty("submittedOn")
    public LocalDate submittedOn() {
        return submittedOn;
    }

    /**
     * Returns the SHA-256 digest of the response token, 64 lower-case hexadecimal digits; the token
     * itself cannot be recovered from it.
     *
     * @return the digest, never null
     */
    @JsonProperty("tokenDigest")
    public String tokenDigest() {
        return tokenDigest;
    }

    /**
     * Returns the answers by item code, in the instrument's item order.
     *
     * @return an unmodifiable map view, never null
     */
    @JsonProperty("answers")
    public Map<String, Integer> answers() {
        return new AnswerMap();
    }

    /** The item codes of {@link #points(int)}, in order: the instrument's own list when accepted. */
    List<String> itemCodes() {
        return itemCodes;
    }

    /** The answer at a position of {@link #itemCodes()}. */
    int points(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index < WORD_ANSWERS) {
            return (int) (word0 >>> (BITS * index)) & 0xF;
        }
        if (index < 2 * WORD_ANSWERS) {
            return (int) (word1 >>> (BITS * (index - WORD_ANSWERS))) & 0xF;
        }
        return rest[index - 2 * WORD_ANSWERS];
    }

    /** Answers 0–15, four bits each, for the profile's inner loop. */
    long word0() {
        return word0;
    }

    /** Answers 16–31, four bits each. */
    long word1() {
        return word1;
    }

    /** The number of answers. */
    int size() {
        return size;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SurveyResponse that
                && id.equals(that.id)
                && surveyId.equals(that.surveyId)
                && organizationId.equals(that.organizationId)
                && unitId.equals(that.unitId)
                && submittedOn.equals(that.submittedOn)
                && tokenDigest.equals(that.tokenDigest)
                && itemCodes.equals(that.itemCodes)
                && size == that.size
                && word0 == that.word0
                && word1 == that.word1
                && Arrays.equals(rest, that.rest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, surveyId, unitId, submittedOn, tokenDigest, word0, word1) * 31 + Arrays.hashCode(rest);
    }

    /** Returns the ids, the unit, the date and the answers; not the token digest. */
    @Override
    public String toString() {
        return "SurveyResponse{id=" + id + ", surveyId=" + surveyId + ", organizationId=" + organizationId + ", unitId="
                + unitId + ", submittedOn=" + submittedOn + ", answers=" + answers() + "}";
    }

    /** A read-only view of the answers. */
    private final class AnswerMap extends AbstractMap<String, Integer> {

        @Override
        public int size() {
            return size;
        }

        @Override
        public Integer get(Object key) {
            int index = itemCodes.indexOf(key);
            return index < 0 ? null : points(index);
        }

        @Override
        public boolean containsKey(Object key) {
            return itemCodes.contains(key);
        }

        @Override
        public Set<Map.Entry<String, Integer>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Map.Entry<String, Integer>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, Integer> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            int index = next++;
                            return new SimpleImmutableEntry<>(itemCodes.get(index), points(index));
                        }
                    };
                }
            };
        }
    }
}
