package org.learningmentor.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.learningmentor.core.organization.OrganizationFixtures.ARKISTO;
import static org.learningmentor.core.organization.OrganizationFixtures.ASIAKASPALVELU;
import static org.learningmentor.core.organization.OrganizationFixtures.HALLINTO;
import static org.learningmentor.core.organization.OrganizationFixtures.HENKILOSTO;
import static org.learningmentor.core.organization.OrganizationFixtures.LUPAPALVELUT;
import static org.learningmentor.core.organization.OrganizationFixtures.NOWHERE;
import static org.learningmentor.core.organization.OrganizationFixtures.PALVELUT;
import static org.learningmentor.core.organization.OrganizationFixtures.TALOUS;
import static org.learningmentor.core.organization.OrganizationFixtures.TIETOHALLINTO;
import static org.learningmentor.core.organization.OrganizationFixtures.TURKU;
import static org.learningmentor.core.organization.OrganizationFixtures.anAgency;

import org.junit.jupiter.api.Test;

class OrganizationQueriesTest {

    private final Organization agency = anAgency();

    @Test
    void unitFindsAUnitByIdAndIsEmptyForAnUnknownId() {
        assertThat(agency.unit(TALOUS))
                .hasValueSatisfying(unit -> assertThat(unit.code()).isEqualTo("HAL-TAL"));
        assertThat(agency.unit(NOWHERE)).isEmpty();
    }

    @Test
    void unitByCodeIgnoresCaseAndFindsClosedUnits() {
        assertThat(agency.unitByCode("pal-asi-tku")).map(OrgUnit::id).contains(TURKU);
        assertThat(agency.unitByCode("Tie-Ark")).map(OrgUnit::id).contains(ARKISTO);
        assertThat(agency.unitByCode("XYZ")).isEmpty();
        assertThat(agency.unitByCode("not a code at all")).isEmpty();
    }

    @Test
    void childrenAreTheUnitsDirectlyBelowInTheOrderTheyWereAdded() {
        assertThat(agency.children(PALVELUT)).extracting(OrgUnit::id).containsExactly(ASIAKASPALVELU, LUPAPALVELUT);
        assertThat(agency.children(TIETOHALLINTO)).extracting(OrgUnit::id).containsExactly(ARKISTO);
        assertThat(agency.children(TURKU)).isEmpty();
        assertThat(agency.children(NOWHERE)).isEmpty();
    }

    @Test
    void descendantsAreTheWholeSubtreeBelowDepthFirstEachUnitBeforeItsChildren() {
        assertThat(agency.descendants(PALVELUT))
                .extracting(OrgUnit::id)
                .containsExactly(ASIAKASPALVELU, TURKU, LUPAPALVELUT);
        assertThat(agency.descendants(TURKU)).isEmpty();
        assertThat(agency.descendants(NOWHERE)).isEmpty();
    }

    @Test
    void subtreeIsTheUnitFollowedByItsDescendants() {
        assertThat(agency.subtree(ASIAKASPALVELU)).extracting(OrgUnit::id).containsExactly(ASIAKASPALVELU, TURKU);
        assertThat(agency.subtree(TURKU)).extracting(OrgUnit::id).containsExactly(TURKU);
        assertThat(agency.subtree(NOWHERE)).isEmpty();
    }

    @Test
    void ancestorsRunFromTheParentToTheTop() {
        assertThat(agency.ancestors(TURKU)).extracting(OrgUnit::id).containsExactly(ASIAKASPALVELU, PALVELUT);
        assertThat(agency.ancestors(PALVELUT)).isEmpty();
        assertThat(agency.ancestors(NOWHERE)).isEmpty();
    }

    @Test
    void pathRunsFromTheTopToTheUnitItself() {
        assertThat(agency.path(TURKU)).extracting(OrgUnit::code).containsExactly("PAL", "PAL-ASI", "PAL-ASI-TKU");
        assertThat(agency.path(HALLINTO)).extracting(OrgUnit::id).containsExactly(HALLINTO);
        assertThat(agency.path(NOWHERE)).isEmpty();
    }

    @Test
    void isAncestorHoldsForEveryUnitAboveAndForNoOther() {
        assertThat(agency.isAncestor(PALVELUT, TURKU)).isTrue();
        assertThat(agency.isAncestor(ASIAKASPALVELU, TURKU)).isTrue();
        assertThat(agency.isAncestor(TURKU, PALVELUT)).as("the other way round").isFalse();
        assertThat(agency.isAncestor(TURKU, TURKU))
                .as("a unit is not its own ancestor")
                .isFalse();
        assertThat(agency.isAncestor(LUPAPALVELUT, TURKU))
                .as("a sibling's child")
                .isFalse();
        assertThat(agency.isAncestor(HALLINTO, HENKILOSTO)).isTrue();
        assertThat(agency.isAncestor(NOWHERE, TURKU)).isFalse();
        assertThat(agency.isAncestor(PALVELUT, NOWHERE)).isFalse();
    }

    @Test
    void activeUnitsLeaveOutClosedUnits() {
        assertThat(agency.activeUnits()).hasSize(8).extracting(OrgUnit::id).doesNotContain(ARKISTO);
    }

    @Test
    void topLevelUnitsAreTheUnitsWithoutAParent() {
        assertThat(agency.topLevelUnits()).extracting(OrgUnit::id).containsExactly(HALLINTO, PALVELUT, TIETOHALLINTO);
    }

    @Test
    void queriesWhenGivenNullThenThrowNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> agency.unit(null)).withMessage("unitId");
        assertThatNullPointerException()
                .isThrownBy(() -> agency.unitByCode(null))
                .withMessage("code");
        assertThatNullPointerException().isThrownBy(() -> agency.children(null)).withMessage("unitId");
        assertThatNullPointerException()
                .isThrownBy(() -> agency.descendants(null))
                .withMessage("unitId");
        assertThatNullPointerException().isThrownBy(() -> agency.subtree(null)).withMessage("unitId");
        assertThatNullPointerException()
                .isThrownBy(() -> agency.ancestors(null))
                .withMessage("unitId");
        assertThatNullPointerException().isThrownBy(() -> agency.path(null)).withMessage("unitId");
        assertThatNullPointerException()
                .isThrownBy(() -> agency.isAncestor(null, TURKU))
                .withMessage("ancestorId");
        assertThatNullPointerException()
                .isThrownBy(() -> agency.isAncestor(TURKU, null))
                .withMessage("unitId");
    }
}
