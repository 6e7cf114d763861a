package org.learningmentor.core.evaluation;

import java.math.BigDecimal;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/** Checks shared by the built-in rules; not API. */
final class Rules {

    private Rules() {}

    static void checkCommon(String id, LocalizedText title, Violations violations) {
        if (violations.checkMaxLength(id, 64, "id")) {
            Numbers.checkId(id, "id", violations);
        }
        violations.checkMaxLength(title, LocalizedText.NAME_MAX_LENGTH, "title");
    }

    static void checkThreshold(Metric metric, BigDecimal threshold, String path, Violations violations) {
        if (Numbers.checkDigits(threshold, path, violations)) {
            violations.check(
                    metric.accepts(threshold),
                    EvaluationViolation.THRESHOLD_OUT_OF_RANGE,
                    path,
                    Numbers.describe(threshold),
                    metric,
                    metric.minimum().toPlainString(),
                    metric.maximum().map(BigDecimal::toPlainString).orElse("∞"));
        }
    }
}
