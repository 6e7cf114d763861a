package org.learningmentor.runtime.report;

import java.math.BigDecimal;
import java.util.Optional;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.evaluation.Finding;
import org.learningmentor.core.evaluation.GoalProgress;
import org.learningmentor.core.evaluation.IndicatorProgress;

/**
 * The figures every report shows, written the same way in each: numbers exactly as the evaluation
 * stores them ({@link BigDecimal#toPlainString()}, a full stop as the decimal mark in every language,
 * the same digits as the reasons' messages), a dash for a missing figure.
 */
final class Figures {

    /** What a report shows where a figure is missing. */
    static final String NONE = "–";

    private Figures() {}

    static String number(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(NONE);
    }

    /** Returns the requirement of a finding, such as {@code "≥ 0.8"}, or a dash. */
    static String required(Finding finding) {
        if (finding.threshold().isEmpty()) {
            return NONE;
        }
        String threshold = finding.threshold().get().toPlainString();
        return finding.comparison().map(c -> c.symbol() + " " + threshold).orElse(threshold);
    }

    /** Returns the goal's title in the language, from the facts; its id when the facts lack it. */
    static String goalTitle(Evaluation evaluation, GoalId goalId, Language language) {
        return evaluation.facts().goals().stream()
                .filter(g -> g.id().equals(goalId))
                .findFirst()
                .map(g -> g.title().in(language))
                .orElse(goalId.toString());
    }

    /** Returns how many of a goal's indicators were measured, such as {@code "1 / 2"}. */
    static String measuredIndicators(GoalProgress goal) {
        long measured = goal.indicators().stream()
                .map(IndicatorProgress::actual)
                .filter(Optional::isPresent)
                .count();
        return measured + " / " + goal.indicators().size();
    }
}
