package org.learningmentor.runtime.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.FindingOutcome;
import org.learningmentor.core.evaluation.KirkpatrickLevel;
import org.learningmentor.core.evaluation.Severity;

/**
 * The labels of one report in one language, from {@code
 * org/learningmentor/runtime/report/messages*.properties}. The JVM's default locale is never
 * consulted, so a report in Finnish is in Finnish on any machine.
 */
final class Labels {

    static final String BUNDLE = "org.learningmentor.runtime.report.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Labels(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    static Labels of(Language language) {
        Objects.requireNonNull(language, "language");
        return new Labels(
                language,
                ResourceBundle.getBundle(
                        BUNDLE,
                        language.toLocale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    Language language() {
        return language;
    }

    Locale locale() {
        return language.toLocale();
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String get(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(bundle.getString(key), locale());
        return format.format(arguments);
    }

    String outcome(FindingOutcome outcome) {
        return get("outcome." + outcome.name());
    }

    String level(KirkpatrickLevel level) {
        return get("level." + level.name());
    }

    String severity(Severity severity) {
        return get("severity." + severity.name());
    }

    /** Returns why a side of the culture chart has no figure: "hidden (fewer than 5 respondents)". */
    String hidden(CultureChart.Visibility why, int threshold) {
        return get("hidden." + why.name(), Integer.toString(threshold));
    }
}
