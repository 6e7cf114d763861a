package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.SurveyId;

/**
 * The culture profile of a survey (Finnish <i>kulttuuriprofiili</i>): dimension scores for the
 * whole audience, for each unit and for each unit's subtree, with every group that could identify
 * respondents suppressed. Made by {@link CultureProfiles#compute}; see there for the anonymity
 * rules. {@link #change} compares two profiles, such as a baseline and a follow-up survey.
 *
 * <p>Groups are listed with the whole audience first, then for each unit of the audience (depth
 * first, each unit before its sub-units) its {@link GroupKind#UNIT} and its {@link
 * GroupKind#SUBTREE} group. For a unit without sub-units both cover the same respondents and show
 * the same figures.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class CultureProfile {

    CultureProfile() {}

    /**
     * Returns a new builder; {@code surveyId}, {@code instrumentCode} and {@code
     * anonymityThreshold} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the survey profiled.
     *
     * @return the survey's id, never null
     */
    @JsonProperty("surveyId")
    public abstract SurveyId surveyId();

    /**
     * Returns the code of the survey's instrument.
     *
     * @return the code, never null
     */
    @JsonProperty("instrumentCode")
    public abstract String instrumentCode();

    /**
     * Returns the anonymity threshold applied: groups with fewer respondents are suppressed.
     *
     * @return the threshold, at least 3
     */
    @JsonProperty("anonymityThreshold")
    public abstract int anonymityThreshold();

    /**
     * Returns the groups, the whole audience first.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("groups")
    public abstract List<GroupProfile> groups();

    /**
     * Returns the group of the whole audience.
     *
     * @return the group, never null
     * @throws java.util.NoSuchElementException when the profile has no such group (never for a
     *     computed profile)
     */
    public GroupProfile audience() {
        return group(GroupKind.AUDIENCE, Optional.empty()).orElseThrow();
    }

    /**
     * Returns the group of a unit's own respondents.
     *
     * @param unitId the unit, not null
     * @return the group, empty when the unit is not in the audience
     */
    public Optional<GroupProfile> unit(OrgUnitId unitId) {
        return group(GroupKind.UNIT, Optional.of(Objects.requireNonNull(unitId, "unitId")));
    }

    /**
     * Returns the group of a unit and everything below it.
     *
     * @param unitId the unit, not null
     * @return the group, empty when the unit is not in the audience
     */
    public Optional<GroupProfile> subtree(OrgUnitId unitId) {
        return group(GroupKind.SUBTREE, Optional.of(Objects.requireNonNull(unitId, "unitId")));
    }

    private Optional<GroupProfile> group(GroupKind kind, Optional<OrgUnitId> unitId) {
        return Optional.ofNullable(groupIndex().get(new Key(kind, unitId)));
    }

    @Value.Lazy
    Map<Key, GroupProfile> groupIndex() {
        Map<Key, GroupProfile> index = new HashMap<>();
        for (GroupProfile group : groups()) {
            index.putIfAbsent(new Key(group.kind(), group.unitId()), group);
        }
        return index;
    }

    /** A group's identity across profiles. */
    record Key(GroupKind kind, Optional<OrgUnitId> unitId) {}

    /**
     * Returns the change from one profile to another, per group and dimension: the groups of
     * {@code after} in its order, each compared with the same group of {@code before}. A group's
     * change is shown only when the group is shown in both profiles; otherwise it is suppressed
     * with the reason of {@code after}, or of {@code before} when {@code after} shows the group, so
     * that a change never reveals a figure that either profile hides. A group only in {@code after}
     * is suppressed as {@link Suppression#BELOW_THRESHOLD} in the change. Only the dimensions both
     * profiles score are compared.
     *
     * @param before the earlier profile, such as the baseline; not null
     * @param after the later profile, such as the follow-up; not null
     * @return the change, never null
     */
    public static ProfileChange change(CultureProfile before, CultureProfile after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<GroupChange> groups = new ArrayList<>(after.groups().size());
        for (GroupProfile later : after.groups()) {
            GroupProfile earlier = before.groupIndex().get(new Key(later.kind(), later.unitId()));
            GroupChange.Builder change =
                    GroupChange.builder().kind(later.kind()).unitId(later.unitId());
            if (later.isSuppressed()) {
                change.suppression(later.suppression());
            } else if (earlier == null) {
                change.suppression(Suppression.BELOW_THRESHOLD);
            } else if (earlier.isSuppressed()) {
                change.suppression(earlier.suppression());
            } else {
                for (DimensionScore score : later.scores()) {
                    earlier.score(score.dimension())
                            .ifPresent(old -> change.addDimensions(DimensionChange.builder()
                                    .dimension(score.dimension())
                                    .before(old.mean())
                                    .after(score.mean())
                                    .difference(canonical(score.mean().subtract(old.mean())))
                                    .build()));
                }
            }
            groups.add(change.build());
        }
        return ProfileChange.builder()
                .beforeSurveyId(before.surveyId())
                .afterSurveyId(after.surveyId())
                .addAllGroups(groups)
                .build();
    }

    private static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @JsonCreator
    private static CultureProfile fromJson(ImmutableCultureProfile value) {
        return value;
    }

    /** Builds a profile; throws a {@link org.learningmentor.core.common.ValidationException} for missing fields. */
    public static final class Builder extends ImmutableCultureProfile.Builder {}
}
