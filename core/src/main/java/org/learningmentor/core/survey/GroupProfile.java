package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.Violations;

/**
 * The figures of one group of a {@link CultureProfile}: the whole audience, one unit, or one unit's
 * subtree. A shown group has its respondent count and a {@link DimensionScore} per dimension; a
 * suppressed group shows <em>nothing</em> but the reason ({@link Suppression}) — no count, no
 * zeros.
 *
 * <p>Checked when built: a unit exactly when the kind is not {@link GroupKind#AUDIENCE} ({@code
 * survey.profile.group-unit-inconsistent} at {@code unitId}); a suppression reason exactly when there is
 * no count, and no scores when suppressed ({@code survey.profile.group-suppression-inconsistent} at
 * {@code suppression}). This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class GroupProfile {

    GroupProfile() {}

    /**
     * Returns a new builder; {@code kind} is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns which respondents the group covers.
     *
     * @return the kind, never null
     */
    @JsonProperty("kind")
    public abstract GroupKind kind();

    /**
     * Returns the unit of a {@link GroupKind#UNIT} or {@link GroupKind#SUBTREE} group.
     *
     * @return the unit's id, empty for the whole audience
     */
    @JsonProperty("unitId")
    public abstract Optional<OrgUnitId> unitId();

    /**
     * Returns the number of respondents of a shown group.
     *
     * @return the count, empty when the group is suppressed
     */
    @JsonProperty("respondents")
    public abstract Optional<Integer> respondents();

    /**
     * Returns why the group is suppressed.
     *
     * @return the reason, empty when the group is shown
     */
    @JsonProperty("suppression")
    public abstract Optional<Suppression> suppression();

    /**
     * Returns the scores of a shown group, in the instrument's dimension order.
     *
     * @return an unmodifiable list, empty when the group is suppressed
     */
    @JsonProperty("scores")
    public abstract List<DimensionScore> scores();

    /**
     * Returns whether the group's figures are hidden.
     *
     * @return true when {@link #suppression()} is present
     */
    @JsonIgnore
    public boolean isSuppressed() {
        return suppression().isPresent();
    }

    /**
     * Returns the score of a dimension.
     *
     * @param dimension the dimension's code, not null
     * @return the score, empty when the group is suppressed or has no such dimension
     */
    public Optional<DimensionScore> score(String dimension) {
        Objects.requireNonNull(dimension, "dimension");
        return scores().stream().filter(s -> s.dimension().equals(dimension)).findFirst();
    }

    /**
     * Checks the rules listed in the class description.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(
                unitId().isEmpty() == (kind() == GroupKind.AUDIENCE),
                SurveyViolation.GROUP_UNIT_INCONSISTENT,
                "unitId");
        violations.check(
                suppression().isPresent()
                        ? respondents().isEmpty() && scores().isEmpty()
                        : respondents().isPresent(),
                SurveyViolation.GROUP_SUPPRESSION_INCONSISTENT,
                "suppression");
        violations.throwIfAny();
    }

    @JsonCreator
    private static GroupProfile fromJson(ImmutableGroupProfile value) {
        return value;
    }

    /** Builds a group; throws a {@link org.learningmentor.core.common.ValidationException} for bad or missing fields. */
    public static final class Builder extends ImmutableGroupProfile.Builder {}
}
