package org.learningmentor.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.survey.SurveyFixtures.ARK;
import static org.learningmentor.core.survey.SurveyFixtures.HAL;
import static org.learningmentor.core.survey.SurveyFixtures.HR;
import static org.learningmentor.core.survey.SurveyFixtures.NOWHERE;
import static org.learningmentor.core.survey.SurveyFixtures.OUTSIDER;
import static org.learningmentor.core.survey.SurveyFixtures.PAL;
import static org.learningmentor.core.survey.SurveyFixtures.PROGRAM;
import static org.learningmentor.core.survey.SurveyFixtures.SURVEY;
import static org.learningmentor.core.survey.SurveyFixtures.T0;
import static org.learningmentor.core.survey.SurveyFixtures.VIRASTO;
import static org.learningmentor.core.survey.SurveyFixtures.aClosedSurvey;
import static org.learningmentor.core.survey.SurveyFixtures.anAgency;
import static org.learningmentor.core.survey.SurveyFixtures.anOpenSurvey;
import static org.learningmentor.core.survey.SurveyFixtures.codesAndPaths;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.organization.Organization;

class SurveyCommandsTest {

    private static Change<Survey> open(List<OrgUnitId> audience, org.learningmentor.core.person.Person actor) {
        return Survey.open(
                SURVEY,
                anAgency(),
                PROGRAM,
                Instruments.defaultInstrument(),
                SurveyPurpose.BASELINE,
                audience,
                actor,
                T0);
    }

    @Test
    void openGivesAnOpenSurveyAndOneEvent() {
        Change<Survey> change = open(List.of(HAL, PAL), HR);
        Survey survey = change.state();
        assertThat(survey.isOpen()).isTrue();
        assertThat(survey.status()).isEqualTo(SurveyStatus.OPEN);
        assertThat(survey.closedAt()).isEmpty();
        assertThat(survey.openedAt()).isEqualTo(T0);
        assertThat(survey.version()).isZero();
        assertThat(survey.instrument()).isEqualTo(Instruments.defaultInstrument());
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(SurveyOpened.class, e -> {
            assertThat(e.surveyId()).isEqualTo(SURVEY);
            assertThat(e.programId()).isEqualTo(PROGRAM);
            assertThat(e.instrumentCode()).isEqualTo(Instruments.DEFAULT_CODE);
            assertThat(e.purpose()).isEqualTo(SurveyPurpose.BASELINE);
            assertThat(e.audience()).containsExactly(HAL, PAL);
            assertThat(e.actor()).isEqualTo(HR.id());
            assertThat(e.occurredAt()).isEqualTo(T0);
            assertThat(e.organizationId()).isEqualTo(SurveyFixtures.AGENCY);
        });
    }

    @Test
    void openWhenActorIsOutsiderAndUnitsUnknownOrClosedThenRefusesWithEveryRule() {
        SurveyRuleException e =
                catchThrowableOfType(SurveyRuleException.class, () -> open(List.of(HAL, NOWHERE, ARK), OUTSIDER));
        assertThat(codesAndPaths(e))
                .containsExactly(
                        "survey.actor.other-organization@actor",
                        "survey.audience.unit-unknown@audience[1]",
                        "survey.audience.unit-closed@audience[2]");
        assertThat(e.surveyId()).isEqualTo(SURVEY);
        assertThat(e.getMessage()).startsWith("Survey " + SURVEY + " cannot be opened: ");
    }

    @Test
    void openWhenAudienceIsEmptyOrRepeatsThenReportsStructure() {
        assertThat(codesAndPaths(catchThrowableOfType(ValidationException.class, () -> open(List.of(), HR))))
                .containsExactly("survey.audience.empty@audience");
        assertThat(codesAndPaths(catchThrowableOfType(ValidationException.class, () -> open(List.of(HAL, HAL), HR))))
                .containsExactly("survey.audience.duplicate@audience[1]");
    }

    @Test
    void closeGivesAClosedSurveyAndOneEvent() {
        Survey open = anOpenSurvey().withVersion(3);
        Instant at = T0.plusSeconds(3600);
        Change<Survey> change = open.close(HR, at);
        assertThat(change.state().status()).isEqualTo(SurveyStatus.CLOSED);
        assertThat(change.state().isOpen()).isFalse();
        assertThat(change.state().closedAt()).contains(at);
        assertThat(change.state().version()).isEqualTo(3);
        assertThat(change.state().audience()).isEqualTo(open.audience());
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(SurveyClosed.class, e -> {
            assertThat(e.surveyId()).isEqualTo(SURVEY);
            assertThat(e.occurredAt()).isEqualTo(at);
        });
        assertThat(open.isOpen()).isTrue();
    }

    @Test
    void closeWhenClosedAlreadyBeforeOpeningAndByAnOutsiderThenRefusesWithEveryRule() {
        Survey closed = aClosedSurvey();
        SurveyRuleException e =
                catchThrowableOfType(SurveyRuleException.class, () -> closed.close(OUTSIDER, T0.minusSeconds(1)));
        assertThat(codesAndPaths(e))
                .containsExactly(
                        "survey.actor.other-organization@actor",
                        "survey.status.closed@",
                        "survey.closed-at.before-opened@at");
    }

    @Test
    void buildWhenClosingTimeDoesNotMatchStatusOrPrecedesOpeningThenReportsStructure() {
        Survey open = anOpenSurvey();
        assertThat(codesAndPaths(catchThrowableOfType(
                        ValidationException.class,
                        () -> Survey.builder()
                                .id(SURVEY)
                                .organizationId(open.organizationId())
                                .programId(PROGRAM)
                                .instrument(open.instrument())
                                .purpose(SurveyPurpose.OUTCOME)
                                .addAudience(VIRASTO)
                                .openedAt(T0)
                                .status(SurveyStatus.CLOSED)
                                .version(-1)
                                .build())))
                .containsExactly("survey.closed-at.inconsistent@closedAt", "survey.version.negative@version");
        assertThat(codesAndPaths(catchThrowableOfType(
                        ValidationException.class,
                        () -> Survey.builder()
                                .id(SURVEY)
                                .organizationId(open.organizationId())
                                .programId(PROGRAM)
                                .instrument(open.instrument())
                                .purpose(SurveyPurpose.OUTCOME)
                                .addAudience(VIRASTO)
                                .openedAt(T0)
                                .status(SurveyStatus.CLOSED)
                                .closedAt(T0.minusSeconds(1))
                                .build())))
                .containsExactly("survey.closed-at.before-opened@closedAt");
        assertThat(codesAndPaths(catchThrowableOfType(ValidationException.class, () -> open.withVersion(-2))))
                .containsExactly("survey.version.negative@version");
    }

    @Test
    void audienceCoversTheSubtreesOfItsUnits() {
        Organization agency = anAgency();
        Survey survey = anOpenSurvey(SURVEY, Instruments.defaultInstrument(), List.of(HAL));
        assertThat(survey.isInAudience(agency, HAL)).isTrue();
        assertThat(survey.isInAudience(agency, SurveyFixtures.HAL_HR)).isTrue();
        assertThat(survey.isInAudience(agency, PAL)).isFalse();
        assertThat(survey.isInAudience(agency, VIRASTO)).isFalse();
        assertThat(survey.isInAudience(agency, NOWHERE)).isFalse();
    }

    @Test
    void nullArgumentsAreNamed() {
        Survey survey = anOpenSurvey();
        assertThat(catchThrowableOfType(NullPointerException.class, () -> survey.close(null, T0)))
                .hasMessage("actor");
        assertThat(catchThrowableOfType(NullPointerException.class, () -> survey.close(HR, null)))
                .hasMessage("at");
        assertThat(catchThrowableOfType(NullPointerException.class, () -> open(null, HR)))
                .hasMessage("audience");
    }

    @Test
    void enumsParseExactNamesOnly() {
        assertThat(SurveyStatus.parse("CLOSED")).isEqualTo(SurveyStatus.CLOSED);
        assertThat(SurveyPurpose.parse("FOLLOW_UP")).isEqualTo(SurveyPurpose.FOLLOW_UP);
        assertThat(Suppression.parse("COMPLEMENTARY")).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(GroupKind.parse("SUBTREE")).isEqualTo(GroupKind.SUBTREE);
        assertThat(codesAndPaths(catchThrowableOfType(ValidationException.class, () -> SurveyStatus.parse("open"))))
                .containsExactly("survey.status.unknown@status");
        assertThat(codesAndPaths(catchThrowableOfType(ValidationException.class, () -> SurveyPurpose.parse("0"))))
                .containsExactly("survey.purpose.unknown@purpose");
        assertThat(codesAndPaths(catchThrowableOfType(ValidationException.class, () -> Suppression.parse("ZERO"))))
                .containsExactly("survey.suppression.unknown@suppression");
        assertThat(codesAndPaths(catchThrowableOfType(ValidationException.class, () -> GroupKind.parse("TEAM"))))
                .containsExactly("survey.group-kind.unknown@kind");
    }
}
