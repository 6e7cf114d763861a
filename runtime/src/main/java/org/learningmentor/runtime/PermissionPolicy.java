package org.learningmentor.runtime;

import static org.learningmentor.core.person.Role.HR;
import static org.learningmentor.core.person.Role.LEARNING_SPECIALIST;
import static org.learningmentor.core.person.Role.MANAGEMENT;
import static org.learningmentor.core.person.Role.MENTOR;
import static org.learningmentor.core.person.Role.TRAINER;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.person.Role;

/**
 * The permission table: for each {@link Permission}, the roles that hold it and how far ({@link
 * Scope#ANY} record of the organization, or only the actor's {@link Scope#OWN}). An actor holds a
 * permission when one of their roles does; with several roles, the widest scope counts.
 *
 * <pre>{@code
 * PermissionPolicy policy = PermissionPolicy.defaults()
 *         .allow(Permission.PROGRAM_CREATE, Role.MANAGEMENT)            // management may create too
 *         .deny(Permission.PROGRAM_HOLD_HR_DAY, Role.TRAINER);
 * LearningMentor.builder()...permissionPolicy(policy).build();
 * }</pre>
 *
 * <p>{@link #defaults()} is the table documented in the runtime's README ({@link #toMarkdown()}
 * writes it); a host tailors a copy with {@link #allow} and {@link #deny}. Rules of the domain model
 * (only management sets goals, a sponsor holds MANAGEMENT) are checked by the model whatever the
 * table says; the table can only narrow who reaches them.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class PermissionPolicy {

    private static final PermissionPolicy EMPTY = new PermissionPolicy(new EnumMap<>(Permission.class));
    private static final PermissionPolicy DEFAULTS = buildDefaults();

    private final Map<Permission, Map<Role, Scope>> grants;

    private PermissionPolicy(Map<Permission, Map<Role, Scope>> grants) {
        this.grants = grants;
    }

    /**
     * Returns the default table, as documented in the runtime's README.
     *
     * @return the policy, never null
     */
    public static PermissionPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a table that grants nothing, for hosts that build theirs from scratch.
     *
     * @return the policy, never null
     */
    public static PermissionPolicy empty() {
        return EMPTY;
    }

    private static PermissionPolicy buildDefaults() {
        Set<Role> all = EnumSet.allOf(Role.class);
        PermissionPolicy p = EMPTY;
        // organization: everyone sees it; HR keeps it
        p = p.allow(Permission.ORGANIZATION_VIEW, all, Scope.ANY);
        for (Permission permission : EnumSet.of(
                Permission.ORGANIZATION_RENAME,
                Permission.ORGANIZATION_CHANGE_SETTINGS,
                Permission.ORGANIZATION_CHANGE_LANGUAGES,
                Permission.UNIT_ADD,
                Permission.UNIT_RENAME,
                Permission.UNIT_MOVE,
                Permission.UNIT_CLOSE)) {
            p = p.allow(permission, HR);
        }
        // people: personal data for those who run the programme; everyone sees themself
        p = p.allow(Permission.PERSON_VIEW, all, Scope.OWN)
                .allow(Permission.PERSON_VIEW, EnumSet.of(MANAGEMENT, HR, LEARNING_SPECIALIST, TRAINER), Scope.ANY);
        p = p.allow(Permission.PERSON_LIST, EnumSet.of(MANAGEMENT, HR, LEARNING_SPECIALIST, TRAINER), Scope.ANY);
        // mentoring is voluntary: everyone volunteers or withdraws for themself, HR records it for others
        p = p.allow(Permission.PERSON_VOLUNTEER, all, Scope.OWN).allow(Permission.PERSON_VOLUNTEER, HR);
        p = p.allow(Permission.PERSON_WITHDRAW_CONSENT, all, Scope.OWN).allow(Permission.PERSON_WITHDRAW_CONSENT, HR);
        for (Permission permission : EnumSet.of(
                Permission.PERSON_ADD,
                Permission.PERSON_GRANT_ROLE,
                Permission.PERSON_REVOKE_ROLE,
                Permission.PERSON_MOVE,
                Permission.PERSON_ASSIGN_MANAGER)) {
            p = p.allow(permission, HR);
        }
        // programme
        p = p.allow(Permission.PROGRAM_VIEW, all, Scope.ANY).allow(Permission.PROGRAM_LIST, all, Scope.ANY);
        p = p.allow(Permission.PROGRAM_CREATE, HR);
        p = p.allow(Permission.PROGRAM_NAME_SPONSOR, HR).allow(Permission.PROGRAM_NAME_SPONSOR, MANAGEMENT);
        p = p.allow(Permission.PROGRAM_NAME_COORDINATOR, HR).allow(Permission.PROGRAM_NAME_COORDINATOR, MANAGEMENT);
        p = p.allow(Permission.PROGRAM_HOLD_HR_DAY, HR).allow(Permission.PROGRAM_HOLD_HR_DAY, TRAINER);
        p = p.allow(Permission.PROGRAM_RECORD_CULTURE_ANALYSIS, HR)
                .allow(Permission.PROGRAM_RECORD_CULTURE_ANALYSIS, LEARNING_SPECIALIST);
        p = p.allow(Permission.PROGRAM_CHOOSE_DEVELOPMENT_TARGET, HR)
                .allow(Permission.PROGRAM_CHOOSE_DEVELOPMENT_TARGET, LEARNING_SPECIALIST);
        p = p.allow(Permission.PROGRAM_SET_GOAL, MANAGEMENT);
        p = p.allow(Permission.PROGRAM_ENROLL_MENTOR, HR).allow(Permission.PROGRAM_ENROLL_MENTOR, MENTOR, Scope.OWN);
        p = p.allow(Permission.PROGRAM_WITHDRAW_MENTOR, all, Scope.OWN).allow(Permission.PROGRAM_WITHDRAW_MENTOR, HR);
        for (Permission permission : EnumSet.of(
                Permission.PROGRAM_SCHEDULE_SESSION,
                Permission.PROGRAM_HOLD_SESSION,
                Permission.PROGRAM_RECORD_ATTENDANCE,
                Permission.PROGRAM_GIVE_ASSIGNMENT)) {
            p = p.allow(permission, HR).allow(permission, TRAINER);
        }
        p = p.allow(Permission.PROGRAM_SUBMIT_ASSIGNMENT, EnumSet.of(HR, TRAINER), Scope.ANY)
                .allow(Permission.PROGRAM_SUBMIT_ASSIGNMENT, MENTOR, Scope.OWN);
        p = p.allow(Permission.PROGRAM_HOLD_MENTOR_HR_MEETING, HR);
        p = p.allow(Permission.PROGRAM_WRITE_CREDO, HR).allow(Permission.PROGRAM_WRITE_CREDO, MENTOR, Scope.OWN);
        p = p.allow(Permission.PROGRAM_ADD_ACTION_ITEM, HR).allow(Permission.PROGRAM_ADD_ACTION_ITEM, MANAGEMENT);
        p = p.allow(Permission.PROGRAM_CHANGE_ACTION_ITEM_STATUS, all, Scope.OWN)
                .allow(Permission.PROGRAM_CHANGE_ACTION_ITEM_STATUS, EnumSet.of(HR, MANAGEMENT), Scope.ANY);
        p = p.allow(Permission.PROGRAM_ARRANGE_SUPPORT, HR)
                .allow(Permission.PROGRAM_ARRANGE_SUPPORT, LEARNING_SPECIALIST);
        p = p.allow(Permission.PROGRAM_RECORD_CHECKPOINT, HR)
                .allow(Permission.PROGRAM_RECORD_CHECKPOINT, LEARNING_SPECIALIST);
        p = p.allow(Permission.PROGRAM_RECORD_EVALUATION, HR);
        p = p.allow(Permission.PROGRAM_ADVANCE, HR);
        p = p.allow(Permission.PROGRAM_GO_BACK, HR);
        // a programme document holds personal data and the raw survey responses, which no other
        // use case shows (profiles suppress small groups), so only HR, who keeps the programme's
        // data, moves whole programmes in or out
        p = p.allow(Permission.PROGRAM_EXPORT, HR);
        p = p.allow(Permission.PROGRAM_IMPORT, HR);
        // pairs: who pairs with whom is seen by those who run the programme and by the two people;
        // pairing is voluntary, so each person proposes, answers and withdraws only for themself
        Set<Role> runners = EnumSet.of(MANAGEMENT, HR, LEARNING_SPECIALIST, TRAINER);
        p = p.allow(Permission.PAIR_VIEW, all, Scope.OWN).allow(Permission.PAIR_VIEW, runners, Scope.ANY);
        p = p.allow(Permission.PAIR_LIST, runners, Scope.ANY);
        p = p.allow(Permission.PAIR_PROPOSE, MENTOR, Scope.OWN);
        p = p.allow(Permission.PAIR_FORM, HR);
        p = p.allow(Permission.PAIR_ACCEPT, all, Scope.OWN);
        p = p.allow(Permission.PAIR_DECLINE, all, Scope.OWN);
        p = p.allow(Permission.PAIR_WITHDRAW, all, Scope.OWN);
        p = p.allow(Permission.PAIR_END, all, Scope.OWN).allow(Permission.PAIR_END, HR);
        p = p.allow(Permission.PAIR_SUGGEST, HR);
        // plans: mentors write their own; HR approves or returns them; the programme's runners read them
        p = p.allow(Permission.PLAN_VIEW, all, Scope.OWN).allow(Permission.PLAN_VIEW, runners, Scope.ANY);
        p = p.allow(Permission.PLAN_LIST, runners, Scope.ANY);
        for (Permission permission : EnumSet.of(
                Permission.PLAN_DRAFT, Permission.PLAN_EDIT, Permission.PLAN_SUBMIT, Permission.PLAN_RECORD_PROGRESS)) {
            p = p.allow(permission, MENTOR, Scope.OWN);
        }
        p = p.allow(Permission.PLAN_APPROVE, HR);
        p = p.allow(Permission.PLAN_RETURN, HR);
        p = p.allow(Permission.PLAN_COMPLETE, MENTOR, Scope.OWN).allow(Permission.PLAN_COMPLETE, HR);
        p = p.allow(Permission.PLAN_CANCEL, MENTOR, Scope.OWN).allow(Permission.PLAN_CANCEL, HR);
        // surveys: everyone may see what is asked; HR and learning specialists run them; results
        // (suppressed below the anonymity threshold) go to management, HR and learning specialists
        p = p.allow(Permission.SURVEY_VIEW, all, Scope.ANY);
        p = p.allow(Permission.SURVEY_OPEN, EnumSet.of(HR, LEARNING_SPECIALIST), Scope.ANY);
        p = p.allow(Permission.SURVEY_CLOSE, EnumSet.of(HR, LEARNING_SPECIALIST), Scope.ANY);
        p = p.allow(Permission.SURVEY_VIEW_PROFILE, EnumSet.of(MANAGEMENT, HR, LEARNING_SPECIALIST), Scope.ANY);
        // evaluations: HR runs them; management and learning specialists read them with HR
        p = p.allow(Permission.EVALUATION_VIEW, EnumSet.of(MANAGEMENT, HR, LEARNING_SPECIALIST), Scope.ANY);
        p = p.allow(Permission.EVALUATION_RUN, HR);
        return p;
    }

    /**
     * Returns a copy in which the role holds the permission for any record.
     *
     * @param permission the permission, not null
     * @param role the role, not null
     * @return the tailored copy, never null
     */
    public PermissionPolicy allow(Permission permission, Role role) {
        return allow(permission, role, Scope.ANY);
    }

    /**
     * Returns a copy in which the role holds the permission with the scope, replacing the role's
     * earlier grant of it.
     *
     * @param permission the permission, not null
     * @param role the role, not null
     * @param scope the scope, not null
     * @return the tailored copy, never null
     */
    public PermissionPolicy allow(Permission permission, Role role, Scope scope) {
        return allow(permission, EnumSet.of(Objects.requireNonNull(role, "role")), scope);
    }

    /**
     * Returns a copy in which each of the roles holds the permission with the scope, replacing
     * their earlier grants of it.
     *
     * @param permission the permission, not null
     * @param roles the roles, not null, no null elements
     * @param scope the scope, not null
     * @return the tailored copy, never null
     */
    public PermissionPolicy allow(Permission permission, Collection<Role> roles, Scope scope) {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(scope, "scope");
        Map<Permission, Map<Role, Scope>> copy = copyGrants();
        Map<Role, Scope> row = copy.computeIfAbsent(permission, k -> new EnumMap<>(Role.class));
        for (Role role : roles) {
            row.put(Objects.requireNonNull(role, "roles contains null"), scope);
        }
        return new PermissionPolicy(copy);
    }

    /**
     * Returns a copy in which the role does not hold the permission.
     *
     * @param permission the permission, not null
     * @param role the role, not null
     * @return the tailored copy, never null
     */
    public PermissionPolicy deny(Permission permission, Role role) {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(role, "role");
        Map<Permission, Map<Role, Scope>> copy = copyGrants();
        Map<Role, Scope> row = copy.get(permission);
        if (row != null) {
            row.remove(role);
            if (row.isEmpty()) {
                copy.remove(permission);
            }
        }
        return new PermissionPolicy(copy);
    }

    /**
     * Returns how far a role holds a permission.
     *
     * @param permission the permission, not null
     * @param role the role, not null
     * @return the scope, or empty when the role does not hold the permission
     */
    public Optional<Scope> scope(Permission permission, Role role) {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(role, "role");
        return Optional.ofNullable(grants.getOrDefault(permission, Map.of()).get(role));
    }

    /**
     * Returns the widest scope in which any of the roles holds a permission.
     *
     * @param permission the permission, not null
     * @param roles the roles, not null
     * @return the widest scope, or empty when none of the roles holds the permission
     */
    public Optional<Scope> scope(Permission permission, Collection<Role> roles) {
        Objects.requireNonNull(roles, "roles");
        Scope widest = null;
        for (Role role : roles) {
            Scope scope = scope(permission, role).orElse(null);
            if (scope != null && (widest == null || scope.includes(widest))) {
                widest = scope;
            }
        }
        return Optional.ofNullable(widest);
    }

    /**
     * Returns whether the actor may attempt the use case at all: one of their roles holds the
     * permission, for any record or for their own. A user interface can hide what this denies.
     *
     * @param actor the actor, not null
     * @param permission the permission, not null
     * @return true when one of the actor's roles holds the permission
     */
    public boolean allows(Actor actor, Permission permission) {
        Objects.requireNonNull(actor, "actor");
        return scope(permission, actor.roles()).isPresent();
    }

    /**
     * Returns whether the actor may use the permission on a record with the given owners: a role
     * holds it for any record, or holds it for own records and the actor is one of the owners.
     *
     * @param actor the actor, not null
     * @param permission the permission, not null
     * @param owners the people the record belongs to or concerns, not null (empty: no one's own)
     * @return true when allowed
     */
    public boolean allows(Actor actor, Permission permission, Set<PersonId> owners) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(owners, "owners");
        return scope(permission, actor.roles())
                .map(scope -> scope == Scope.ANY || owners.contains(actor.personId()))
                .orElse(false);
    }

    /**
     * Writes the table as Markdown, one row per permission and one column per role: {@code ✓} for
     * any record, {@code own} for the actor's own, {@code –} for none. The runtime's README shows
     * {@code defaults().toMarkdown()}.
     *
     * @return the table, lines ending with {@code \n}; never null
     */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder("| permission |");
        for (Role role : Role.values()) {
            out.append(' ').append(role).append(" |");
        }
        out.append("\n|---|");
        out.append(":---:|".repeat(Role.values().length));
        out.append('\n');
        for (Permission permission : Permission.values()) {
            out.append("| `").append(permission).append("` |");
            for (Role role : Role.values()) {
                String cell = scope(permission, role)
                        .map(scope -> scope == Scope.ANY ? "✓" : "own")
                        .orElse("–");
                out.append(' ').append(cell).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private Map<Permission, Map<Role, Scope>> copyGrants() {
        Map<Permission, Map<Role, Scope>> copy = new EnumMap<>(Permission.class);
        grants.forEach((permission, row) -> copy.put(permission, new EnumMap<>(row)));
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PermissionPolicy that && grants.equals(that.grants);
    }

    @Override
    public int hashCode() {
        return grants.hashCode();
    }

    @Override
    public String toString() {
        return "PermissionPolicy" + grants;
    }
}
