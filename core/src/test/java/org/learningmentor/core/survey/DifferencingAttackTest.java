package org.learningmentor.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningmentor.core.survey.SurveyFixtures.AGENCY;
import static org.learningmentor.core.survey.SurveyFixtures.DAY;
import static org.learningmentor.core.survey.SurveyFixtures.HR;
import static org.learningmentor.core.survey.SurveyFixtures.NONE_USED;
import static org.learningmentor.core.survey.SurveyFixtures.PROGRAM;
import static org.learningmentor.core.survey.SurveyFixtures.SURVEY;
import static org.learningmentor.core.survey.SurveyFixtures.T0;
import static org.learningmentor.core.survey.SurveyFixtures.aSmallInstrument;
import static org.learningmentor.core.survey.SurveyFixtures.aToken;
import static org.learningmentor.core.survey.SurveyFixtures.answers;
import static org.learningmentor.core.survey.SurveyFixtures.responseId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.organization.OrganizationSettings;

/**
 * The differencing attack: an attacker who knows the unit tree and the audience, sees every shown
 * figure of a profile, and even knows which groups are empty, tries to recover a suppressed group's
 * respondent count or dimension sums, first by every subtraction "shown total − Σ shown parts", then,
 * stronger, by solving the whole linear system of the relations between groups. For random seeded
 * trees and response counts and thresholds 3, 5 and 7, no suppressed non-empty group is ever
 * determined. The sums per dimension obey the same relations with the same groups known and unknown
 * as the counts (a shown group shows its count and its means, hence its sums), so a count that
 * cannot be determined means sums that cannot be either.
 */
class DifferencingAttackTest {

    private static final long PRIME = 2_147_483_647L;
    private static final int[] THRESHOLDS = {3, 5, 7};

    /** Counts, over all seeds, the groups that suppression below the threshold alone would leak. */
    private static final AtomicInteger LEAKS_WITHOUT_COMPLEMENTARY = new AtomicInteger();

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void noSuppressedGroupIsDeterminedByTheShownFigures(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Organization organization = aRandomTree(random);
        List<OrgUnitId> audience = aRandomAudience(random, organization);
        Survey survey = Survey.open(
                        SURVEY, organization, PROGRAM, aSmallInstrument(), SurveyPurpose.BASELINE, audience, HR, T0)
                .state();
        for (int threshold : THRESHOLDS) {
            List<SurveyResponse> responses = randomResponses(random, survey, organization, threshold);
            CultureProfile profile = CultureProfiles.compute(survey, organization, responses, threshold);
            Attack attack = new Attack(organization, profile, responses);

            for (int v = 0; v < attack.groups.size(); v++) {
                GroupProfile group = attack.groups.get(v);
                long truth = attack.trueCount[v];
                if (truth < threshold) {
                    assertThat(group.suppression())
                            .as("seed %d threshold %d group %s", seed, threshold, key(group))
                            .contains(Suppression.BELOW_THRESHOLD);
                }
                if (group.isSuppressed()) {
                    assertThat(group.respondents()).isEmpty();
                    assertThat(group.scores()).isEmpty();
                } else {
                    assertThat(group.respondents()).contains((int) truth);
                }
            }
            assertThat(attack.bySubtraction())
                    .as("seed %d threshold %d: groups recovered by subtraction", seed, threshold)
                    .isEmpty();
            assertThat(attack.byLinearAlgebra(attack.known()))
                    .as("seed %d threshold %d: groups recovered by solving the system", seed, threshold)
                    .isEmpty();

            boolean[] naive = new boolean[attack.groups.size()];
            for (int v = 0; v < naive.length; v++) {
                naive[v] = attack.trueCount[v] >= threshold || attack.trueCount[v] == 0;
            }
            LEAKS_WITHOUT_COMPLEMENTARY.addAndGet(attack.byLinearAlgebra(naive).size());
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void theAttackerIsStrongEnoughToBreakSuppressionBelowTheThresholdAlone() {
        // Without complementary suppression the same attacker recovers hidden groups: the attack
        // above is not vacuous.
        assertThat(LEAKS_WITHOUT_COMPLEMENTARY.get()).isPositive();
    }

    // ------------------------------------------------------------------ the attacker

    /** What the attacker sees (the profile, the tree) and, for checking only, the truth. */
    static final class Attack {
        final List<GroupProfile> groups;
        final long[] trueCount;
        final List<int[]> relations = new ArrayList<>();

        Attack(Organization organization, CultureProfile profile, List<SurveyResponse> responses) {
            groups = profile.groups();
            Map<String, Integer> index = new HashMap<>();
            for (int v = 0; v < groups.size(); v++) {
                index.put(key(groups.get(v)), v);
            }
            Set<OrgUnitId> covered = new LinkedHashSet<>();
            groups.forEach(g -> {
                if (g.kind() == GroupKind.UNIT) {
                    covered.add(g.unitId().orElseThrow());
                }
            });
            // The relations the attacker derives from the tree: subtree(u) - unit(u) - Σ subtree(c) = 0
            // and audience - Σ subtree(top) = 0; the first entry has +1, the rest -1.
            List<Integer> tops = new ArrayList<>();
            for (OrgUnitId unit : covered) {
                List<Integer> relation = new ArrayList<>();
                relation.add(index.get("SUBTREE:" + unit));
                relation.add(index.get("UNIT:" + unit));
                for (OrgUnit child : organization.children(unit)) {
                    relation.add(index.get("SUBTREE:" + child.id()));
                }
                relations.add(relation.stream().mapToInt(Integer::intValue).toArray());
                Optional<OrgUnitId> parent =
                        organization.unit(unit).orElseThrow().parentId();
                if (parent.isEmpty() || !covered.contains(parent.get())) {
                    tops.add(index.get("SUBTREE:" + unit));
                }
            }
            List<Integer> audience = new ArrayList<>();
            audience.add(index.get("AUDIENCE:-"));
            audience.addAll(tops);
            relations.add(audience.stream().mapToInt(Integer::intValue).toArray());

            trueCount = new long[groups.size()];
            for (SurveyResponse response : responses) {
                trueCount[index.get("AUDIENCE:-")]++;
                trueCount[index.get("UNIT:" + response.unitId())]++;
                trueCount[index.get("SUBTREE:" + response.unitId())]++;
                for (OrgUnit ancestor : organization.ancestors(response.unitId())) {
                    Integer subtree = index.get("SUBTREE:" + ancestor.id());
                    if (subtree != null) {
                        trueCount[subtree]++;
                    }
                }
            }
        }

        /** Shown groups, and groups the attacker knows to be empty. */
        boolean[] known() {
            boolean[] known = new boolean[groups.size()];
            for (int v = 0; v < known.length; v++) {
                known[v] = !groups.get(v).isSuppressed() || trueCount[v] == 0;
            }
            return known;
        }

        /** Every relation with exactly one unknown group, repeated while something new is learnt. */
        List<String> bySubtraction() {
            boolean[] known = known();
            List<String> recovered = new ArrayList<>();
            boolean learnt = true;
            while (learnt) {
                learnt = false;
                for (int[] relation : relations) {
                    int unknown = -1;
                    int unknowns = 0;
                    for (int v : relation) {
                        if (!known[v]) {
                            unknown = v;
                            unknowns++;
                        }
                    }
                    if (unknowns == 1) {
                        known[unknown] = true;
                        recovered.add(key(groups.get(unknown)));
                        learnt = true;
                    }
                }
            }
            return recovered;
        }

        /**
         * Solves the relations for the unknown groups (modulo a large prime, exact for these small
         * integer systems): a group is determined when its column is a pivot whose row has no free
         * column, i.e. every solution gives it the same value.
         */
        List<String> byLinearAlgebra(boolean[] known) {
            List<Integer> unknown = new ArrayList<>();
            for (int v = 0; v < known.length; v++) {
                if (!known[v] && trueCount[v] > 0) {
                    unknown.add(v);
                }
            }
            // Empty groups the attacker does not know about are unknowns too (known[] says so).
            for (int v = 0; v < known.length; v++) {
                if (!known[v] && trueCount[v] == 0) {
                    unknown.add(v);
                }
            }
            Map<Integer, Integer> column = new HashMap<>();
            for (int c = 0; c < unknown.size(); c++) {
                column.put(unknown.get(c), c);
            }
            int columns = unknown.size();
            long[][] matrix = new long[relations.size()][columns];
            for (int r = 0; r < relations.size(); r++) {
                int[] relation = relations.get(r);
                for (int i = 0; i < relation.length; i++) {
                    Integer c = column.get(relation[i]);
                    if (c != null) {
                        long coefficient = i == 0 ? 1 : PRIME - 1;
                        matrix[r][c] = (matrix[r][c] + coefficient) % PRIME;
                    }
                }
            }
            int[] pivotRowOfColumn = rref(matrix, columns);
            Set<Integer> free = new HashSet<>();
            for (int c = 0; c < columns; c++) {
                if (pivotRowOfColumn[c] < 0) {
                    free.add(c);
                }
            }
            List<String> determined = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int row = pivotRowOfColumn[c];
                if (row >= 0 && trueCount[unknown.get(c)] > 0) {
                    boolean alone = true;
                    for (int f : free) {
                        alone &= matrix[row][f] == 0;
                    }
                    if (alone) {
                        determined.add(key(groups.get(unknown.get(c))));
                    }
                }
            }
            return determined;
        }
    }

    /** Reduces the matrix in place to reduced row echelon form; returns each column's pivot row or -1. */
    static int[] rref(long[][] m, int columns) {
        int[] pivotRow = new int[columns];
        java.util.Arrays.fill(pivotRow, -1);
        int row = 0;
        for (int c = 0; c < columns && row < m.length; c++) {
            int found = -1;
            for (int r = row; r < m.length; r++) {
                if (m[r][c] != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            long[] swap = m[found];
            m[found] = m[row];
            m[row] = swap;
            long inverse = power(m[row][c], PRIME - 2);
            for (int j = 0; j < columns; j++) {
                m[row][j] = m[row][j] * inverse % PRIME;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != row && m[r][c] != 0) {
                    long factor = m[r][c];
                    for (int j = 0; j < columns; j++) {
                        m[r][j] = Math.floorMod(m[r][j] - factor * m[row][j] % PRIME, PRIME);
                    }
                }
            }
            pivotRow[c] = row;
            row++;
        }
        return pivotRow;
    }

    private static long power(long base, long exponent) {
        long result = 1;
        long b = base % PRIME;
        while (exponent > 0) {
            if ((exponent & 1) == 1) {
                result = result * b % PRIME;
            }
            b = b * b % PRIME;
            exponent >>= 1;
        }
        return result;
    }

    // ------------------------------------------------------------------ random data

    static String key(GroupProfile group) {
        return group.kind() + ":" + group.unitId().map(Object::toString).orElse("-");
    }

    static Organization aRandomTree(SplittableRandom random) {
        int size = 2 + random.nextInt(40);
        List<OrgUnit> units = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            OrgUnitId parent = i == 0 || random.nextInt(8) == 0
                    ? null
                    : units.get(random.nextInt(units.size())).id();
            units.add(SurveyFixtures.unit(OrgUnitId.of(SurveyFixtures.uuid(0x1000 + i)), "U" + i, parent));
        }
        return Organization.builder()
                .id(AGENCY)
                .name(LocalizedText.of(Language.EN, "Random agency"))
                .addLanguages(Language.FI)
                .settings(OrganizationSettings.builder().anonymityThreshold(3).build())
                .addAllUnits(units)
                .build();
    }

    static List<OrgUnitId> aRandomAudience(SplittableRandom random, Organization organization) {
        List<OrgUnit> units = organization.units();
        switch (random.nextInt(3)) {
            case 0:
                return organization.topLevelUnits().stream().map(OrgUnit::id).toList();
            case 1:
                return List.of(units.get(random.nextInt(units.size())).id());
            default:
                Set<OrgUnitId> some = new LinkedHashSet<>();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    some.add(units.get(random.nextInt(units.size())).id());
                }
                return List.copyOf(some);
        }
    }

    /** How many respondents a unit gets: 0 for 3 in 10, below the threshold for 4 in 10, else at or above it. */
    static int aRandomGroupSize(SplittableRandom random, int threshold) {
        int kind = random.nextInt(10);
        return kind < 3 ? 0 : kind < 7 ? 1 + random.nextInt(threshold - 1) : threshold + random.nextInt(3 * threshold);
    }

    /** Many empty and small units, some large ones. */
    private static List<SurveyResponse> randomResponses(
            SplittableRandom random, Survey survey, Organization organization, int threshold) {
        List<SurveyResponse> responses = new ArrayList<>();
        int n = 0;
        for (OrgUnit unit : organization.units()) {
            if (!survey.isInAudience(organization, unit.id())) {
                continue;
            }
            int count = aRandomGroupSize(random, threshold);
            for (int i = 0; i < count; i++) {
                n++;
                responses.add(survey.acceptResponse(
                        responseId(n),
                        aToken(n),
                        unit.id(),
                        answers("A1", 1 + random.nextInt(5), "A2", 1 + random.nextInt(5), "B1", 1 + random.nextInt(5)),
                        organization,
                        NONE_USED,
                        DAY));
            }
        }
        return responses;
    }
}
