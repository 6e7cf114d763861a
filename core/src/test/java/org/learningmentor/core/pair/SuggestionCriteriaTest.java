package org.learningmentor.core.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.learningmentor.core.pair.SuggestionFixtures.FEEDBACK;
import static org.learningmentor.core.pair.SuggestionFixtures.FINANCE;
import static org.learningmentor.core.pair.SuggestionFixtures.person;

import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;

/** Validation of criteria and candidates. */
class SuggestionCriteriaTest {

    @Test
    void defaultsWeighEveryCriterion() {
        SuggestionCriteria defaults = SuggestionCriteria.defaults();

        assertThat(defaults.weight(Criterion.DIFFERENT_UNITS)).isEqualTo(3);
        assertThat(defaults.weight(Criterion.SHARED_DEVELOPMENT_TARGETS)).isEqualTo(2);
        assertThat(defaults.weight(Criterion.COMMON_LANGUAGE)).isEqualTo(4);
        assertThat(defaults.weight(Criterion.SENIORITY_GAP)).isEqualTo(1);
        assertThat(defaults.fullScoreSeniorityGap()).isEqualTo(5);
        assertThat(defaults).isEqualTo(SuggestionCriteria.builder().build());
    }

    @Test
    void badWeightsAndGapAreAllReported() {
        assertThatThrownBy(() -> SuggestionCriteria.builder()
                        .differentUnits(-1)
                        .sharedDevelopmentTargets(Double.NaN)
                        .commonLanguage(Double.POSITIVE_INFINITY)
                        .seniorityGap(0)
                        .fullScoreSeniorityGap(0)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::path)
                                .containsExactly(
                                        tuple("pair.suggestion.weight-negative", "differentUnits"),
                                        tuple("pair.suggestion.weight-not-finite", "sharedDevelopmentTargets"),
                                        tuple("pair.suggestion.weight-not-finite", "commonLanguage"),
                                        tuple("pair.suggestion.seniority-gap-out-of-range", "fullScoreSeniorityGap")));
    }

    @Test
    void allWeightsZeroIsRefused() {
        assertThatThrownBy(() -> SuggestionCriteria.builder()
                        .differentUnits(0)
                        .sharedDevelopmentTargets(0)
                        .commonLanguage(0)
                        .seniorityGap(0)
                        .fullScoreSeniorityGap(51)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes())
                                .containsExactly(
                                        "pair.suggestion.weights-all-zero",
                                        "pair.suggestion.seniority-gap-out-of-range"));
    }

    @Test
    void oneWeightAboveZeroIsEnough() {
        SuggestionCriteria onlyLanguage = SuggestionCriteria.builder()
                .differentUnits(0)
                .sharedDevelopmentTargets(0)
                .seniorityGap(0)
                .build();

        assertThat(onlyLanguage.weight(Criterion.COMMON_LANGUAGE)).isEqualTo(4);
    }

    @Test
    void unknownCriterionNameIsRefusedWithTheAllowedNames() {
        assertThat(Criterion.parse("COMMON_LANGUAGE")).isEqualTo(Criterion.COMMON_LANGUAGE);
        assertThatThrownBy(() -> Criterion.parse("HOBBIES"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("pair.suggestion.criterion-unknown"));
    }

    @Test
    void candidateWhoIsTheirOwnManagerOrHasImpossibleSeniorityIsRefused() {
        assertThatThrownBy(() -> PairCandidate.builder()
                        .personId(person(1))
                        .unitId(FINANCE)
                        .managerId(person(1))
                        .seniorityYears(-1)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::path)
                                .containsExactly(
                                        tuple("pair.suggestion.candidate-own-manager", "managerId"),
                                        tuple("pair.suggestion.seniority-out-of-range", "seniorityYears")));
        assertThatThrownBy(() -> PairCandidate.builder()
                        .personId(person(1))
                        .unitId(FINANCE)
                        .seniorityYears(PairCandidate.MAX_SENIORITY_YEARS + 1)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("pair.suggestion.seniority-out-of-range"));
    }

    @Test
    void candidateWithoutPersonOrUnitIsRefused() {
        assertThatThrownBy(() -> PairCandidate.builder().build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.codes()).contains("common.value.required"));
    }

    @Test
    void candidateFromAPersonTakesTheirUnitManagerAndLanguage() {
        PersonId manager = person(9);
        Person aino = Person.builder()
                .id(person(1))
                .organizationId(SuggestionFixtures.AGENCY)
                .unitId(FINANCE)
                .displayName("Aino Virtanen")
                .email("aino.virtanen@example.fi")
                .addRoles(Role.EMPLOYEE)
                .managerId(manager)
                .language(Language.SV)
                .build();

        PairCandidate candidate = PairCandidate.from(aino, Set.of(FEEDBACK), OptionalInt.of(7));

        assertThat(candidate.personId()).isEqualTo(aino.id());
        assertThat(candidate.unitId()).isEqualTo(FINANCE);
        assertThat(candidate.managerId()).contains(manager);
        assertThat(candidate.languages()).containsExactly(Language.SV);
        assertThat(candidate.developmentTargetIds()).containsExactly(FEEDBACK);
        assertThat(candidate.seniorityYears()).hasValue(7);
        assertThat(candidate.toString()).doesNotContain("Aino", "aino.virtanen");
    }
}
