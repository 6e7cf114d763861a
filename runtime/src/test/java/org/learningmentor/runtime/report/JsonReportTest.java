package org.learningmentor.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.learningmentor.core.evaluation.Evaluation;
import tools.jackson.databind.json.JsonMapper;

/** The evaluation's JSON: its own wire format, pretty and stable, read back to an equal value. */
class JsonReportTest {

    @Test
    void jsonRoundTripsToAnEqualEvaluationThatReproducesItsFindings() {
        Evaluation evaluation = ReportFixtures.anEvaluation();

        Evaluation read = EvaluationReports.parseJson(EvaluationReports.json(evaluation));

        assertThat(read).isEqualTo(evaluation);
        assertThat(read.reproduce()).isEqualTo(evaluation.findings());
    }

    @Test
    void jsonOfAHostileEvaluationRoundTrips() {
        Evaluation evaluation = ReportFixtures.aHostileEvaluation();

        assertThat(EvaluationReports.parseJson(EvaluationReports.json(evaluation)))
                .isEqualTo(evaluation);
    }

    @Test
    void jsonIsTheWireFormatOfCoreIndentedWithUnixLineEndsAndTheSameOnEveryCall() {
        Evaluation evaluation = ReportFixtures.anEvaluation();
        JsonMapper plain = JsonMapper.builder().build();

        String json = EvaluationReports.json(evaluation);

        assertThat(plain.readTree(json)).isEqualTo(plain.readTree(plain.writeValueAsString(evaluation)));
        assertThat(json).startsWith("{\n  \"").endsWith("}\n").doesNotContain("\r");
        assertThat(json).contains("\"levels\"").contains("\"findings\"");
        assertThat(EvaluationReports.json(ReportFixtures.anEvaluation())).isEqualTo(json);
    }
}
