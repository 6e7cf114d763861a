package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ResponseId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;

/**
 * A survey of a programme (Finnish <i>kysely</i>): an {@link Instrument} (a copy, so that later
 * changes of a host's instrument do not change a running survey), a {@linkplain SurveyPurpose
 * purpose}, the audience (units whose subtrees are asked) and whether it is open.
 *
 * <pre>{@code
 * Change<Survey> opened = Survey.open(surveyId, organization, programId, Instruments.defaultInstrument(),
 *         SurveyPurpose.BASELINE, List.of(agencyUnitId), hr, clock.instant());
 * SurveyResponse response = opened.state().acceptResponse(ResponseId.of(UUID.randomUUID()),
 *         ResponseToken.parse(tokenText), unitId, answers, organization, responses::digestUsed, today);
 * CultureProfile profile = CultureProfiles.compute(survey, organization, responses);
 * }</pre>
 *
 * <p><b>Structure</b> (checked on every build, from JSON too): at least one audience unit ({@code
 * survey.audience.empty}), none twice ({@code survey.audience.duplicate} at {@code audience[i]}), a
 * closing time exactly when closed ({@code survey.closed-at.inconsistent} at {@code closedAt}), not
 * before the opening ({@code survey.closed-at.before-opened}), the version not negative ({@code
 * survey.version.negative}).
 *
 * <p><b>Commands</b>: {@link #open} and {@link #close} return the next state and one event, or
 * throw a {@link SurveyRuleException} listing every rule broken. {@link #acceptResponse} returns a
 * new {@link SurveyResponse} and no event (an event would name who answered and when).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Survey {

    Survey() {}

    /**
     * Returns a new builder, for persistence and tests; hosts open surveys with {@link #open}.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the survey's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract SurveyId id();

    /**
     * Returns the organization (tenant) the survey belongs to.
     *
     * @return the organization's id, never null
     */
    @JsonProperty("organizationId")
    public abstract OrganizationId organizationId();

    /**
     * Returns the programme the survey belongs to.
     *
     * @return the programme's id, never null
     */
    @JsonProperty("programId")
    public abstract ProgramId programId();

    /**
     * Returns the instrument asked, a copy taken when the survey opened.
     *
     * @return the instrument, never null
     */
    @JsonProperty("instrument")
    public abstract Instrument instrument();

    /**
     * Returns why the survey is run.
     *
     * @return the purpose, never null
     */
    @JsonProperty("purpose")
    public abstract SurveyPurpose purpose();

    /**
     * Returns the audience: the units whose people, in the units' whole subtrees, are asked.
     *
     * @return an unmodifiable list, not empty, no unit twice
     */
    @JsonProperty("audience")
    public abstract List<OrgUnitId> audience();

    /**
     * Returns whether the survey takes responses.
     *
     * @return the status, {@link SurveyStatus#OPEN} unless set; never null
     */
    @JsonProperty("status")
    @Value.Default
    public SurveyStatus status() {
        return SurveyStatus.OPEN;
    }

    /**
     * Returns when the survey was opened.
     *
     * @return the instant, never null
     */
    @JsonProperty("openedAt")
    public abstract Instant openedAt();

    /**
     * Returns when the survey was closed.
     *
     * @return the instant, present exactly when the status is {@link SurveyStatus#CLOSED}
     */
    @JsonProperty("closedAt")
    public abstract Optional<Instant> closedAt();

    /**
     * Returns the optimistic-locking version, managed by the persistence layer: 0 for a survey
     * never stored. Commands keep it as it is.
     *
     * @return the version, 0 unless set; not negative
     */
    @JsonProperty("version")
    @Value.Default
    public long version() {
        return 0;
    }

    /**
     * Returns whether the survey takes responses.
     *
     * @return true when the status is {@link SurveyStatus#OPEN}
     */
    @JsonIgnore
    public boolean isOpen() {
        return status() == SurveyStatus.OPEN;
    }

    /**
     * Returns whether a unit is in the audience: an audience unit or below one.
     *
     * @param organization the survey's organization, for its unit tree; not null
     * @param unitId the unit, not null
     * @return true when the unit or one of its ancestors is an audience unit
     */
    public boolean isInAudience(Organization organization, OrgUnitId unitId) {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(unitId, "unitId");
        Set<OrgUnitId> audience = audienceSet();
        if (audience.contains(unitId)) {
            return organization.unit(unitId).isPresent();
        }
        for (OrgUnit ancestor : organization.ancestors(unitId)) {
            if (audience.contains(ancestor.id())) {
                return true;
            }
        }
        return false;
    }

    @Value.Lazy
    Set<OrgUnitId> audienceSet() {
        return Set.copyOf(audience());
    }

    // ---------------------------------------------------------------- commands

    /**
     * Opens a survey of a programme.
     *
     * @param id the survey's id, not null
     * @param organization the organization, for its unit tree; not null
     * @param programId the programme, not null
     * @param instrument the instrument to ask, not null
     * @param purpose why the survey is run, not null
     * @param audience the units whose subtrees are asked; not null, not empty, active units of the
     *     organization, none twice
     * @param actor the person opening it, of the organization; not null
     * @param at when, from the caller's clock; not null
     * @return the open survey and one {@link SurveyOpened}, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code survey.audience.empty}
     *     or {@code survey.audience.duplicate}
     * @throws SurveyRuleException with {@code survey.actor.other-organization}, {@code
     *     survey.audience.unit-unknown} or {@code survey.audience.unit-closed}, every one that applies
     */
    public static Change<Survey> open(
            SurveyId id,
            Organization organization,
            ProgramId programId,
            Instrument instrument,
            SurveyPurpose purpose,
            List<OrgUnitId> audience,
            Person actor,
            Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(audience, "audience");
        audience.forEach(unit -> Objects.requireNonNull(unit, "audience contains null"));
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Survey survey = builder()
                .id(id)
                .organizationId(organization.id())
                .programId(programId)
                .instrument(instrument)
                .purpose(purpose)
                .addAllAudience(audience)
                .openedAt(at)
                .build();
        List<Violation> refused = new ArrayList<>();
        survey.checkActor(actor, refused);
        for (int i = 0; i < audience.size(); i++) {
            Optional<OrgUnit> unit = organization.unit(audience.get(i));
            if (unit.isEmpty()) {
                refused.add(
                        Violation.of(SurveyViolation.AUDIENCE_UNIT_UNKNOWN, "audience[" + i + "]", audience.get(i)));
            } else if (!unit.get().isActive()) {
                refused.add(Violation.of(SurveyViolation.AUDIENCE_UNIT_CLOSED, "audience[" + i + "]", audience.get(i)));
            }
        }
        refuseIfAny(id, "be opened", refused);
        return Change.of(
                survey,
                SurveyOpened.builder()
                        .organizationId(organization.id())
                        .actor(actor.id())
                        .occurredAt(at)
                        .surveyId(id)
                        .programId(programId)
                        .instrumentCode(instrument.code())
                        .purpose(purpose)
                        .addAllAudience(audience)
                        .build());
    }

    /**
     * Closes the survey: it takes no more responses.
     *
     * @param actor the person closing it, of the organization; not null
     * @param at when, from the caller's clock, not before the opening; not null
     * @return the closed survey and one {@link SurveyClosed}, never null
     * @throws SurveyRuleException with {@code survey.actor.other-organization}, {@code
     *     survey.status.closed} or {@code survey.closed-at.before-opened}, every one that applies
     */
    public Change<Survey> close(Person actor, Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = new ArrayList<>();
        checkActor(actor, refused);
        if (!isOpen()) {
            refused.add(Violation.of(SurveyViolation.SURVEY_CLOSED, "", id()));
        }
        if (at.isBefore(openedAt())) {
            refused.add(Violation.of(SurveyViolation.CLOSED_BEFORE_OPENED, "at", at, openedAt()));
        }
        refuseIfAny(id(), "be closed", refused);
        return Change.of(
                builder()
                        .id(id())
                        .organizationId(organizationId())
                        .programId(programId())
                        .instrument(instrument())
                        .purpose(purpose())
                        .addAllAudience(audience())
                        .openedAt(openedAt())
                        .status(SurveyStatus.CLOSED)
                        .closedAt(at)
                        .version(version())
                        .build(),
                SurveyClosed.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .surveyId(id())
                        .build());
    }

    /**
     * Accepts one anonymous response. Every item of the instrument must be answered: a partial
     * response would give dimensions of one group different respondent counts, which the anonymity
     * rules of {@link CultureProfiles} do not allow for; a person who does not want to answer sends
     * nothing.
     *
     * @param id the response's id, not null; a random one, see {@link SurveyResponse}
     * @param token the respondent's token, not null; only its digest is stored
     * @param unitId the respondent's unit, not null
     * @param answers the answers by item code, not null, no null keys or values
     * @param organization the survey's organization, for its unit tree; not null
     * @param tokenUsed tells whether a token digest has been used for this survey already (the
     *     host's store answers it); not null
     * @param on the day, from the caller's clock; not null
     * @return the response, never null; the host stores it and marks the digest used in the same
     *     transaction
     * @throws SurveyRuleException with every rule broken: {@code survey.organization.mismatch},
     *     {@code survey.status.closed}, {@code survey.response.unit-outside-audience}, {@code
     *     survey.response.token-used}, {@code survey.answer.item-unknown}, {@code
     *     survey.answer.missing} and {@code survey.answer.out-of-scale} (at {@code answers.<code>})
     */
    public SurveyResponse acceptResponse(
            ResponseId id,
            ResponseToken token,
            OrgUnitId unitId,
            Map<String, Integer> answers,
            Organization organization,
            Predicate<String> tokenUsed,
            LocalDate on) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(tokenUsed, "tokenUsed");
        Objects.requireNonNull(on, "on");
        List<Violation> refused = new ArrayList<>();
        boolean sameOrganization = organization.id().equals(organizationId());
        if (!sameOrganization) {
            refused.add(Violation.of(SurveyViolation.ORGANIZATION_MISMATCH, "organization"));
        }
        if (!isOpen()) {
            refused.add(Violation.of(SurveyViolation.SURVEY_CLOSED, "", id()));
        }
        if (sameOrganization && !isInAudience(organization, unitId)) {
            refused.add(Violation.of(SurveyViolation.RESPONSE_UNIT_OUTSIDE_AUDIENCE, "unitId", unitId));
        }
        String digest = token.digest();
        if (tokenUsed.test(digest)) {
            refused.add(Violation.of(SurveyViolation.RESPONSE_TOKEN_USED, "token"));
        }
        Instrument instrument = instrument();
        AnswerScale scale = instrument.scale();
        List<Item> items = instrument.items();
        byte[] points = new byte[items.size()];
        int known = 0;
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            String code = Objects.requireNonNull(answer.getKey(), "answers contains a null key");
            Integer value = Objects.requireNonNull(answer.getValue(), "answers contains a null value");
            int index = instrument.itemIndex(code);
            String path = "answers." + Violations.quote(code);
            if (index < 0) {
                refused.add(Violation.of(SurveyViolation.ANSWER_ITEM_UNKNOWN, path, Violations.quote(code)));
            } else {
                known++;
                if (scale.contains(value)) {
                    points[index] = value.byteValue();
                } else {
                    refused.add(Violation.of(SurveyViolation.ANSWER_OUT_OF_SCALE, path, code, value, scale.points()));
                }
            }
        }
        if (known < items.size()) {
            for (Item item : items) {
                if (!answers.containsKey(item.code())) {
                    refused.add(Violation.of(SurveyViolation.ANSWER_MISSING, "answers." + item.code(), item.code()));
                }
            }
        }
        refuseIfAny(id(), "accept a response", refused);
        return new SurveyResponse(id, id(), organizationId(), unitId, on, digest, instrument.itemCodes(), points);
    }

    private void checkActor(Person actor, List<Violation> refused) {
        if (!actor.organizationId().equals(organizationId())) {
            // The other organization's id is not named: it would reveal another tenant.
            refused.add(Violation.of(SurveyViolation.ACTOR_OTHER_ORGANIZATION, "actor", actor.id()));
        }
    }

    private static void refuseIfAny(SurveyId id, String action, List<Violation> refused) {
        if (!refused.isEmpty()) {
            throw new SurveyRuleException(id, action, refused);
        }
    }

    /**
     * Checks the structural rules listed in the class description.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(!audience().isEmpty(), SurveyViolation.AUDIENCE_EMPTY, "audience");
        Set<OrgUnitId> seen = new HashSet<>();
        for (int i = 0; i < audience().size(); i++) {
            violations.check(
                    seen.add(audience().get(i)),
                    SurveyViolation.AUDIENCE_DUPLICATE,
                    "audience[" + i + "]",
                    audience().get(i));
        }
        violations.check(
                closedAt().isPresent() == (status() == SurveyStatus.CLOSED),
                SurveyViolation.CLOSED_AT_INCONSISTENT,
                "closedAt");
        closedAt()
                .ifPresent(closed -> violations.check(
                        !closed.isBefore(openedAt()),
                        SurveyViolation.CLOSED_BEFORE_OPENED,
                        "closedAt",
                        closed,
                        openedAt()));
        violations.check(version() >= 0, SurveyViolation.VERSION_NEGATIVE, "version", version());
        violations.throwIfAny();
    }

    /**
     * Returns a copy with another optimistic-locking version, for persistence implementations; the
     * model never changes the version itself.
     *
     * @param version the version, not negative
     * @return the copy, never null
     * @throws org.learningmentor.core.common.ValidationException when the version is negative
     */
    public abstract Survey withVersion(long version);

    @JsonCreator
    private static Survey fromJson(ImmutableSurvey value) {
        return value;
    }

    /** Builds a survey; throws a {@link org.learningmentor.core.common.ValidationException} listing every violation. */
    public static final class Builder extends ImmutableSurvey.Builder {}
}
