package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.person.Person;

/**
 * A person as a {@link PairSuggester} sees them: the facts the {@linkplain Criterion criteria} and
 * the hard exclusions need, and nothing personal. Build one with {@link #builder()} or from a
 * {@link Person} with {@link #from(Person, Set, OptionalInt)}.
 *
 * <p>Rules checked on every instance: the person is not their own manager ({@code
 * pair.suggestion.candidate-own-manager}); a seniority is within 0–{@value #MAX_SENIORITY_YEARS}
 * years ({@code pair.suggestion.seniority-out-of-range}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class PairCandidate {

    /** The largest seniority accepted, in years. */
    public static final int MAX_SENIORITY_YEARS = 80;

    /** Only the generated implementation extends this class. */
    PairCandidate() {}

    /**
     * Returns the person.
     *
     * @return the person id, never null
     */
    @JsonProperty("personId")
    public abstract PersonId personId();

    /**
     * Returns the unit (work community) the person works in.
     *
     * @return the unit id, never null
     */
    @JsonProperty("unitId")
    public abstract OrgUnitId unitId();

    /**
     * Returns the person's manager, used to keep a person from being paired with their own manager
     * or a direct report.
     *
     * @return the manager id, empty when the person has none recorded
     */
    @JsonProperty("managerId")
    public abstract Optional<PersonId> managerId();

    /**
     * Returns the languages the person can work in.
     *
     * @return an unmodifiable set, possibly empty, never null
     */
    @JsonProperty("languages")
    public abstract Set<Language> languages();

    /**
     * Returns the development targets of the programme the person is interested in.
     *
     * @return an unmodifiable set, possibly empty, never null
     */
    @JsonProperty("developmentTargetIds")
    public abstract Set<DevelopmentTargetId> developmentTargetIds();

    /**
     * Returns the person's seniority (years of work experience, or in the organization, as the host
     * decides), within 0–{@value #MAX_SENIORITY_YEARS}.
     *
     * @return the years, empty when unknown
     */
    @JsonProperty("seniorityYears")
    public abstract OptionalInt seniorityYears();

    /**
     * Returns a new builder; {@code personId} and {@code unitId} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a candidate; {@code build()} throws {@link ValidationException} listing every violation. */
    public static final class Builder extends ImmutablePairCandidate.Builder {}

    /**
     * Returns the candidate of a person: their id, unit, manager and preferred language, with the
     * development targets and seniority the host knows.
     *
     * @param person the person, not null
     * @param developmentTargetIds the targets the person is interested in, not null
     * @param seniorityYears the person's seniority, empty when unknown; not null
     * @return the candidate, never null
     * @throws ValidationException when the seniority is out of range
     */
    public static PairCandidate from(
            Person person, Set<DevelopmentTargetId> developmentTargetIds, OptionalInt seniorityYears) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(developmentTargetIds, "developmentTargetIds");
        Objects.requireNonNull(seniorityYears, "seniorityYears");
        return builder()
                .personId(person.id())
                .unitId(person.unitId())
                .managerId(person.managerId())
                .addLanguages(person.language())
                .addAllDevelopmentTargetIds(developmentTargetIds)
                .seniorityYears(seniorityYears)
                .build();
    }

    @JsonCreator
    private static PairCandidate fromJson(ImmutablePairCandidate value) {
        return value;
    }

    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        managerId()
                .ifPresent(manager -> violations.check(
                        !manager.equals(personId()),
                        SuggestionViolation.CANDIDATE_OWN_MANAGER,
                        "managerId",
                        personId()));
        seniorityYears()
                .ifPresent(years -> violations.check(
                        years >= 0 && years <= MAX_SENIORITY_YEARS,
                        SuggestionViolation.SENIORITY_OUT_OF_RANGE,
                        "seniorityYears",
                        years,
                        MAX_SENIORITY_YEARS));
        violations.throwIfAny();
    }
}
