package org.learningmentor.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * A goal attainment scale (tavoitteiden saavuttamisen asteikko, GAS) for one goal of a plan: what
 * the outcome looks like at each of the five levels, from −2 (much less than expected) through 0
 * (the expected outcome) to +2 (much more than expected), as Kiresuk and Sherman (1968) define it.
 *
 * <pre>{@code
 * GoalAttainmentScale scale = GoalAttainmentScale.of(
 *         LocalizedText.of(Language.EN, "No team shares feedback"),
 *         LocalizedText.of(Language.EN, "One team shares feedback"),
 *         LocalizedText.of(Language.EN, "Two teams share feedback monthly"),
 *         LocalizedText.of(Language.EN, "Three teams share feedback monthly"),
 *         LocalizedText.of(Language.EN, "Every team shares feedback monthly"));
 * }</pre>
 *
 * <p>Built by {@link #of} or the builder, or read from JSON, it has exactly five descriptions
 * ({@code plan.scale.level-count}), each translation at most {@value #DESCRIPTION_MAX_LENGTH}
 * characters ({@code common.text.too-long}). This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class GoalAttainmentScale {

    /** The lowest level: much less than expected. */
    public static final int MIN_LEVEL = -2;

    /** The highest level: much more than expected. */
    public static final int MAX_LEVEL = 2;

    /** The number of levels, {@value}. */
    public static final int LEVEL_COUNT = MAX_LEVEL - MIN_LEVEL + 1;

    /** The longest description of a level, per translation, in characters. */
    public static final int DESCRIPTION_MAX_LENGTH = 1_000;

    GoalAttainmentScale() {}

    /**
     * Returns the descriptions of the levels in order from −2 to +2.
     *
     * @return an unmodifiable list of five texts, never null
     */
    @JsonProperty("levels")
    public abstract List<LocalizedText> levels();

    /**
     * Returns the description of one level.
     *
     * @param level the level, from −2 to +2
     * @return the description, never null
     * @throws IllegalArgumentException when the level is outside −2..+2
     */
    public LocalizedText description(int level) {
        if (!isLevel(level)) {
            throw new IllegalArgumentException("level must be from -2 to +2, not " + level);
        }
        return levels().get(level - MIN_LEVEL);
    }

    /**
     * Tells whether a number is a level of the scale.
     *
     * @param level the number
     * @return true from −2 to +2
     */
    public static boolean isLevel(int level) {
        return level >= MIN_LEVEL && level <= MAX_LEVEL;
    }

    /**
     * Returns a scale of the five descriptions.
     *
     * @param muchLess level −2, much less than expected; not null
     * @param less level −1, less than expected; not null
     * @param expected level 0, the expected outcome; not null
     * @param more level +1, more than expected; not null
     * @param muchMore level +2, much more than expected; not null
     * @return the scale, never null
     * @throws org.learningmentor.core.common.ValidationException when a description is too long
     */
    public static GoalAttainmentScale of(
            LocalizedText muchLess,
            LocalizedText less,
            LocalizedText expected,
            LocalizedText more,
            LocalizedText muchMore) {
        return builder()
                .addLevels(
                        Objects.requireNonNull(muchLess, "muchLess"),
                        Objects.requireNonNull(less, "less"),
                        Objects.requireNonNull(expected, "expected"),
                        Objects.requireNonNull(more, "more"),
                        Objects.requireNonNull(muchMore, "muchMore"))
                .build();
    }

    /**
     * Returns a new builder; add the five levels in order from −2 to +2.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the number of levels and the lengths of their descriptions.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(
                levels().size() == LEVEL_COUNT,
                PlanViolation.SCALE_LEVEL_COUNT,
                "levels",
                LEVEL_COUNT,
                levels().size());
        for (int i = 0; i < levels().size(); i++) {
            violations.checkMaxLength(levels().get(i), DESCRIPTION_MAX_LENGTH, "levels[" + i + "]");
        }
        violations.throwIfAny();
    }

    @JsonCreator
    private static GoalAttainmentScale fromJson(ImmutableGoalAttainmentScale value) {
        return value;
    }

    /** Builds a scale; throws a {@link org.learningmentor.core.common.ValidationException} listing every violation. */
    public static final class Builder extends ImmutableGoalAttainmentScale.Builder {}
}
