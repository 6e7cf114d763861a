package org.learningmentor.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.evaluation.FindingOutcome;
import org.learningmentor.core.evaluation.KirkpatrickLevel;
import org.learningmentor.core.evaluation.Severity;

/** The report labels: every bundle has every key, and each enum value has a label. */
class LabelsTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        String name = "/org/learningmentor/runtime/report/messages" + suffix + ".properties";
        try (InputStream in = LabelsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fi", "_sv", "_en"})
    void everyBundleHasExactlyTheKeysOfTheBaseBundle(String suffix) throws IOException {
        Properties base = bundle("");

        Properties translated = bundle(suffix);

        assertThat(translated.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
        translated.forEach((key, value) ->
                assertThat((String) value).as(suffix + " " + key).isNotBlank());
    }

    @Test
    void everyOutcomeLevelSeverityAndReasonForHidingHasALabelInEveryLanguage() {
        for (Language language : Language.values()) {
            Labels labels = Labels.of(language);
            for (FindingOutcome outcome : FindingOutcome.values()) {
                assertThat(labels.outcome(outcome)).isNotBlank();
            }
            for (KirkpatrickLevel level : KirkpatrickLevel.values()) {
                assertThat(labels.level(level)).isNotBlank();
            }
            for (Severity severity : Severity.values()) {
                assertThat(labels.severity(severity)).isNotBlank();
            }
            for (CultureChart.Visibility visibility : CultureChart.Visibility.values()) {
                if (visibility == CultureChart.Visibility.SHOWN) {
                    continue;
                }
                assertThat(labels.hidden(visibility, 5)).isNotBlank();
            }
        }
    }

    @Test
    void hiddenSaysHowManyRespondentsAGroupNeedsInTheLanguage() {
        CultureChart.Visibility below = CultureChart.Visibility.HIDDEN_BELOW_THRESHOLD;
        assertThat(Labels.of(Language.EN).hidden(below, 5)).isEqualTo("hidden (fewer than 5 respondents)");
        assertThat(Labels.of(Language.FI).hidden(below, 5)).isEqualTo("piilotettu (alle 5 vastaajaa)");
        assertThat(Labels.of(Language.SV).hidden(below, 7)).isEqualTo("dold (färre än 7 svarande)");
    }
}
