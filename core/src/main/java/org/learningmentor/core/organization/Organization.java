package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.common.Violations;

/**
 * An organization (Finnish <i>organisaatio</i>, <i>virasto</i>), the tenant: its name, the languages
 * it works in, its {@linkplain OrganizationSettings settings} and its tree of units ({@link OrgUnit},
 * work communities). Every other aggregate belongs to exactly one organization.
 *
 * <pre>{@code
 * Organization agency = Organization.create(agencyId, LocalizedText.of("Saaristovirasto", "Skärgårdsverket",
 *         "Archipelago Agency"), List.of(Language.FI, Language.SV, Language.EN));
 * Change<Organization> change = agency.addUnit(unitId, "HAL",
 *         LocalizedText.of("Hallinto", "Förvaltning", "Administration"), Optional.empty(), actor, clock.instant());
 * }</pre>
 *
 * <p><b>Structure.</b> Building an organization, by builder, by command or from JSON, checks and
 * reports together every violation of:
 *
 * <ul>
 *   <li>languages: at least one, none twice ({@code organization.languages.empty}, {@code
 *       organization.languages.duplicate} at {@code languages[i]});
 *   <li>unit ids unique ({@code organization.unit.id-duplicate} at {@code units[i].id});
 *   <li>unit codes unique, compared ignoring case, closed units included ({@code
 *       organization.unit.code-duplicate} at {@code units[i].code});
 *   <li>every parent is a unit of the organization ({@code organization.unit.parent-unknown} at
 *       {@code units[i].parentId});
 *   <li>no unit is its own ancestor ({@code organization.unit.cycle} at {@code units[i].parentId},
 *       once for each unit on a cycle);
 *   <li>no active unit under a closed one ({@code organization.unit.parent-closed} at {@code
 *       units[i].parentId});
 *   <li>each translation of the name at most {@value OrgUnit#NAME_MAX_LENGTH} characters
 *       ({@code common.text.too-long} at {@code name.<language>});
 *   <li>the version not negative ({@code organization.version.negative} at {@code version}).
 * </ul>
 *
 * A unit and the settings check their own fields when they are built (the unit code's form, the
 * anonymity threshold of at least {@value OrganizationSettings#MIN_ANONYMITY_THRESHOLD}), so an
 * organization never holds an invalid one.
 *
 * <p><b>Commands.</b> Every change of state is a command that returns the next state and exactly
 * one event, for the audit trail; there is no public copy method that changes an organization
 * silently. {@link #addUnit}, {@link #renameUnit}, {@link #moveUnit} and {@link #closeUnit} change
 * the unit tree, or throw a {@link UnitTreeException} listing every rule the command broke; {@link
 * #rename}, {@link #changeSettings} and {@link #changeLanguages} change the organization's own
 * fields, or throw an {@link OrganizationChangeException}. This organization is never changed. A
 * command that would change nothing (a rename to the same name, a move to the same parent, closing
 * a closed unit, the same settings or languages) is refused too, so that every successful command
 * is recorded by exactly one event.
 *
 * <p><b>Queries</b> use indexes built on the first query under a private lock, and walk the tree
 * with loops, not recursion, so that a deep tree cannot overflow the stack.
 *
 * <p>The JSON field names are pinned with {@code @JsonProperty} on the accessors, so that a writer
 * for this declared type writes them too; fields a reader does not know are ignored.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Organization {

    /** Guards building {@link #index}; private, so that no host can hold it. */
    private final Object indexLock = new Object();

    /** The indexes of the units, built on the first query; see {@link #index()}. */
    private volatile UnitIndex index;

    Organization() {}

    /**
     * Returns a new organization with the default settings and no units.
     *
     * @param id the organization's id, not null
     * @param name the organization's name, not null
     * @param languages the languages it works in, the primary one first; not null, not empty, no
     *     language twice
     * @return the organization, version 0; never null
     * @throws org.learningmentor.core.common.ValidationException when the languages are empty or
     *     repeat, or the name is too long
     */
    public static Organization create(OrganizationId id, LocalizedText name, List<Language> languages) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(languages, "languages");
        return builder().id(id).name(name).addAllLanguages(languages).build();
    }

    /**
     * Returns a new builder; {@code id}, {@code name} and at least one language are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the organization's identity, the tenant key of everything it holds.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract OrganizationId id();

    /**
     * Returns the organization's name.
     *
     * @return the name, never null
     */
    @JsonProperty("name")
    public abstract LocalizedText name();

    /**
     * Returns the languages the organization works in, the primary one first.
     *
     * @return an unmodifiable list, not empty, no language twice
     */
    @JsonProperty("languages")
    public abstract List<Language> languages();

    /**
     * Returns the organization's settings.
     *
     * @return the settings, {@link OrganizationSettings#defaults()} unless set; never null
     */
    @JsonProperty("settings")
    @Value.Default
    public OrganizationSettings settings() {
        return OrganizationSettings.defaults();
    }

    /**
     * Returns every unit, active and closed, in the order they were added.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("units")
    public abstract List<OrgUnit> units();

    /**
     * Returns the optimistic-locking version, managed by the persistence layer: 0 for an
     * organization never stored. Commands keep it as it is.
     *
     * @return the version, 0 unless set; not negative
     */
    @JsonProperty("version")
    @Value.Default
    public long version() {
        return 0;
    }

    /**
     * Returns the primary language, the first of {@link #languages()}.
     *
     * @return the language, never null
     */
    public Language primaryLanguage() {
        return languages().get(0);
    }

    // ---------------------------------------------------------------- queries

    /**
     * Returns the unit with the id.
     *
     * @param unitId the unit's id, not null
     * @return the unit, or empty when the organization has none with that id
     */
    public Optional<OrgUnit> unit(OrgUnitId unitId) {
        return Optional.ofNullable(unitsById().get(Objects.requireNonNull(unitId, "unitId")));
    }

    /**
     * Returns the unit with the code, compared ignoring case: {@code "hal-hr"} finds {@code HAL-HR}.
     * Closed units are found too.
     *
     * @param code the code, not null
     * @return the unit, or empty when the organization has none with that code
     */
    public Optional<OrgUnit> unitByCode(String code) {
        return Optional.ofNullable(unitsByCode().get(codeKey(Objects.requireNonNull(code, "code"))));
    }

    /**
     * Returns the units directly under the unit, active and closed, in the order they were added.
     *
     * @param unitId the parent's id, not null
     * @return an unmodifiable list, empty when the unit has no children or does not exist
     */
    public List<OrgUnit> children(OrgUnitId unitId) {
        return childrenById().getOrDefault(Objects.requireNonNull(unitId, "unitId"), List.of());
    }

    /**
     * Returns every unit below the unit, at any depth, active and closed: the unit's subtree
     * without the unit itself, depth first, each unit before its own children.
     *
     * @param unitId the unit's id, not null
     * @return an unmodifiable list, empty when the unit has no children or does not exist
     */
    public List<OrgUnit> descendants(OrgUnitId unitId) {
        Objects.requireNonNull(unitId, "unitId");
        List<OrgUnit> found = new ArrayList<>();
        Deque<OrgUnit> toVisit = new ArrayDeque<>();
        pushChildren(unitId, toVisit);
        while (!toVisit.isEmpty()) {
            OrgUnit next = toVisit.pop();
            found.add(next);
            pushChildren(next.id(), toVisit);
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Returns the unit followed by its {@linkplain #descendants(OrgUnitId) descendants}: the units
     * whose people a per-unit figure, such as a survey result for the unit, covers.
     *
     * @param unitId the unit's id, not null
     * @return an unmodifiable list, empty when the unit does not exist
     */
    public List<OrgUnit> subtree(OrgUnitId unitId) {
        Optional<OrgUnit> unit = unit(unitId);
        if (unit.isEmpty()) {
            return List.of();
        }
        List<OrgUnit> found = new ArrayList<>();
        found.add(unit.get());
        found.addAll(descendants(unitId));
        return Collections.unmodifiableList(found);
    }

    /**
     * Returns the units above the unit, its parent first and a top-level unit last.
     *
     * @param unitId the unit's id, not null
     * @return an unmodifiable list, empty when the unit is top-level or does not exist
     */
    public List<OrgUnit> ancestors(OrgUnitId unitId) {
        Objects.requireNonNull(unitId, "unitId");
        List<OrgUnit> found = new ArrayList<>();
        Optional<OrgUnit> next = unit(unitId).flatMap(OrgUnit::parentId).flatMap(this::unit);
        while (next.isPresent()) {
            found.add(next.get());
            next = next.get().parentId().flatMap(this::unit);
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Returns the path from the top of the tree to the unit, for breadcrumbs: a top-level unit
     * first and the unit itself last.
     *
     * @param unitId the unit's id, not null
     * @return an unmodifiable list, empty when the unit does not exist
     */
    public List<OrgUnit> path(OrgUnitId unitId) {
        Optional<OrgUnit> unit = unit(unitId);
        if (unit.isEmpty()) {
            return List.of();
        }
        List<OrgUnit> found = new ArrayList<>(ancestors(unitId));
        Collections.reverse(found);
        found.add(unit.get());
        return Collections.unmodifiableList(found);
    }

    /**
     * Returns whether one unit is above another, at any depth. A unit is not its own ancestor.
     *
     * @param ancestorId the possible ancestor, not null
     * @param unitId the unit, not null
     * @return true when {@code ancestorId} is on the unit's path to the top; false when either
     *     unit does not exist
     */
    public boolean isAncestor(OrgUnitId ancestorId, OrgUnitId unitId) {
        Objects.requireNonNull(ancestorId, "ancestorId");
        return ancestors(unitId).stream().anyMatch(unit -> unit.id().equals(ancestorId));
    }

    /**
     * Returns the units in use, in the order they were added.
     *
     * @return an unmodifiable list, never null
     */
    public List<OrgUnit> activeUnits() {
        return units().stream().filter(OrgUnit::isActive).toList();
    }

    /**
     * Returns the units without a parent, active and closed, in the order they were added.
     *
     * @return an unmodifiable list, never null
     */
    public List<OrgUnit> topLevelUnits() {
        return units().stream().filter(OrgUnit::isTopLevel).toList();
    }

    // ---------------------------------------------------------------- commands

    /**
     * Adds an active unit to the tree.
     *
     * @param unitId the new unit's id, not null, not used by another unit
     * @param code the new unit's code, not null, a well-formed code no other unit has (ignoring
     *     case), closed units included
     * @param name the new unit's name, not null
     * @param parentId the active unit to add it under, or empty for a top-level unit; not null
     * @param actor the person adding it, not null
     * @param at when, from the caller's clock; not null
     * @return the organization with the unit last, and one {@link UnitAdded}; never null
     * @throws org.learningmentor.core.common.ValidationException when the code or name is malformed
     * @throws UnitTreeException with {@code organization.unit.id-duplicate}, {@code
     *     organization.unit.code-duplicate}, {@code organization.unit.parent-unknown} or {@code
     *     organization.unit.parent-closed}, every one that applies
     */
    public Change<Organization> addUnit(
            OrgUnitId unitId,
            String code,
            LocalizedText name,
            Optional<OrgUnitId> parentId,
            PersonId actor,
            Instant at) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        OrgUnit added = OrgUnit.builder()
                .id(unitId)
                .code(code)
                .name(name)
                .parentId(parentId)
                .build();

        List<Violation> refused = new ArrayList<>();
        if (unit(unitId).isPresent()) {
            refused.add(Violation.of(OrganizationViolation.UNIT_ID_DUPLICATE, "unitId", unitId));
        }
        if (unitByCode(code).isPresent()) {
            refused.add(Violation.of(OrganizationViolation.UNIT_CODE_DUPLICATE, "code", code));
        }
        parentId.ifPresent(parent -> checkParent(parent, refused));
        if (!refused.isEmpty()) {
            throw new UnitTreeException(
                    unitId, "added" + parentId.map(p -> " under " + p).orElse(""), refused);
        }

        List<OrgUnit> next = new ArrayList<>(units());
        next.add(added);
        return Change.of(
                withUnits(next),
                UnitAdded.builder()
                        .organizationId(id())
                        .actor(actor)
                        .occurredAt(at)
                        .unitId(unitId)
                        .code(code)
                        .name(name)
                        .parentId(parentId)
                        .build());
    }

    /**
     * Gives an active unit a new name.
     *
     * @param unitId the unit, not null
     * @param name the new name, not null, different from the current one
     * @param actor the person renaming it, not null
     * @param at when, from the caller's clock; not null
     * @return the organization with the unit renamed in place, and one {@link UnitRenamed}; never
     *     null
     * @throws org.learningmentor.core.common.ValidationException when a translation of the name is
     *     too long
     * @throws UnitTreeException with {@code organization.unit.unknown}, or {@code
     *     organization.unit.closed} and {@code organization.unit.name-unchanged}, every one that
     *     applies
     */
    public Change<Organization> renameUnit(OrgUnitId unitId, LocalizedText name, PersonId actor, Instant at) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Violations badName = new Violations();
        badName.checkMaxLength(name, OrgUnit.NAME_MAX_LENGTH, "name");
        badName.throwIfAny();

        String action = "renamed";
        OrgUnit unit = existing(unitId, action);
        List<Violation> refused = new ArrayList<>();
        checkActive(unit, refused);
        if (unit.name().equals(name)) {
            refused.add(Violation.of(OrganizationViolation.NAME_UNCHANGED, "name", unitId));
        }
        if (!refused.isEmpty()) {
            throw new UnitTreeException(unitId, action, refused);
        }

        return Change.of(
                replace(unit.withName(name)),
                UnitRenamed.builder()
                        .organizationId(id())
                        .actor(actor)
                        .occurredAt(at)
                        .unitId(unitId)
                        .previousName(unit.name())
                        .name(name)
                        .build());
    }

    /**
     * Moves an active unit, with its whole subtree, under another active unit or to the top level.
     *
     * @param unitId the unit, not null
     * @param parentId the new parent, or empty for the top level; not null, different from the
     *     current parent, not the unit itself or one of its descendants
     * @param actor the person moving it, not null
     * @param at when, from the caller's clock; not null
     * @return the organization with the unit's parent changed in place, and one {@link UnitMoved};
     *     never null
     * @throws UnitTreeException with {@code organization.unit.unknown}, or {@code
     *     organization.unit.closed}, {@code organization.unit.parent-unchanged}, {@code
     *     organization.unit.parent-unknown}, {@code organization.unit.cycle} and {@code
     *     organization.unit.parent-closed}, every one that applies
     */
    public Change<Organization> moveUnit(OrgUnitId unitId, Optional<OrgUnitId> parentId, PersonId actor, Instant at) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");

        String action = parentId.map(p -> "moved under " + p).orElse("moved to the top level");
        OrgUnit unit = existing(unitId, action);
        List<Violation> refused = new ArrayList<>();
        checkActive(unit, refused);
        if (unit.parentId().equals(parentId)) {
            refused.add(Violation.of(OrganizationViolation.PARENT_UNCHANGED, "parentId", unitId));
        }
        parentId.ifPresent(parent -> {
            if (parent.equals(unitId) || isAncestor(unitId, parent)) {
                refused.add(Violation.of(OrganizationViolation.CYCLE, "parentId", unitId, parent));
            }
            checkParent(parent, refused);
        });
        if (!refused.isEmpty()) {
            throw new UnitTreeException(unitId, action, refused);
        }

        return Change.of(
                replace(unit.withParentId(parentId)),
                UnitMoved.builder()
                        .organizationId(id())
                        .actor(actor)
                        .occurredAt(at)
                        .unitId(unitId)
                        .previousParentId(unit.parentId())
                        .parentId(parentId)
                        .build());
    }

    /**
     * Closes an active unit. It stays in the tree, with its code, for history; its closed
     * sub-units stay under it.
     *
     * @param unitId the unit, not null
     * @param actor the person closing it, not null
     * @param at when, from the caller's clock; not null
     * @return the organization with the unit closed in place, and one {@link UnitClosed}; never
     *     null
     * @throws UnitTreeException with {@code organization.unit.unknown}, {@code
     *     organization.unit.closed} when it is closed already, or {@code
     *     organization.unit.active-children} when active units are still under it (close or move
     *     them first)
     */
    public Change<Organization> closeUnit(OrgUnitId unitId, PersonId actor, Instant at) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");

        String action = "closed";
        OrgUnit unit = existing(unitId, action);
        List<Violation> refused = new ArrayList<>();
        checkActive(unit, refused);
        long activeChildren =
                children(unitId).stream().filter(OrgUnit::isActive).count();
        if (activeChildren > 0) {
            refused.add(Violation.of(OrganizationViolation.ACTIVE_CHILDREN, "unitId", unitId, activeChildren));
        }
        if (!refused.isEmpty()) {
            throw new UnitTreeException(unitId, action, refused);
        }

        return Change.of(
                replace(unit.withStatus(UnitStatus.CLOSED)),
                UnitClosed.builder()
                        .organizationId(id())
                        .actor(actor)
                        .occurredAt(at)
                        .unitId(unitId)
                        .build());
    }

    /**
     * Gives the organization a new name.
     *
     * @param name the new name, not null, different from the current one
     * @param actor the person renaming it, not null
     * @param at when, from the caller's clock; not null
     * @return the renamed organization, and one {@link OrganizationRenamed}; never null
     * @throws org.learningmentor.core.common.ValidationException when a translation of the name is
     *     longer than {@value OrgUnit#NAME_MAX_LENGTH} characters
     * @throws OrganizationChangeException with {@code organization.name.unchanged} when the
     *     organization already has this name
     */
    public Change<Organization> rename(LocalizedText name, PersonId actor, Instant at) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Violations badName = new Violations();
        badName.checkMaxLength(name, OrgUnit.NAME_MAX_LENGTH, "name");
        badName.throwIfAny();
        if (name().equals(name)) {
            throw new OrganizationChangeException(
                    id(),
                    "be renamed",
                    List.of(Violation.of(OrganizationViolation.ORGANIZATION_NAME_UNCHANGED, "name", id())));
        }
        return Change.of(
                withName(name),
                OrganizationRenamed.builder()
                        .organizationId(id())
                        .actor(actor)
                        .occurredAt(at)
                        .previousName(name())
                        .name(name)
                        .build());
    }

    /**
     * Changes the organization's settings, such as its anonymity threshold. The event keeps the
     * settings before and after, so that lowering the threshold, which makes the results of smaller
     * groups visible, is on record with who did it and when.
     *
     * @param settings the new settings, not null, different from the current ones
     * @param actor the person changing them, not null
     * @param at when, from the caller's clock; not null
     * @return the organization with the new settings, and one {@link SettingsChanged}; never null
     * @throws OrganizationChangeException with {@code organization.settings.unchanged} when the
     *     organization already has these settings
     */
    public Change<Organization> changeSettings(OrganizationSettings settings, PersonId actor, Instant at) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (settings().equals(settings)) {
            throw new OrganizationChangeException(
                    id(),
                    "change its settings",
                    List.of(Violation.of(OrganizationViolation.SETTINGS_UNCHANGED, "settings", id())));
        }
        return Change.of(
                withSettings(settings),
                SettingsChanged.builder()
                        .organizationId(id())
                        .actor(actor)
                        .occurredAt(at)
                        .previousSettings(settings())
                        .settings(settings)
                        .build());
    }

    /**
     * Changes the languages the organization works in: adds, removes or reorders them (the first
     * is the primary language).
     *
     * @param languages the new languages, the primary one first; not null, no null element, not
     *     empty, no language twice, different from the current list (the order counts)
     * @param actor the person changing them, not null
     * @param at when, from the caller's clock; not null
     * @return the organization with the new languages, and one {@link LanguagesChanged}; never
     *     null
     * @throws org.learningmentor.core.common.ValidationException with {@code
     *     organization.languages.empty} or {@code organization.languages.duplicate} at {@code
     *     languages[i]}
     * @throws OrganizationChangeException with {@code organization.languages.unchanged} when the
     *     organization already has these languages in this order
     */
    public Change<Organization> changeLanguages(List<Language> languages, PersonId actor, Instant at) {
        Objects.requireNonNull(languages, "languages");
        languages.forEach(language -> Objects.requireNonNull(language, "languages contains null"));
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        List<Language> next = List.copyOf(languages);
        Violations badLanguages = new Violations();
        checkLanguages(next, "languages", badLanguages);
        badLanguages.throwIfAny();
        if (languages().equals(next)) {
            throw new OrganizationChangeException(
                    id(),
                    "change its languages",
                    List.of(Violation.of(OrganizationViolation.LANGUAGES_UNCHANGED, "languages", id())));
        }
        return Change.of(
                withLanguages(next),
                LanguagesChanged.builder()
                        .organizationId(id())
                        .actor(actor)
                        .occurredAt(at)
                        .addAllPreviousLanguages(languages())
                        .addAllLanguages(next)
                        .build());
    }

    // ---------------------------------------------------------------- structure

    /**
     * Checks the languages, the name and the unit tree.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        checkLanguages(languages(), "languages", violations);
        violations.checkMaxLength(name(), OrgUnit.NAME_MAX_LENGTH, "name");
        checkTree(violations);
        violations.check(version() >= 0, OrganizationViolation.VERSION_NEGATIVE, "version", version());
        violations.throwIfAny();
    }

    /**
     * Adds {@code organization.languages.empty} at {@code path} when there is no language, and
     * {@code organization.languages.duplicate} at {@code path[i]} for each repeat; for the
     * organization and its events.
     */
    static void checkLanguages(List<Language> languages, String path, Violations violations) {
        violations.check(!languages.isEmpty(), OrganizationViolation.LANGUAGES_EMPTY, path);
        Set<Language> seen = EnumSet.noneOf(Language.class);
        for (int i = 0; i < languages.size(); i++) {
            Language language = languages.get(i);
            violations.check(
                    seen.add(language),
                    OrganizationViolation.LANGUAGE_DUPLICATE,
                    path + "[" + i + "]",
                    language.code());
        }
    }

    private void checkTree(Violations violations) {
        Map<OrgUnitId, OrgUnit> byId = new HashMap<>();
        Set<String> codes = new HashSet<>();
        List<Boolean> firstWithId = new ArrayList<>();
        for (OrgUnit unit : units()) {
            firstWithId.add(byId.putIfAbsent(unit.id(), unit) == null);
        }
        Set<OrgUnitId> onCycle = unitsOnCycles(byId);
        for (int i = 0; i < units().size(); i++) {
            OrgUnit unit = units().get(i);
            Violations ofUnit = new Violations();
            ofUnit.check(firstWithId.get(i), OrganizationViolation.UNIT_ID_DUPLICATE, "id", unit.id());
            ofUnit.check(
                    codes.add(codeKey(unit.code())), OrganizationViolation.UNIT_CODE_DUPLICATE, "code", unit.code());
            if (unit.parentId().isPresent()) {
                OrgUnitId parentId = unit.parentId().get();
                OrgUnit parent = byId.get(parentId);
                if (parent == null) {
                    ofUnit.add(OrganizationViolation.PARENT_UNKNOWN, "parentId", parentId);
                } else {
                    ofUnit.check(
                            !(firstWithId.get(i) && onCycle.contains(unit.id())),
                            OrganizationViolation.CYCLE,
                            "parentId",
                            unit.id(),
                            parentId);
                    ofUnit.check(
                            !unit.isActive() || parent.isActive(),
                            OrganizationViolation.PARENT_CLOSED,
                            "parentId",
                            parentId);
                }
            }
            String prefix = "units[" + i + "]";
            violations.addAll(
                    ofUnit.toList().stream().map(v -> v.nestedUnder(prefix)).toList());
        }
    }

    /**
     * Returns the units that are their own ancestors, following each unit's parent links once:
     *
     * <ol>
     *   <li>walk up from a unit not yet seen, marking each unit on the walk, until the top, an
     *       unknown parent, or a unit seen before;
     *   <li>if the walk stopped at a unit marked on this very walk, the units from there to the
     *       end of the walk form a cycle;
     *   <li>mark the walk's units as done, so that no unit is walked twice: O(n) in all.
     * </ol>
     */
    private static Set<OrgUnitId> unitsOnCycles(Map<OrgUnitId, OrgUnit> byId) {
        Set<OrgUnitId> done = new HashSet<>();
        Set<OrgUnitId> onCycle = new HashSet<>();
        for (OrgUnitId start : byId.keySet()) {
            List<OrgUnitId> walk = new ArrayList<>();
            Set<OrgUnitId> onWalk = new HashSet<>();
            OrgUnitId at = start;
            while (at != null && byId.containsKey(at) && !done.contains(at) && onWalk.add(at)) {
                walk.add(at);
                at = byId.get(at).parentId().orElse(null);
            }
            if (at != null && onWalk.contains(at)) {
                onCycle.addAll(walk.subList(walk.indexOf(at), walk.size()));
            }
            done.addAll(walk);
        }
        return onCycle;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Returns the indexes the queries use, built on the first query. The lock is private: locking
     * on {@code this}, as generated lazy attributes do, would let a host that synchronizes on an
     * organization stall every query on it. Building reads only {@link #units()}, never another
     * query, so it cannot re-enter the lock.
     */
    private UnitIndex index() {
        UnitIndex result = index;
        if (result == null) {
            synchronized (indexLock) {
                result = index;
                if (result == null) {
                    result = new UnitIndex(units());
                    index = result;
                }
            }
        }
        return result;
    }

    private Map<OrgUnitId, OrgUnit> unitsById() {
        return index().byId;
    }

    private Map<String, OrgUnit> unitsByCode() {
        return index().byCode;
    }

    private Map<OrgUnitId, List<OrgUnit>> childrenById() {
        return index().childrenById;
    }

    /** The units by id, by code (ignoring case) and by parent; immutable once built. */
    private static final class UnitIndex {
        final Map<OrgUnitId, OrgUnit> byId;
        final Map<String, OrgUnit> byCode;
        final Map<OrgUnitId, List<OrgUnit>> childrenById;

        UnitIndex(List<OrgUnit> units) {
            Map<OrgUnitId, OrgUnit> ids = new HashMap<>();
            Map<String, OrgUnit> codes = new HashMap<>();
            Map<OrgUnitId, List<OrgUnit>> children = new LinkedHashMap<>();
            for (OrgUnit unit : units) {
                ids.put(unit.id(), unit);
                codes.put(codeKey(unit.code()), unit);
                unit.parentId()
                        .ifPresent(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>())
                                .add(unit));
            }
            children.replaceAll((parent, list) -> List.copyOf(list));
            this.byId = Collections.unmodifiableMap(ids);
            this.byCode = Collections.unmodifiableMap(codes);
            this.childrenById = Collections.unmodifiableMap(children);
        }
    }

    /** Unit codes are unique ignoring case; they are ASCII, so the root locale folds them safely. */
    private static String codeKey(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    private void pushChildren(OrgUnitId unitId, Deque<OrgUnit> toVisit) {
        List<OrgUnit> children = children(unitId);
        // Pushed last to first, so that they are visited in the order they were added.
        for (int i = children.size() - 1; i >= 0; i--) {
            toVisit.push(children.get(i));
        }
    }

    private OrgUnit existing(OrgUnitId unitId, String action) {
        return unit(unitId)
                .orElseThrow(() -> new UnitTreeException(
                        unitId, action, List.of(Violation.of(OrganizationViolation.UNIT_UNKNOWN, "unitId", unitId))));
    }

    private static void checkActive(OrgUnit unit, List<Violation> refused) {
        if (!unit.isActive()) {
            refused.add(Violation.of(OrganizationViolation.UNIT_CLOSED, "unitId", unit.id()));
        }
    }

    /** Adds why {@code parentId} cannot take a unit: it does not exist, or it is closed. */
    private void checkParent(OrgUnitId parentId, List<Violation> refused) {
        Optional<OrgUnit> parent = unit(parentId);
        if (parent.isEmpty()) {
            refused.add(Violation.of(OrganizationViolation.PARENT_UNKNOWN, "parentId", parentId));
        } else if (!parent.get().isActive()) {
            refused.add(Violation.of(OrganizationViolation.PARENT_CLOSED, "parentId", parentId));
        }
    }

    private Organization replace(OrgUnit changed) {
        List<OrgUnit> next = new ArrayList<>(units().size());
        for (OrgUnit unit : units()) {
            next.add(unit.id().equals(changed.id()) ? changed : unit);
        }
        return withUnits(next);
    }

    /** Returns a checked copy with other units; for the commands. */
    abstract Organization withUnits(Iterable<? extends OrgUnit> units);

    /** Returns a checked copy with another name; for {@link #rename}. */
    abstract Organization withName(LocalizedText name);

    /** Returns a checked copy with other settings; for {@link #changeSettings}. */
    abstract Organization withSettings(OrganizationSettings settings);

    /** Returns a checked copy with other languages; for {@link #changeLanguages}. */
    abstract Organization withLanguages(Iterable<? extends Language> languages);

    @JsonCreator
    private static Organization fromJson(ImmutableOrganization value) {
        return value;
    }

    /** Builds an organization; throws a {@link org.learningmentor.core.common.ValidationException} listing every violation. */
    public static final class Builder extends ImmutableOrganization.Builder {}

    /**
     * Returns a copy with another optimistic-locking version, for persistence implementations; the
     * model never changes the version itself.
     *
     * @param version the version, not negative: the version the store holds after a save
     * @return the copy, never null
     * @throws org.learningmentor.core.common.ValidationException when the version is negative
     *     ({@code organization.version.negative})
     */
    public abstract Organization withVersion(long version);
}
