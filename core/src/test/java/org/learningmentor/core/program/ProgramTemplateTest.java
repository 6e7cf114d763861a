package org.learningmentor.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningmentor.core.program.ProgramCommandsTest.assertInvalid;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;

/** The standard template (ready-made guidelines) and a client's tailored copies. */
class ProgramTemplateTest {

    @Test
    void theStandardTemplateHasThreeSessionsOneAssignmentBetweenEachTwoAndTwoMeetings() {
        ProgramTemplate standard = ProgramTemplate.standard();
        assertThat(standard.code()).isEqualTo("oppimismentorointi");
        assertThat(standard.sessionCount()).isEqualTo(3);
        assertThat(standard.assignmentsPerInterval()).isEqualTo(1);
        assertThat(standard.recommendedAssignments()).isEqualTo(2);
        assertThat(standard.recommendedMeetings()).isEqualTo(2);
        assertThat(standard.defaultRuleSet()).isEqualTo("default");
        assertThat(standard.defaultInstrument()).isEqualTo("dloq-7");
        assertThat(standard.phases()).containsExactly(ProgramPhase.values());
        assertThat(standard.sessionTitles())
                .allSatisfy(title -> assertThat(title.asMap()).containsOnlyKeys(Language.FI, Language.SV, Language.EN));
    }

    @Test
    void tailoringACopyLeavesTheStandardAsItWas() {
        LocalizedText followUp = LocalizedText.of("Jatkotyöpaja", "Uppföljningsverkstad", "Follow-up workshop");
        ProgramTemplate ours = ProgramTemplate.standard()
                .withCode("virasto-2026")
                .withSessionCount(4)
                .withSessionTitle(4, followUp)
                .withAssignmentsPerInterval(2)
                .withRecommendedMeetings(3);

        assertThat(ours.sessionCount()).isEqualTo(4);
        assertThat(ours.sessionTitles().get(3)).isEqualTo(followUp);
        assertThat(ours.sessionTitles().subList(0, 3))
                .isEqualTo(ProgramTemplate.standard().sessionTitles());
        assertThat(ours.recommendedAssignments()).isEqualTo(6);
        assertThat(ProgramTemplate.standard().sessionCount()).isEqualTo(3);
        assertThat(ProgramTemplate.standard().withSessionCount(1).sessionCount())
                .isEqualTo(1);
        assertThat(ProgramTemplate.standard()
                        .withSessionCount(5)
                        .sessionTitles()
                        .get(4))
                .isEqualTo(LocalizedText.of("Valmennuskerta 5", "Träff 5", "Session 5"));
    }

    @Test
    void sessionCountOutsideOneToTenThenRejectsWithSessionCount() {
        assertInvalid(() -> ProgramTemplate.standard().withSessionCount(0), "program.template.session-count");
        assertInvalid(() -> ProgramTemplate.standard().withSessionCount(11), "program.template.session-count");
        assertThat(ProgramTemplate.standard().withSessionCount(10).sessionCount())
                .isEqualTo(10);
    }

    @Test
    void sessionCountFarOutOfRangeThenReportsTheCountAsked() {
        ValidationException invalid = assertInvalid(
                () -> ProgramTemplate.standard().withSessionCount(1000), "program.template.session-count");
        assertThat(invalid.violations().get(0).path()).isEqualTo("count");
        assertThat(invalid.violations().get(0).arguments()).containsExactly("1", "10", "1000");
        assertThat(invalid.violations().get(0).message(Locale.ENGLISH)).endsWith("not 1000");
        assertThat(assertInvalid(
                                () -> ProgramTemplate.standard().withSessionCount(-5), "program.template.session-count")
                        .violations()
                        .get(0)
                        .arguments())
                .containsExactly("1", "10", "-5");
    }

    @Test
    void renamingASessionThatDoesNotExistThenRejectsWithSessionUnknown() {
        for (int ordinal : new int[] {0, 4, -1}) {
            ValidationException invalid = assertInvalid(
                    () -> ProgramTemplate.standard().withSessionTitle(ordinal, LocalizedText.of(Language.FI, "x")),
                    "program.template.session-unknown");
            assertThat(invalid.violations().get(0).path()).isEqualTo("ordinal");
            assertThat(invalid.violations().get(0).arguments()).containsExactly(String.valueOf(ordinal), "3");
        }
    }

    @Test
    void badCodesCountsAndLongNamesThenRejectEveryViolationAtOnce() {
        assertInvalid(
                () -> ProgramTemplate.builder()
                        .code("bad code")
                        .name(LocalizedText.of(Language.FI, "n".repeat(255)))
                        .addSessionTitles(LocalizedText.of(Language.FI, "t"))
                        .assignmentsPerInterval(6)
                        .recommendedMeetings(-1)
                        .defaultRuleSet("-x")
                        .defaultInstrument("ok")
                        .build(),
                "program.template.code-malformed",
                "common.text.too-long",
                "program.template.assignments-out-of-range",
                "program.template.meetings-out-of-range",
                "program.template.reference-malformed");
    }

    @Test
    void aProgrammeOfATailoredTemplateNeedsItsOwnNumberOfSessions() {
        ProgramTemplate two = ProgramTemplate.standard().withSessionCount(2);
        MentoringProgram program = ProgramFixtures.generated(ProgramFixtures.aProgramIn(ProgramPhase.RECRUITMENT))
                .withTemplate(two);
        assertThat(program.readiness().conditions().get(1).arguments()).containsExactly("2", "0");
    }
}
