package org.learningmentor.core.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.IndicatorId;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;

/**
 * A goal of the programme set by management (Finnish <i>päätavoite</i>), such as "Learning is part
 * of everyday work", measured by its {@link Indicator}s. A goal supports learning at one {@link
 * GoalLevel}: the whole organization, one work community (the goal then names the unit) or
 * individual employees.
 *
 * <p>Building a goal checks, and reports together: a {@link GoalLevel#WORK_COMMUNITY} goal names
 * its unit and a goal at another level names none; indicator ids are unique; each translation of
 * the title is at most {@value LocalizedText#NAME_MAX_LENGTH} characters. Each indicator has
 * already checked itself when it was built, so its violations have paths relative to the
 * indicator ({@code target}, {@code actuals[2].on}); the copies here that change an indicator
 * report them under the goal ({@code indicators[1].actuals[2].on}). Having at least one indicator
 * is not a property of the goal but a condition of leaving the programme's goal-setting phase.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ProgramGoal {

    /** Only the generated implementation extends this class. */
    ProgramGoal() {}

    /**
     * Returns the goal's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract GoalId id();

    /**
     * Returns the goal's short title, such as "Learning is part of everyday work".
     *
     * @return the title, never null
     */
    @JsonProperty("title")
    public abstract LocalizedText title();

    /**
     * Returns a longer description of what the goal means and why management set it.
     *
     * @return the description, or empty
     */
    @JsonProperty("description")
    public abstract Optional<LocalizedText> description();

    /**
     * Returns the level at which the goal supports learning.
     *
     * @return the level, never null
     */
    @JsonProperty("level")
    public abstract GoalLevel level();

    /**
     * Returns the work community the goal concerns: present exactly when the level is {@link
     * GoalLevel#WORK_COMMUNITY}.
     *
     * @return the unit's id, or empty for goals at the organization or individual level
     */
    @JsonProperty("unitId")
    public abstract Optional<OrgUnitId> unitId();

    /**
     * Returns the indicators of the goal, each id at most once, in the order management gave them.
     *
     * @return an unmodifiable list, possibly empty while the goal is being drafted, never null
     */
    @JsonProperty("indicators")
    public abstract List<Indicator> indicators();

    /**
     * Returns a new builder; {@code id}, {@code title} and {@code level} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a goal; {@code build()} throws {@link ValidationException} listing every violation. */
    public static final class Builder extends ImmutableProgramGoal.Builder {}

    @JsonCreator
    private static ProgramGoal fromJson(ImmutableProgramGoal value) {
        return value;
    }

    /**
     * Returns the indicator with the given id.
     *
     * @param id the indicator's id, not null
     * @return the indicator, or empty when the goal has none with that id
     */
    public Optional<Indicator> indicator(IndicatorId id) {
        Objects.requireNonNull(id, "id");
        return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Returns a copy with the indicator added, or replacing the indicator with the same id in its
     * place. The original is unchanged.
     *
     * @param indicator the indicator, not null
     * @return the goal with the indicator, never null
     */
    public ProgramGoal withIndicator(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        List<Indicator> indicators = new ArrayList<>(indicators());
        int index = indexOf(indicator.id());
        if (index < 0) {
            indicators.add(indicator);
        } else {
            indicators.set(index, indicator);
        }
        return copy(indicators);
    }

    /**
     * Returns a copy without the indicator of the given id; the same goal when it has none.
     *
     * @param id the indicator's id, not null
     * @return the goal without the indicator, never null
     */
    public ProgramGoal withoutIndicator(IndicatorId id) {
        Objects.requireNonNull(id, "id");
        int index = indexOf(id);
        if (index < 0) {
            return this;
        }
        List<Indicator> indicators = new ArrayList<>(indicators());
        indicators.remove(index);
        return copy(indicators);
    }

    /**
     * Returns a copy in which an actual value is recorded for one of the indicators, as {@link
     * Indicator#record(Measurement)} does. The original is unchanged.
     *
     * @param indicatorId the indicator's id, not null
     * @param measurement the measurement, not null
     * @return the goal with the measurement recorded, never null
     * @throws UnknownIndicatorException when the goal has no indicator with that id
     * @throws ValidationException when the indicator refuses the measurement; the paths are under
     *     the indicator, such as {@code indicators[1].actuals[3].on}
     */
    public ProgramGoal record(IndicatorId indicatorId, Measurement measurement) {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(measurement, "measurement");
        int index = indexOf(indicatorId);
        if (index < 0) {
            throw new UnknownIndicatorException(id(), indicatorId, "record a measurement");
        }
        Indicator recorded;
        try {
            recorded = indicators().get(index).record(measurement);
        } catch (ValidationException e) {
            String prefix = "indicators[" + index + "]";
            throw new ValidationException(
                    e.violations().stream().map(v -> v.nestedUnder(prefix)).toList());
        }
        List<Indicator> indicators = new ArrayList<>(indicators());
        indicators.set(index, recorded);
        return copy(indicators);
    }

    private int indexOf(IndicatorId id) {
        List<Indicator> indicators = indicators();
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Builds (and so validates) a copy with other indicators. */
    private ProgramGoal copy(List<Indicator> indicators) {
        return builder()
                .id(id())
                .title(title())
                .description(description())
                .level(level())
                .unitId(unitId())
                .addAllIndicators(indicators)
                .build();
    }

    /**
     * Checks the structural rules listed in the class description and throws one exception with
     * every violation; called by the generated builder.
     *
     * @throws ValidationException when a rule is broken
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.checkMaxLength(title(), LocalizedText.NAME_MAX_LENGTH, "title");
        if (level() == GoalLevel.WORK_COMMUNITY) {
            violations.check(unitId().isPresent(), GoalViolation.UNIT_REQUIRED, "unitId");
        } else {
            violations.check(unitId().isEmpty(), GoalViolation.UNIT_NOT_ALLOWED, "unitId", level());
        }
        Set<IndicatorId> seen = new HashSet<>();
        List<Indicator> indicators = indicators();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorId id = indicators.get(i).id();
            violations.check(seen.add(id), GoalViolation.INDICATOR_ID_DUPLICATE, "indicators[" + i + "].id", id);
        }
        violations.throwIfAny();
    }
}
