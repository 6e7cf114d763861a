package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * The answer scale of an {@link Instrument}: points {@code 1..points()}, each with a label, such as
 * the default six points from "1 Täysin eri mieltä / Helt av annan åsikt / Strongly disagree" to "6
 * Täysin samaa mieltä / Helt av samma åsikt / Strongly agree". A higher point means more agreement.
 *
 * <p>Checked when built: {@value #MIN_POINTS}–{@value #MAX_POINTS} points ({@code
 * survey.scale.points-out-of-range} at {@code points}), exactly one label per point ({@code
 * survey.scale.label-missing} at {@code labels[i]} for each point without one, {@code
 * survey.scale.labels-extra} at {@code labels} when there are more), each translation of a label at
 * most {@value LocalizedText#NAME_MAX_LENGTH} characters. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class AnswerScale {

    /** The fewest points of a scale. */
    public static final int MIN_POINTS = 2;

    /** The most points of a scale (0–10 as 1–11). */
    public static final int MAX_POINTS = 11;

    AnswerScale() {}

    /**
     * Returns a scale with one label per point, the label of point 1 first.
     *
     * @param labels the labels, not null; their number is the number of points
     * @return the scale, never null
     * @throws org.learningmentor.core.common.ValidationException when there are too few or too
     *     many labels, or one is too long
     */
    public static AnswerScale of(List<LocalizedText> labels) {
        return builder().points(labels.size()).addAllLabels(labels).build();
    }

    /**
     * Returns a new builder; {@code points} is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the number of points; answers are {@code 1..points()}.
     *
     * @return the number of points, {@value #MIN_POINTS}–{@value #MAX_POINTS}
     */
    @JsonProperty("points")
    public abstract int points();

    /**
     * Returns the labels, the label of point 1 first.
     *
     * @return an unmodifiable list of {@link #points()} labels
     */
    @JsonProperty("labels")
    public abstract List<LocalizedText> labels();

    /**
     * Returns the label of a point.
     *
     * @param point the point, {@code 1..points()}
     * @return the label, never null
     * @throws IndexOutOfBoundsException when the point is not on the scale
     */
    public LocalizedText label(int point) {
        if (point < 1 || point > points()) {
            throw new IndexOutOfBoundsException("point " + point + " is not on the scale 1.." + points());
        }
        return labels().get(point - 1);
    }

    /**
     * Returns whether a number is a point of the scale.
     *
     * @param answer the number
     * @return true when {@code 1 <= answer <= points()}
     */
    public boolean contains(int answer) {
        return answer >= 1 && answer <= points();
    }

    /**
     * Checks the number of points and labels and the labels' length.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        int points = points();
        if (violations.check(
                points >= MIN_POINTS && points <= MAX_POINTS,
                SurveyViolation.SCALE_POINTS_OUT_OF_RANGE,
                "points",
                MIN_POINTS,
                MAX_POINTS,
                points)) {
            for (int point = labels().size() + 1; point <= points; point++) {
                violations.add(SurveyViolation.SCALE_LABEL_MISSING, "labels[" + (point - 1) + "]", point);
            }
            violations.check(
                    labels().size() <= points, SurveyViolation.SCALE_LABELS_EXTRA, "labels", points, labels().size());
        }
        for (int i = 0; i < labels().size() && i < MAX_POINTS + 1; i++) {
            violations.checkMaxLength(labels().get(i), LocalizedText.NAME_MAX_LENGTH, "labels[" + i + "]");
        }
        violations.throwIfAny();
    }

    @JsonCreator
    private static AnswerScale fromJson(ImmutableAnswerScale value) {
        return value;
    }

    /** Builds a scale; throws a {@link org.learningmentor.core.common.ValidationException} for bad or missing fields. */
    public static final class Builder extends ImmutableAnswerScale.Builder {}
}
