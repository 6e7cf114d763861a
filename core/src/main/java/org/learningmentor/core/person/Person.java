package org.learningmentor.core.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.immutables.value.Value;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.CommonViolation;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.internal.MissingAttributesException;

/**
 * Someone in an organization (työntekijä), with their roles and, for volunteers, their {@linkplain
 * MentorEnrollment mentor enrolment}. A person belongs to one organization and one unit (work
 * community), may have a manager, and holds as little personal data as the programme needs: a
 * display name, an e-mail address and a preferred language.
 *
 * <pre>{@code
 * Person aino = Person.builder()
 *         .id(PersonId.next(ids))
 *         .organizationId(agency)
 *         .unitId(finance)
 *         .displayName("Aino Virtanen")
 *         .email("aino.virtanen@example.fi")
 *         .addRoles(Role.EMPLOYEE)
 *         .language(Language.FI)
 *         .build();
 * Change<Person> change = aino.volunteerAsMentor(aino.id(), clock.instant());
 * }</pre>
 *
 * <p>A person changes only through commands, each taking the acting person and the time and
 * returning a {@link Change} with one {@link PersonEvent} for the audit trail: {@link
 * #volunteerAsMentor}, {@link #withdrawMentorConsent}, {@link #grantRole}, {@link #revokeRole},
 * {@link #moveToUnit} and {@link #assignManager}. A refused command throws an {@link
 * EnrollmentException} or a {@link PersonRuleException} naming every rule it broke, and leaves the
 * person as it was.
 *
 * <p>Rules checked on every instance:
 *
 * <ul>
 *   <li>the display name is not blank and has at most {@value #MAX_DISPLAY_NAME_LENGTH} characters
 *       ({@code common.text.too-long});
 *   <li>the e-mail address is plausible ({@code local@domain.tld}) and has at most {@value
 *       #MAX_EMAIL_LENGTH} characters ({@code common.text.too-long});
 *   <li>the person holds at least one role, and one besides {@link Role#MENTOR}, so that
 *       withdrawing consent never leaves them with none;
 *   <li>the person holds {@link Role#MENTOR} exactly while their mentor consent is in force;
 *   <li>the person is not their own manager; the version is not negative.
 * </ul>
 *
 * <p>The display name, the e-mail address and withdrawal reasons are personal data: they never
 * appear in {@link #toString()} or in exception messages. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Person {

    /** The longest display name accepted, in characters. */
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    /** The longest e-mail address accepted, in characters (the limit of RFC 5321 paths). */
    public static final int MAX_EMAIL_LENGTH = 254;

    private static final int MAX_EMAIL_LOCAL_PART_LENGTH = 64;
    private static final int MAX_DOMAIN_LABEL_LENGTH = 63;
    private static final String LOCAL_PART_SYMBOLS = "!#$%&'*+-/=?^_`{|}~.";

    Person() {}

    // @JsonProperty on the accessors lets Jackson write this type's properties when a host writes it
    // with its declared type (writerFor(Person.class)); the generated class alone would give {}.

    /**
     * Returns the person's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract PersonId id();

    /**
     * Returns the organization (tenant) the person belongs to.
     *
     * @return the organization id, never null
     */
    @JsonProperty("organizationId")
    public abstract OrganizationId organizationId();

    /**
     * Returns the unit (work community) the person works in.
     *
     * @return the unit id, never null
     */
    @JsonProperty("unitId")
    public abstract OrgUnitId unitId();

    /**
     * Returns the name shown for the person, such as {@code "Aino Virtanen"}: not blank, at most
     * {@value #MAX_DISPLAY_NAME_LENGTH} characters. Personal data, redacted from {@link
     * #toString()}.
     *
     * @return the display name, never null
     */
    @JsonProperty("displayName")
    @Value.Redacted
    public abstract String displayName();

    /**
     * Returns the person's e-mail address, such as {@code "aino.virtanen@example.fi"}, as given: a
     * plausible address of at most {@value #MAX_EMAIL_LENGTH} characters. Domains are
     * case-insensitive; compare them ignoring case. Personal data, redacted from {@link
     * #toString()}.
     *
     * @return the e-mail address, never null
     */
    @JsonProperty("email")
    @Value.Redacted
    public abstract String email();

    /**
     * Returns the person's roles: at least one, iterated (and written to JSON) in the order the
     * {@link Role} constants are declared. {@link Role#MENTOR} is present exactly while the
     * person's mentor consent is in force.
     *
     * @return an unmodifiable, non-empty set, never null
     */
    @JsonProperty("roles")
    public abstract Set<Role> roles();

    /**
     * Returns the person's manager, never the person themself. Used, for example, to keep a person
     * from being paired with their own manager.
     *
     * @return the manager's id, empty when the person has none (or none is recorded)
     */
    @JsonProperty("managerId")
    public abstract Optional<PersonId> managerId();

    /**
     * Returns the language the person prefers for messages and documents.
     *
     * @return the language, never null
     */
    @JsonProperty("language")
    public abstract Language language();

    /**
     * Returns the person's mentor enrolment: the history of consent given and withdrawn.
     *
     * @return the enrolment, {@link MentorEnrollment#none()} by default; never null
     */
    @JsonProperty("enrollment")
    @Value.Default
    public MentorEnrollment enrollment() {
        return MentorEnrollment.none();
    }

    /**
     * Returns the optimistic-locking version managed by the persistence layer: 0 for a person never
     * stored. Commands keep the version; the repository advances it when it saves.
     *
     * @return the version, not negative
     */
    @JsonProperty("version")
    @Value.Default
    public long version() {
        return 0;
    }

    /**
     * Returns whether the person holds a role.
     *
     * @param role the role, not null
     * @return true when {@link #roles()} contains it
     */
    public boolean hasRole(Role role) {
        return roles().contains(Objects.requireNonNull(role, "role"));
    }

    /**
     * Returns whether the person is an active learning mentor: holds {@link Role#MENTOR} with
     * consent in force.
     *
     * @return true for an active mentor
     */
    @JsonIgnore
    public boolean isActiveMentor() {
        return hasRole(Role.MENTOR) && enrollment().isConsentGiven();
    }

    /**
     * Volunteers the person as a learning mentor: records consent given at {@code at}, adds {@link
     * Role#MENTOR} and emits {@link MentorConsentGiven}. A person whose consent was withdrawn may
     * volunteer again; the history keeps every record.
     *
     * <p>Who may act (the person themself, or HR on their behalf) is decided by the runtime's
     * authorization; the event records the actor.
     *
     * @param actor the person who acts, not null
     * @param at when consent is given, from the caller's clock, not null
     * @return the new state and one {@link MentorConsentGiven} event, never null
     * @throws EnrollmentException when consent is already in force ({@code
     *     person.enrollment.already-consenting}) or {@code at} is earlier than the last record of
     *     the history ({@code person.enrollment.time-before-last-record}); every applicable rule is
     *     listed and this person is unchanged
     */
    public Change<Person> volunteerAsMentor(PersonId actor, Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = new ArrayList<>();
        enrollment()
                .consentGivenAt()
                .ifPresent(since ->
                        refused.add(Violation.of(PersonViolation.ENROLLMENT_ALREADY_CONSENTING, "enrollment", since)));
        refuseTimeBeforeLastRecord(at, refused);
        if (!refused.isEmpty()) {
            throw new EnrollmentException(id(), "volunteer as a mentor", refused);
        }
        EnumSet<Role> roles = EnumSet.copyOf(roles());
        roles.add(Role.MENTOR);
        Person next = copy(roles, unitId(), managerId(), enrollment().append(ConsentRecord.given(at)));
        return Change.of(
                next,
                MentorConsentGiven.builder()
                        .organizationId(organizationId())
                        .actor(actor)
                        .occurredAt(at)
                        .personId(id())
                        .build());
    }

    /**
     * Withdraws the person's consent to act as a learning mentor: records the withdrawal with its
     * reason in the consent history, removes {@link Role#MENTOR} and emits {@link
     * MentorConsentWithdrawn}. The history is kept, and the person may volunteer again later.
     *
     * <p>The reason is personal free text: it stays in the person's {@link MentorEnrollment} and is
     * not copied into the event, which leaves the aggregate for the outbox and other systems.
     *
     * <p>A blank or too long reason is invalid data, not a refused rule: it gives a {@link
     * ValidationException} ({@code person.consent.reason-blank} or {@code common.text.too-long} at
     * path {@code reason}), checked before the rules.
     *
     * @param actor the person who acts, not null
     * @param at when consent is withdrawn, from the caller's clock, not null
     * @param reason why, personal free text: not null, not blank, at most {@value
     *     ConsentRecord#MAX_REASON_LENGTH} characters
     * @return the new state and one {@link MentorConsentWithdrawn} event, never null
     * @throws ValidationException when the reason is blank or too long
     * @throws EnrollmentException when no consent is in force ({@code
     *     person.enrollment.no-active-consent}) or {@code at} is earlier than the last record of the
     *     history ({@code person.enrollment.time-before-last-record}); every applicable rule is
     *     listed and this person is unchanged
     */
    public Change<Person> withdrawMentorConsent(PersonId actor, Instant at, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        ConsentRecord withdrawal = ConsentRecord.withdrawn(at, reason);
        List<Violation> refused = new ArrayList<>();
        if (!enrollment().isConsentGiven()) {
            refused.add(Violation.of(PersonViolation.ENROLLMENT_NO_ACTIVE_CONSENT, "enrollment"));
        }
        refuseTimeBeforeLastRecord(at, refused);
        if (!refused.isEmpty()) {
            throw new EnrollmentException(id(), "withdraw mentor consent", refused);
        }
        EnumSet<Role> roles = EnumSet.copyOf(roles());
        roles.remove(Role.MENTOR);
        Person next = copy(roles, unitId(), managerId(), enrollment().append(withdrawal));
        return Change.of(
                next,
                MentorConsentWithdrawn.builder()
                        .organizationId(organizationId())
                        .actor(actor)
                        .occurredAt(at)
                        .personId(id())
                        .build());
    }

    /**
     * Grants the person a role, such as {@link Role#HR} or {@link Role#TRAINER}, and emits {@link
     * RoleGranted}.
     *
     * @param role the role to grant, not null and not {@link Role#MENTOR}
     * @param actor the person who acts, not null
     * @param at when the role is granted, from the caller's clock, not null
     * @return the new state and one {@link RoleGranted} event, never null
     * @throws PersonRuleException when the role is {@link Role#MENTOR} ({@code
     *     person.role.mentor-by-consent}: it follows mentor consent, see {@link
     *     #volunteerAsMentor}) or already held ({@code person.role.already-held}), both at path
     *     {@code role}; every applicable rule is listed and this person is unchanged
     */
    public Change<Person> grantRole(Role role, PersonId actor, Instant at) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = new ArrayList<>();
        if (role == Role.MENTOR) {
            refused.add(Violation.of(PersonViolation.ROLE_MENTOR_BY_CONSENT, "role"));
        }
        if (hasRole(role)) {
            refused.add(Violation.of(PersonViolation.ROLE_ALREADY_HELD, "role", role));
        }
        if (!refused.isEmpty()) {
            throw new PersonRuleException(id(), "be granted the role " + role, refused);
        }
        EnumSet<Role> roles = EnumSet.copyOf(roles());
        roles.add(role);
        return Change.of(
                copy(roles, unitId(), managerId(), enrollment()),
                RoleGranted.builder()
                        .organizationId(organizationId())
                        .actor(actor)
                        .occurredAt(at)
                        .personId(id())
                        .role(role)
                        .build());
    }

    /**
     * Revokes one of the person's roles and emits {@link RoleRevoked}. The person keeps at least
     * one role besides {@link Role#MENTOR}, so that withdrawing consent never leaves them with none.
     *
     * @param role the role to revoke, not null and not {@link Role#MENTOR}
     * @param actor the person who acts, not null
     * @param at when the role is revoked, from the caller's clock, not null
     * @return the new state and one {@link RoleRevoked} event, never null
     * @throws PersonRuleException when the role is {@link Role#MENTOR} ({@code
     *     person.role.mentor-by-consent}: it follows mentor consent, see {@link
     *     #withdrawMentorConsent}), not held ({@code person.role.not-held}) or the person's last
     *     role apart from MENTOR ({@code person.role.last}), all at path {@code role}; every
     *     applicable rule is listed and this person is unchanged
     */
    public Change<Person> revokeRole(Role role, PersonId actor, Instant at) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = new ArrayList<>();
        if (role == Role.MENTOR) {
            refused.add(Violation.of(PersonViolation.ROLE_MENTOR_BY_CONSENT, "role"));
        }
        if (!hasRole(role)) {
            refused.add(Violation.of(PersonViolation.ROLE_NOT_HELD, "role", role));
        } else if (role != Role.MENTOR && roles().stream().noneMatch(other -> other != role && other != Role.MENTOR)) {
            refused.add(Violation.of(PersonViolation.ROLE_LAST, "role", role));
        }
        if (!refused.isEmpty()) {
            throw new PersonRuleException(id(), "have the role " + role + " revoked", refused);
        }
        EnumSet<Role> roles = EnumSet.copyOf(roles());
        roles.remove(role);
        return Change.of(
                copy(roles, unitId(), managerId(), enrollment()),
                RoleRevoked.builder()
                        .organizationId(organizationId())
                        .actor(actor)
                        .occurredAt(at)
                        .personId(id())
                        .role(role)
                        .build());
    }

    /**
     * Moves the person to another unit (work community) and emits {@link PersonMovedToUnit} with
     * the previous and the new unit. That the unit exists and is open in the person's organization
     * is for the caller to check against the {@code Organization}; a person does not know the unit
     * tree.
     *
     * @param unitId the unit to move to, not null
     * @param actor the person who acts, not null
     * @param at when the person moves, from the caller's clock, not null
     * @return the new state and one {@link PersonMovedToUnit} event, never null
     * @throws PersonRuleException when the person already works in the unit ({@code
     *     person.unit.unchanged} at path {@code unitId}); this person is unchanged
     */
    public Change<Person> moveToUnit(OrgUnitId unitId, PersonId actor, Instant at) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (unitId.equals(unitId())) {
            throw new PersonRuleException(
                    id(),
                    "be moved to unit " + unitId,
                    List.of(Violation.of(PersonViolation.UNIT_UNCHANGED, "unitId", unitId)));
        }
        return Change.of(
                copy(roles(), unitId, managerId(), enrollment()),
                PersonMovedToUnit.builder()
                        .organizationId(organizationId())
                        .actor(actor)
                        .occurredAt(at)
                        .personId(id())
                        .previousUnitId(unitId())
                        .unitId(unitId)
                        .build());
    }

    /**
     * Gives the person another manager, or removes their manager, and emits {@link
     * ManagerAssigned} with the previous and the new manager.
     *
     * <p>Naming the person as their own manager is invalid data, not a refused rule: it gives a
     * {@link ValidationException} ({@code person.manager.self} at path {@code managerId}), checked
     * before the rules.
     *
     * @param managerId the new manager, empty to remove the manager; not null
     * @param actor the person who acts, not null
     * @param at when the manager changes, from the caller's clock, not null
     * @return the new state and one {@link ManagerAssigned} event, never null
     * @throws ValidationException when the manager is the person themself
     * @throws PersonRuleException when the person already has this manager, or already has none
     *     ({@code person.manager.unchanged} at path {@code managerId}); this person is unchanged
     */
    public Change<Person> assignManager(Optional<PersonId> managerId, PersonId actor, Instant at) {
        Objects.requireNonNull(managerId, "managerId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (managerId.equals(Optional.of(id()))) {
            throw new ValidationException(Violation.of(PersonViolation.MANAGER_SELF, "managerId"));
        }
        if (managerId.equals(managerId())) {
            throw new PersonRuleException(
                    id(),
                    managerId.map(m -> "be assigned manager " + m).orElse("have the manager removed"),
                    List.of(Violation.of(PersonViolation.MANAGER_UNCHANGED, "managerId")));
        }
        return Change.of(
                copy(roles(), unitId(), managerId, enrollment()),
                ManagerAssigned.builder()
                        .organizationId(organizationId())
                        .actor(actor)
                        .occurredAt(at)
                        .personId(id())
                        .previousManagerId(managerId())
                        .managerId(managerId)
                        .build());
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a person from its JSON form. Written by hand, not left to the generated JSON helper,
     * because people are read by the thousand (see the JSON benchmark): the properties land in a
     * record through one constructor call, and the role and language names are parsed here rather
     * than through Jackson's factory-based enum path, which cost more than the rest of reading a
     * person. The outcome is the builder's: missing required properties give {@code
     * common.value.required} for each, unknown roles or languages their own violations, all at once.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static Person fromJson(JsonForm json) {
        Builder builder = builder();
        List<String> missing = new ArrayList<>(0);
        Violations invalid = new Violations();
        required(json.id(), "id", missing, builder::id);
        required(json.organizationId(), "organizationId", missing, builder::organizationId);
        required(json.unitId(), "unitId", missing, builder::unitId);
        required(json.displayName(), "displayName", missing, builder::displayName);
        required(json.email(), "email", missing, builder::email);
        // Like the builder, a missing role list is an empty one: the check reports person.roles.empty.
        List<String> names = json.roles() == null ? List.of() : json.roles();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null) {
                invalid.add(CommonViolation.VALUE_REQUIRED, "roles[" + i + "]");
            } else {
                parse(() -> builder.addRoles(Role.parse(name)), invalid);
            }
        }
        required(
                json.language(),
                "language",
                missing,
                code -> parse(() -> builder.language(Language.parse(code)), invalid));
        if (!missing.isEmpty()) {
            throw new MissingAttributesException(missing.toArray(String[]::new));
        }
        invalid.throwIfAny();
        if (json.managerId() != null) {
            builder.managerId(json.managerId());
        }
        if (json.enrollment() != null) {
            builder.enrollment(json.enrollment());
        }
        if (json.version() != null) {
            builder.version(json.version());
        }
        return builder.build();
    }

    /** The JSON form of a person, as written; {@link #fromJson(JsonForm)} validates it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record JsonForm(
            @JsonProperty("id") PersonId id,
            @JsonProperty("organizationId") OrganizationId organizationId,
            @JsonProperty("unitId") OrgUnitId unitId,
            @JsonProperty("displayName") String displayName,
            @JsonProperty("email") String email,
            @JsonProperty("roles") List<String> roles,
            @JsonProperty("managerId") PersonId managerId,
            @JsonProperty("language") String language,
            @JsonProperty("enrollment") MentorEnrollment enrollment,
            @JsonProperty("version") Long version) {}

    private static <T> void required(T value, String name, List<String> missing, Consumer<T> set) {
        if (value == null) {
            missing.add(name);
        } else {
            set.accept(value);
        }
    }

    private static void parse(Runnable parse, Violations invalid) {
        try {
            parse.run();
        } catch (ValidationException e) {
            invalid.addAll(e.violations());
        }
    }

    private void refuseTimeBeforeLastRecord(Instant at, List<Violation> refused) {
        enrollment().lastRecord().map(ConsentRecord::at).ifPresent(last -> {
            if (at.isBefore(last)) {
                refused.add(Violation.of(PersonViolation.ENROLLMENT_TIME_BEFORE_LAST_RECORD, "at", at, last));
            }
        });
    }

    /**
     * Builds a full copy at once, so that checks see the final state, never a half-changed one. For
     * the commands only: state changes of a person go through commands that emit events.
     */
    private Person copy(Set<Role> roles, OrgUnitId unitId, Optional<PersonId> managerId, MentorEnrollment enrollment) {
        return builder()
                .id(id())
                .organizationId(organizationId())
                .unitId(unitId)
                .displayName(displayName())
                .email(email())
                .addAllRoles(roles)
                .managerId(managerId)
                .language(language())
                .enrollment(enrollment)
                .version(version())
                .build();
    }

    /**
     * Checks the rules listed in the type's description.
     *
     * @throws ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        String name = displayName();
        violations.check(!name.isBlank(), PersonViolation.DISPLAY_NAME_BLANK, "displayName");
        violations.checkMaxLength(name, MAX_DISPLAY_NAME_LENGTH, "displayName");
        String email = email();
        // The length first: a 10 MB text is refused without being scanned.
        if (violations.checkMaxLength(email, MAX_EMAIL_LENGTH, "email")) {
            violations.check(isPlausibleEmail(email), PersonViolation.EMAIL_MALFORMED, "email");
        }
        boolean mentor = roles().contains(Role.MENTOR);
        boolean consent = enrollment().isConsentGiven();
        if (violations.check(!roles().isEmpty(), PersonViolation.ROLES_EMPTY, "roles")) {
            violations.check(!roles().equals(Set.of(Role.MENTOR)), PersonViolation.ROLES_ONLY_MENTOR, "roles");
        }
        violations.check(!mentor || consent, PersonViolation.ROLES_MENTOR_WITHOUT_CONSENT, "roles");
        violations.check(!consent || mentor, PersonViolation.ROLES_MENTOR_MISSING, "roles");
        violations.check(
                managerId().map(manager -> !manager.equals(id())).orElse(true),
                PersonViolation.MANAGER_SELF,
                "managerId");
        violations.check(version() >= 0, PersonViolation.VERSION_NEGATIVE, "version", version());
        violations.throwIfAny();
    }

    /**
     * Returns whether the text is a plausible e-mail address; a sanity check, not RFC 5322:
     *
     * <ol>
     *   <li>exactly one {@code @}, with a local part of 1 to 64 characters before it;
     *   <li>the local part holds letters, digits and {@code !#$%&'*+-/=?^_`{|}~.}, with no dot at
     *       either end and no two dots in a row (quoted local parts are not accepted);
     *   <li>the domain has at least two labels separated by dots, each of 1 to 63 letters, digits
     *       or hyphens, not starting or ending with a hyphen; letters may be non-ASCII
     *       (internationalized domains);
     *   <li>the last label (top-level domain) is not all digits.
     * </ol>
     */
    static boolean isPlausibleEmail(String email) {
        // One pass, no copies: people are validated by the thousand when read (see the JSON benchmark).
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at > MAX_EMAIL_LOCAL_PART_LENGTH) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = email.charAt(i);
            if (c == '.') {
                if (i == 0 || i == at - 1 || email.charAt(i - 1) == '.') {
                    return false;
                }
            } else if (!Character.isLetterOrDigit(c) && LOCAL_PART_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        int labels = 0;
        int labelStart = at + 1;
        boolean allDigits = true;
        for (int i = labelStart; i <= email.length(); i++) {
            if (i == email.length() || email.charAt(i) == '.') {
                int length = i - labelStart;
                if (length == 0
                        || length > MAX_DOMAIN_LABEL_LENGTH
                        || email.charAt(labelStart) == '-'
                        || email.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == email.length()) {
                    break;
                }
                labelStart = i + 1;
                allDigits = true;
                continue;
            }
            char c = email.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
            allDigits &= Character.isDigit(c);
        }
        return labels >= 2 && !allDigits;
    }

    /** Builds a person; every attribute is required except managerId, enrollment and version. */
    public static final class Builder extends ImmutablePerson.Builder {}

    /**
     * Returns a copy with another optimistic-locking version, for persistence implementations; the
     * model never changes the version itself.
     *
     * @param version the version, not negative: the version the store holds after a save
     * @return the copy, never null
     * @throws ValidationException when the version is negative ({@code person.version.negative})
     */
    public abstract Person withVersion(long version);
}
