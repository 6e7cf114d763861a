package org.learningmentor.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

class OrganizationSettingsTest {

    @Test
    void defaultsHaveAThresholdOfFiveAndNoTemplate() {
        OrganizationSettings defaults = OrganizationSettings.defaults();

        assertThat(defaults.anonymityThreshold()).isEqualTo(5);
        assertThat(defaults.defaultTemplate()).isEmpty();
        assertThat(OrganizationSettings.builder().build()).isEqualTo(defaults);
    }

    @Test
    void theDefaultsAreBuiltOnFirstUseNotWhileTheClassIsInitialised() {
        // A static field of its own type would build the generated subclass during this class's
        // initialisation (SpotBugs IC_SUPERCLASS_USES_SUBCLASS_DURING_INITIALIZATION).
        assertThat(Arrays.stream(OrganizationSettings.class.getDeclaredFields())
                        .filter(field -> Modifier.isStatic(field.getModifiers()))
                        .map(Field::getType))
                .doesNotContain(OrganizationSettings.class);
        assertThat(OrganizationSettings.defaults()).isSameAs(OrganizationSettings.defaults());
    }

    @Test
    void initialisingTheSettingsAndTheirGeneratedSubclassInTwoThreadsAtOnceDoesNotDeadlock() throws Exception {
        URL[] classPath = {
            OrganizationSettings.class.getProtectionDomain().getCodeSource().getLocation(),
            JsonProperty.class.getProtectionDomain().getCodeSource().getLocation()
        };
        for (int round = 0; round < 20; round++) {
            // A fresh loader each round, so that both classes are initialised anew.
            try (URLClassLoader loader = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
                CountDownLatch start = new CountDownLatch(1);
                List<Throwable> failures = new CopyOnWriteArrayList<>();
                Thread superclass = daemon(
                        start,
                        failures,
                        () -> Class.forName(OrganizationSettings.class.getName(), true, loader)
                                .getMethod("defaults")
                                .invoke(null));
                Thread subclass = daemon(
                        start,
                        failures,
                        () -> Class.forName(
                                OrganizationSettings.class.getPackageName() + ".ImmutableOrganizationSettings",
                                true,
                                loader));
                start.countDown();
                superclass.join(10_000);
                subclass.join(10_000);

                assertThat(superclass.isAlive() || subclass.isAlive())
                        .as("round %s: class initialisation deadlocked", round)
                        .isFalse();
                assertThat(failures).isEmpty();
            }
        }
    }

    private static Thread daemon(CountDownLatch start, List<Throwable> failures, Callable<?> work) {
        Thread thread = new Thread(() -> {
            try {
                start.await();
                work.call();
            } catch (Exception | Error e) {
                failures.add(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Test
    void builderWhenThresholdIsTheMinimumThenAccepts() {
        assertThat(OrganizationSettings.builder()
                        .anonymityThreshold(3)
                        .defaultTemplate("oppimismentorointi")
                        .build()
                        .anonymityThreshold())
                .isEqualTo(OrganizationSettings.MIN_ANONYMITY_THRESHOLD);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 1, 0, -5, Integer.MIN_VALUE})
    void builderWhenThresholdIsBelowThreeThenRejectsWithThresholdTooLow(int threshold) {
        assertThatThrownBy(() -> OrganizationSettings.builder()
                        .anonymityThreshold(threshold)
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.of(
                                        OrganizationViolation.THRESHOLD_TOO_LOW, "anonymityThreshold", 3, threshold)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-default", "oppimis mentorointi", "ohjelma/2026", "abcdefghijklmnopqrstuvwxyz0123456"})
    void builderWhenTemplateCodeIsMalformedThenRejectsWithTemplateMalformed(String code) {
        assertThatThrownBy(() ->
                        OrganizationSettings.builder().defaultTemplate(code).build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.of(
                                        OrganizationViolation.TEMPLATE_MALFORMED, "defaultTemplate", code)));
    }

    @Test
    void builderWhenThresholdAndTemplateAreBothBadThenListsBoth() {
        assertThatThrownBy(() -> OrganizationSettings.builder()
                        .anonymityThreshold(1)
                        .defaultTemplate("x".repeat(10_000_000))
                        .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.codes())
                            .containsExactly(
                                    "organization.settings.threshold-too-low",
                                    "organization.settings.template-malformed");
                    assertThat(e.getMessage()).hasSizeLessThan(1000);
                });
    }

    @Test
    void withAnonymityThresholdReturnsACheckedCopy() {
        OrganizationSettings settings = OrganizationSettings.defaults();

        assertThat(settings.withAnonymityThreshold(8).anonymityThreshold()).isEqualTo(8);
        assertThat(settings.anonymityThreshold()).isEqualTo(5);
        assertThatThrownBy(() -> settings.withAnonymityThreshold(2))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("organization.settings.threshold-too-low"));
    }

    @Test
    void thresholdTooLowHasAMessageInEveryLanguage() {
        Violation violation = Violation.of(OrganizationViolation.THRESHOLD_TOO_LOW, "anonymityThreshold", 3, 2);

        assertThat(violation.message(Locale.ENGLISH)).isEqualTo("the anonymity threshold must be at least 3, not 2");
        assertThat(violation.message(Locale.forLanguageTag("fi")))
                .isEqualTo("anonymiteettirajan on oltava vähintään 3, ei 2");
        assertThat(violation.message(Locale.forLanguageTag("sv")))
                .isEqualTo("anonymitetsgränsen måste vara minst 3, inte 2");
    }
}
