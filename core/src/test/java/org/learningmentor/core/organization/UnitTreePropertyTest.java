package org.learningmentor.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningmentor.core.organization.OrganizationFixtures.AGENCY;
import static org.learningmentor.core.organization.OrganizationFixtures.anAgency;
import static org.learningmentor.core.organization.OrganizationFixtures.anEmptyAgency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;

/**
 * Random sequences of commands, valid and invalid, against random targets: the unit-tree commands
 * and those on the organization's own name, settings and languages. Next to the organization the
 * test keeps its own naive model (a plain list of units and the organization's fields), changed
 * only by the commands it expects to succeed. After every step the organization used for the next
 * step must equal the model, so a refused command must have changed nothing and a successful one
 * exactly what it says; the tree must be whole (checked here independently of the organization's
 * own check); a refused command must throw its family's exception for exactly the rules the model
 * predicts; and a successful command must emit exactly one event of its kind.
 */
class UnitTreePropertyTest {

    private static final int STEPS = 150;
    private static final List<LocalizedText> NAMES = List.of(
            LocalizedText.of(Language.FI, "Hallinto"),
            LocalizedText.of("Palvelut", "Tjänster", "Services"),
            LocalizedText.of(Language.SV, "Kundtjänst"));
    private static final List<List<Language>> LANGUAGES = List.of(
            List.of(Language.FI, Language.SV, Language.EN),
            List.of(Language.FI),
            List.of(Language.SV, Language.FI),
            List.of(Language.EN, Language.SV, Language.FI));

    private enum Kind {
        ADD,
        RENAME,
        MOVE,
        CLOSE,
        RENAME_ORGANIZATION,
        CHANGE_SETTINGS,
        CHANGE_LANGUAGES;

        boolean isUnitCommand() {
            return ordinal() <= CLOSE.ordinal();
        }
    }

    /** The test's own picture of the organization, changed only by the commands expected to succeed. */
    private static final class Model {
        LocalizedText name;
        List<Language> languages;
        OrganizationSettings settings;
        final List<OrgUnit> units;

        Model(Organization organization) {
            name = organization.name();
            languages = List.copyOf(organization.languages());
            settings = organization.settings();
            units = new ArrayList<>(organization.units());
        }

        void replace(OrgUnitId id, UnaryOperator<OrgUnit.Builder> change) {
            for (int i = 0; i < units.size(); i++) {
                OrgUnit unit = units.get(i);
                if (unit.id().equals(id)) {
                    OrgUnit.Builder builder = OrgUnit.builder().id(unit.id()).code(unit.code());
                    units.set(i, change.apply(builder).build());
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void randomCommandSequencesKeepTheTreeWholeAndRefusalsChangeNothing(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IdGenerator ids = IdGenerator.seeded(seed);
        PersonId actor = PersonId.next(ids);
        Instant at = Instant.parse("2026-01-05T08:00:00Z");
        Organization organization = random.nextBoolean() ? anAgency() : anEmptyAgency();
        Model model = new Model(organization);

        // Targets: every unit ever added plus a few ids that never will be.
        List<OrgUnitId> targets = new ArrayList<>();
        organization.units().forEach(unit -> targets.add(unit.id()));
        for (int i = 0; i < 3; i++) {
            targets.add(OrgUnitId.next(ids));
        }

        int succeeded = 0;
        int refused = 0;
        for (int step = 0; step < STEPS; step++) {
            at = at.plus(Duration.ofMinutes(1 + random.nextInt(600)));
            Organization before = organization;
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            String context = "seed=" + seed + " step=" + step + " " + kind;

            OrgUnitId target = pick(random, targets);
            Optional<OrgUnitId> parent = random.nextInt(5) == 0 ? Optional.empty() : Optional.of(pick(random, targets));
            LocalizedText name = pick(random, NAMES);
            String code = aCode(random, organization, step);
            OrganizationSettings settings = aSettings(random, organization);
            List<Language> languages = pick(random, LANGUAGES);
            if (kind == Kind.ADD && random.nextInt(3) == 0) {
                target = OrgUnitId.next(ids);
            }
            OrgUnit current = find(organization, target);
            if (kind == Kind.RENAME && current != null && random.nextInt(4) == 0) {
                name = current.name();
            }
            if (kind == Kind.MOVE && current != null && random.nextInt(6) == 0) {
                parent = current.parentId();
            }
            if (kind == Kind.RENAME_ORGANIZATION && random.nextInt(4) == 0) {
                name = organization.name();
            }
            Set<String> expected =
                    expectedRefusals(kind, organization, target, code, name, parent, settings, languages);

            Change<Organization> change;
            try {
                change = run(kind, organization, target, code, name, parent, settings, languages, actor, at);
            } catch (DomainRuleException refusal) {
                refused++;
                if (kind.isUnitCommand()) {
                    assertThat(refusal).as(context).isExactlyInstanceOf(UnitTreeException.class);
                    assertThat(((UnitTreeException) refusal).unitId())
                            .as(context)
                            .isEqualTo(target);
                } else {
                    assertThat(refusal).as(context).isExactlyInstanceOf(OrganizationChangeException.class);
                    assertThat(((OrganizationChangeException) refusal).organizationId())
                            .as(context)
                            .isEqualTo(AGENCY);
                }
                assertThat(new HashSet<>(refusal.codes()))
                        .as("%s refused for %s", context, refusal.getMessage())
                        .isEqualTo(expected);
                assertThat(expected).as(context).isNotEmpty();
                // The model is not changed, and the next step runs on the state from before.
                assertMatchesModel(organization, model, context);
                assertTreeIsWhole(organization, context);
                continue;
            } catch (ValidationException badData) {
                // Only a malformed code of a new unit is bad data here; the model is not changed.
                assertThat(kind).as(context).isEqualTo(Kind.ADD);
                assertThat(badData.codes()).as(context).containsExactly("organization.unit.code-malformed");
                assertMatchesModel(organization, model, context);
                continue;
            }

            succeeded++;
            assertThat(expected)
                    .as("%s succeeded though the model expected %s", context, expected)
                    .isEmpty();
            assertThat(change.events()).as(context).hasSize(1);
            DomainEvent event = change.events().get(0);
            assertThat(event.organizationId()).isEqualTo(AGENCY);
            assertThat(event.actor()).isEqualTo(actor);
            assertThat(event.occurredAt()).isEqualTo(at);
            Organization next = change.state();
            assertThat(next.version()).isEqualTo(before.version());
            switch (kind) {
                case ADD -> {
                    OrgUnitId added = target;
                    assertThat(event)
                            .isInstanceOfSatisfying(
                                    UnitAdded.class, e -> assertThat(e.unitId()).isEqualTo(added));
                    model.units.add(OrgUnit.builder()
                            .id(target)
                            .code(code)
                            .name(name)
                            .parentId(parent)
                            .build());
                    if (!targets.contains(target)) {
                        targets.add(target);
                    }
                }
                case RENAME -> {
                    OrgUnitId renamed = target;
                    LocalizedText newName = name;
                    assertThat(event).isInstanceOfSatisfying(UnitRenamed.class, e -> {
                        assertThat(e.unitId()).isEqualTo(renamed);
                        assertThat(e.previousName()).isEqualTo(current.name());
                        assertThat(e.name()).isEqualTo(newName);
                    });
                    model.replace(
                            target,
                            b -> b.name(newName).parentId(current.parentId()).status(current.status()));
                }
                case MOVE -> {
                    OrgUnitId moved = target;
                    Optional<OrgUnitId> newParent = parent;
                    assertThat(event).isInstanceOfSatisfying(UnitMoved.class, e -> {
                        assertThat(e.unitId()).isEqualTo(moved);
                        assertThat(e.parentId()).isEqualTo(newParent);
                        assertThat(e.previousParentId()).isEqualTo(current.parentId());
                    });
                    model.replace(
                            target,
                            b -> b.name(current.name()).parentId(newParent).status(current.status()));
                }
                case CLOSE -> {
                    OrgUnitId closed = target;
                    assertThat(event)
                            .isInstanceOfSatisfying(
                                    UnitClosed.class,
                                    e -> assertThat(e.unitId()).isEqualTo(closed));
                    model.replace(
                            target,
                            b -> b.name(current.name())
                                    .parentId(current.parentId())
                                    .status(UnitStatus.CLOSED));
                }
                case RENAME_ORGANIZATION -> {
                    LocalizedText newName = name;
                    assertThat(event).isInstanceOfSatisfying(OrganizationRenamed.class, e -> {
                        assertThat(e.previousName()).isEqualTo(model.name);
                        assertThat(e.name()).isEqualTo(newName);
                    });
                    model.name = name;
                }
                case CHANGE_SETTINGS -> {
                    assertThat(event).isInstanceOfSatisfying(SettingsChanged.class, e -> {
                        assertThat(e.previousSettings()).isEqualTo(model.settings);
                        assertThat(e.settings()).isEqualTo(settings);
                        assertThat(e.isAnonymityThresholdLowered())
                                .isEqualTo(settings.anonymityThreshold() < model.settings.anonymityThreshold());
                    });
                    model.settings = settings;
                }
                case CHANGE_LANGUAGES -> {
                    assertThat(event).isInstanceOfSatisfying(LanguagesChanged.class, e -> {
                        assertThat(e.previousLanguages()).isEqualTo(model.languages);
                        assertThat(e.languages()).isEqualTo(languages);
                    });
                    model.languages = languages;
                }
                default -> throw new AssertionError(kind);
            }
            organization = next;
            assertMatchesModel(organization, model, context);
            assertTreeIsWhole(organization, context);
        }
        assertThat(succeeded).as("seed=%s: some commands succeed", seed).isPositive();
        assertThat(refused).as("seed=%s: some commands are refused", seed).isPositive();
    }

    private static Change<Organization> run(
            Kind kind,
            Organization organization,
            OrgUnitId target,
            String code,
            LocalizedText name,
            Optional<OrgUnitId> parent,
            OrganizationSettings settings,
            List<Language> languages,
            PersonId actor,
            Instant at) {
        return switch (kind) {
            case ADD -> organization.addUnit(target, code, name, parent, actor, at);
            case RENAME -> organization.renameUnit(target, name, actor, at);
            case MOVE -> organization.moveUnit(target, parent, actor, at);
            case CLOSE -> organization.closeUnit(target, actor, at);
            case RENAME_ORGANIZATION -> organization.rename(name, actor, at);
            case CHANGE_SETTINGS -> organization.changeSettings(settings, actor, at);
            case CHANGE_LANGUAGES -> organization.changeLanguages(languages, actor, at);
        };
    }

    /** The organization equals the model field by field, units in order; the version never changes. */
    private static void assertMatchesModel(Organization organization, Model model, String context) {
        assertThat(organization.units()).as("%s: units", context).isEqualTo(model.units);
        assertThat(organization.name()).as("%s: name", context).isEqualTo(model.name);
        assertThat(organization.settings()).as("%s: settings", context).isEqualTo(model.settings);
        assertThat(organization.languages()).as("%s: languages", context).isEqualTo(model.languages);
        assertThat(organization.version()).as("%s: version", context).isZero();
    }

    // ------------------------------------------------------------------ the model

    /** The codes the rules should refuse the command with, computed naively; empty when it should succeed. */
    private static Set<String> expectedRefusals(
            Kind kind,
            Organization organization,
            OrgUnitId target,
            String code,
            LocalizedText name,
            Optional<OrgUnitId> parent,
            OrganizationSettings settings,
            List<Language> languages) {
        return switch (kind) {
            case ADD -> expectedAddRefusals(organization, target, code, parent);
            case RENAME -> expectedRenameRefusals(organization, target, name);
            case MOVE -> expectedMoveRefusals(organization, target, parent);
            case CLOSE -> expectedCloseRefusals(organization, target);
            case RENAME_ORGANIZATION ->
                organization.name().equals(name) ? Set.of("organization.name.unchanged") : Set.of();
            case CHANGE_SETTINGS ->
                sameSettings(organization.settings(), settings) ? Set.of("organization.settings.unchanged") : Set.of();
            case CHANGE_LANGUAGES ->
                organization.languages().equals(languages) ? Set.of("organization.languages.unchanged") : Set.of();
        };
    }

    private static boolean sameSettings(OrganizationSettings a, OrganizationSettings b) {
        return a.anonymityThreshold() == b.anonymityThreshold()
                && a.defaultTemplate().equals(b.defaultTemplate());
    }

    private static Set<String> expectedAddRefusals(
            Organization organization, OrgUnitId unitId, String code, Optional<OrgUnitId> parent) {
        Set<String> codes = new HashSet<>();
        if (find(organization, unitId) != null) {
            codes.add("organization.unit.id-duplicate");
        }
        if (organization.units().stream().anyMatch(u -> u.code().equalsIgnoreCase(code))) {
            codes.add("organization.unit.code-duplicate");
        }
        parent.ifPresent(p -> addParentRefusals(organization, p, codes));
        return codes;
    }

    private static Set<String> expectedRenameRefusals(Organization organization, OrgUnitId unitId, LocalizedText name) {
        OrgUnit unit = find(organization, unitId);
        if (unit == null) {
            return Set.of("organization.unit.unknown");
        }
        Set<String> codes = new HashSet<>();
        if (unit.status() == UnitStatus.CLOSED) {
            codes.add("organization.unit.closed");
        }
        if (unit.name().equals(name)) {
            codes.add("organization.unit.name-unchanged");
        }
        return codes;
    }

    private static Set<String> expectedMoveRefusals(
            Organization organization, OrgUnitId unitId, Optional<OrgUnitId> parent) {
        OrgUnit unit = find(organization, unitId);
        if (unit == null) {
            return Set.of("organization.unit.unknown");
        }
        Set<String> codes = new HashSet<>();
        if (unit.status() == UnitStatus.CLOSED) {
            codes.add("organization.unit.closed");
        }
        if (unit.parentId().equals(parent)) {
            codes.add("organization.unit.parent-unchanged");
        }
        if (parent.isPresent() && find(organization, parent.get()) != null) {
            // A cycle when the unit is the new parent or on the new parent's way to the top.
            for (OrgUnit up = find(organization, parent.get());
                    up != null;
                    up = up.parentId().map(p -> find(organization, p)).orElse(null)) {
                if (up.id().equals(unitId)) {
                    codes.add("organization.unit.cycle");
                    break;
                }
            }
        }
        parent.ifPresent(p -> addParentRefusals(organization, p, codes));
        return codes;
    }

    private static Set<String> expectedCloseRefusals(Organization organization, OrgUnitId unitId) {
        OrgUnit unit = find(organization, unitId);
        if (unit == null) {
            return Set.of("organization.unit.unknown");
        }
        Set<String> codes = new HashSet<>();
        if (unit.status() == UnitStatus.CLOSED) {
            codes.add("organization.unit.closed");
        }
        if (organization.units().stream()
                .anyMatch(u -> u.parentId().equals(Optional.of(unitId)) && u.status() == UnitStatus.ACTIVE)) {
            codes.add("organization.unit.active-children");
        }
        return codes;
    }

    private static void addParentRefusals(Organization organization, OrgUnitId parentId, Set<String> codes) {
        OrgUnit parent = find(organization, parentId);
        if (parent == null) {
            codes.add("organization.unit.parent-unknown");
        } else if (parent.status() == UnitStatus.CLOSED) {
            codes.add("organization.unit.parent-closed");
        }
    }

    /** A linear search, on purpose: the model does not use the organization's own indexes. */
    private static OrgUnit find(Organization organization, OrgUnitId id) {
        for (OrgUnit unit : organization.units()) {
            if (unit.id().equals(id)) {
                return unit;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ invariants

    private static void assertTreeIsWhole(Organization organization, String context) {
        Map<OrgUnitId, OrgUnit> byId = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (OrgUnit unit : organization.units()) {
            assertThat(byId.put(unit.id(), unit))
                    .as("%s: unique id %s", context, unit.id())
                    .isNull();
            assertThat(codes.add(unit.code().toLowerCase(Locale.ROOT)))
                    .as("%s: unique code %s", context, unit.code())
                    .isTrue();
        }
        for (OrgUnit unit : organization.units()) {
            if (unit.parentId().isEmpty()) {
                continue;
            }
            OrgUnit parent = byId.get(unit.parentId().get());
            assertThat(parent).as("%s: no orphan: %s", context, unit.code()).isNotNull();
            if (unit.status() == UnitStatus.ACTIVE) {
                assertThat(parent.status())
                        .as("%s: active %s under closed %s", context, unit.code(), parent.code())
                        .isEqualTo(UnitStatus.ACTIVE);
            }
            // No cycle: walking up reaches the top in fewer steps than there are units.
            int steps = 0;
            for (OrgUnit up = unit;
                    up.parentId().isPresent();
                    up = byId.get(up.parentId().get())) {
                assertThat(++steps)
                        .as("%s: cycle through %s", context, unit.code())
                        .isLessThanOrEqualTo(byId.size());
            }
        }
    }

    // ------------------------------------------------------------------ generators

    /** A fresh code, an existing code in another case, or now and then a malformed one. */
    private static String aCode(SplittableRandom random, Organization organization, int step) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            // Malformed, so only an add with it fails as bad data; other commands ignore the code.
            return "bad code " + step;
        }
        if (roll < 6 && !organization.units().isEmpty()) {
            String taken = pick(random, organization.units()).code();
            return random.nextBoolean() ? taken.toLowerCase(Locale.ROOT) : taken;
        }
        return "U" + step + "-" + random.nextInt(1000);
    }

    /** Settings with a threshold of 3 to 6 and now and then a template; equal to the current ones now and then. */
    private static OrganizationSettings aSettings(SplittableRandom random, Organization organization) {
        if (random.nextInt(4) == 0) {
            return OrganizationSettings.builder()
                    .anonymityThreshold(organization.settings().anonymityThreshold())
                    .defaultTemplate(organization.settings().defaultTemplate())
                    .build();
        }
        OrganizationSettings.Builder settings =
                OrganizationSettings.builder().anonymityThreshold(3 + random.nextInt(4));
        if (random.nextBoolean()) {
            settings.defaultTemplate("oppimismentorointi");
        }
        return settings.build();
    }

    private static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
