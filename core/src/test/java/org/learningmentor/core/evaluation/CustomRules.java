package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.learningmentor.core.common.LocalizedText;

/** A host's own rule type, as a host would write it: a record registered under the name {@code "acme.minimum-mentors"}. */
final class CustomRules {

    static final String TYPE = "acme.minimum-mentors";

    private CustomRules() {}

    /** Passes when at least {@code minimum} mentors were ever enrolled. */
    record MinimumMentorsRule(
            @JsonProperty("id") String id,
            @JsonProperty("level") KirkpatrickLevel level,
            @JsonProperty("severity") Severity severity,
            @JsonProperty("title") LocalizedText title,
            @JsonProperty("minimum") int minimum)
            implements EvaluationRule {

        @Override
        public Finding evaluate(EvaluationFacts facts) {
            return Finding.judged(
                    this,
                    MetricValue.of(BigDecimal.valueOf(facts.mentors().size())),
                    Comparison.AT_LEAST,
                    BigDecimal.valueOf(minimum));
        }
    }
}
