package org.learningmentor.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningmentor.core.organization.OrganizationFixtures.AGENCY;
import static org.learningmentor.core.organization.OrganizationFixtures.anAgency;
import static org.learningmentor.core.organization.OrganizationFixtures.anEmptyAgency;
import static org.learningmentor.core.organization.OrganizationFixtures.copyOf;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.IdGenerator;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;

/**
 * Random sequences of unit-tree commands, valid and invalid, against random targets. After every
 * step the tree must be whole (checked here independently of the organization's own check), a
 * refused command must leave the organization equal to before and be refused for exactly the rules
 * a naive model predicts, and a successful command must emit exactly one event of its kind.
 */
class UnitTreePropertyTest {

    private static final int STEPS = 120;
    private static final List<LocalizedText> NAMES = List.of(
            LocalizedText.of(Language.FI, "Hallinto"),
            LocalizedText.of("Palvelut", "Tjänster", "Services"),
            LocalizedText.of(Language.SV, "Kundtjänst"));

    private enum Kind {
        ADD,
        RENAME,
        MOVE,
        CLOSE
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void randomCommandSequencesKeepTheTreeWholeAndRefusalsChangeNothing(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IdGenerator ids = IdGenerator.seeded(seed);
        PersonId actor = PersonId.next(ids);
        Instant at = Instant.parse("2026-01-05T08:00:00Z");
        Organization organization = random.nextBoolean() ? anAgency() : anEmptyAgency();

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
            Organization snapshot = copyOf(organization);
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            String context = "seed=" + seed + " step=" + step + " " + kind;

            OrgUnitId target = pick(random, targets);
            Optional<OrgUnitId> parent = random.nextInt(5) == 0 ? Optional.empty() : Optional.of(pick(random, targets));
            LocalizedText name = pick(random, NAMES);
            String code = aCode(random, organization, step);
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
            Set<String> expected = expectedRefusals(kind, organization, target, code, name, parent);

            Change<Organization> change;
            try {
                change = switch (kind) {
                    case ADD -> organization.addUnit(target, code, name, parent, actor, at);
                    case RENAME -> organization.renameUnit(target, name, actor, at);
                    case MOVE -> organization.moveUnit(target, parent, actor, at);
                    case CLOSE -> organization.closeUnit(target, actor, at);
                };
            } catch (UnitTreeException refusal) {
                refused++;
                assertThat(organization).as(context).isSameAs(before).isEqualTo(snapshot);
                assertThat(refusal.unitId()).as(context).isEqualTo(target);
                assertThat(new HashSet<>(refusal.codes()))
                        .as("%s refused for %s", context, refusal.getMessage())
                        .isEqualTo(expected);
                assertTreeIsWhole(organization, context);
                continue;
            } catch (ValidationException badData) {
                // Only a malformed code of a new unit is bad data here; it changes nothing either.
                assertThat(kind).as(context).isEqualTo(Kind.ADD);
                assertThat(badData.codes()).as(context).containsExactly("organization.unit.code-malformed");
                assertThat(organization).as(context).isEqualTo(snapshot);
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
                    assertThat(event)
                            .isInstanceOfSatisfying(
                                    UnitAdded.class,
                                    e -> assertThat(e.unitId())
                                            .isEqualTo(next.units()
                                                    .get(next.units().size() - 1)
                                                    .id()));
                    assertThat(next.units()).hasSize(before.units().size() + 1);
                    if (!targets.contains(target)) {
                        targets.add(target);
                    }
                }
                case RENAME -> {
                    OrgUnitId renamed = target;
                    LocalizedText newName = name;
                    assertThat(event).isInstanceOfSatisfying(UnitRenamed.class, e -> {
                        assertThat(e.unitId()).isEqualTo(renamed);
                        assertThat(e.name()).isEqualTo(newName);
                    });
                    assertThat(next.unit(target).orElseThrow().name()).isEqualTo(name);
                }
                case MOVE -> {
                    OrgUnitId moved = target;
                    Optional<OrgUnitId> newParent = parent;
                    assertThat(event).isInstanceOfSatisfying(UnitMoved.class, e -> {
                        assertThat(e.unitId()).isEqualTo(moved);
                        assertThat(e.parentId()).isEqualTo(newParent);
                        assertThat(e.previousParentId())
                                .isEqualTo(before.unit(moved).orElseThrow().parentId());
                    });
                    assertThat(next.unit(target).orElseThrow().parentId()).isEqualTo(parent);
                }
                case CLOSE -> {
                    OrgUnitId closed = target;
                    assertThat(event)
                            .isInstanceOfSatisfying(
                                    UnitClosed.class,
                                    e -> assertThat(e.unitId()).isEqualTo(closed));
                    assertThat(next.unit(target).orElseThrow().isActive()).isFalse();
                }
                default -> throw new AssertionError(kind);
            }
            assertThat(next.units().size() - countChanged(before, next))
                    .as("%s: every other unit is untouched", context)
                    .isEqualTo(before.units().size() + (kind == Kind.ADD ? 1 : 0) - 1);
            organization = next;
            assertTreeIsWhole(organization, context);
        }
        assertThat(succeeded).as("seed=%s: some commands succeed", seed).isPositive();
        assertThat(refused).as("seed=%s: some commands are refused", seed).isPositive();
    }

    // ------------------------------------------------------------------ the model

    /** The codes the rules should refuse the command with, computed naively; empty when it should succeed. */
    private static Set<String> expectedRefusals(
            Kind kind,
            Organization organization,
            OrgUnitId target,
            String code,
            LocalizedText name,
            Optional<OrgUnitId> parent) {
        return switch (kind) {
            case ADD -> expectedAddRefusals(organization, target, code, parent);
            case RENAME -> expectedRenameRefusals(organization, target, name);
            case MOVE -> expectedMoveRefusals(organization, target, parent);
            case CLOSE -> expectedCloseRefusals(organization, target);
        };
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

    private static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static int countChanged(Organization before, Organization after) {
        Set<OrgUnit> old = new HashSet<>(before.units());
        return (int) after.units().stream().filter(unit -> !old.contains(unit)).count();
    }
}
