package org.learningmentor.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningmentor.core.JsonTesting;

class ViolationTest {

    @Test
    void messageFormatsTheArgumentsInTheRequestedLanguage() {
        Violation violation = Violation.of(CommonViolation.TEXT_BLANK, "name.sv", "sv");
        assertThat(violation.message(Locale.ENGLISH)).isEqualTo("the sv text must not be blank");
        assertThat(violation.message(Locale.forLanguageTag("fi"))).isEqualTo("kielen sv teksti ei saa olla tyhjä");
    }

    @Test
    void nestedUnderPrefixesThePath() {
        Violation violation = Violation.of(CommonViolation.VALUE_REQUIRED, "code");
        assertThat(violation.nestedUnder("units[2]").path()).isEqualTo("units[2].code");
        assertThat(Violation.of(CommonViolation.TEXT_EMPTY, "")
                        .nestedUnder("name")
                        .path())
                .isEqualTo("name");
        assertThat(violation.nestedUnder("")).isSameAs(violation);
    }

    @Test
    void validationExceptionListsEveryViolationInItsMessage() {
        ValidationException e = new ValidationException(List.of(
                Violation.of(CommonViolation.VALUE_REQUIRED, "name"),
                Violation.of(CommonViolation.TEXT_BLANK, "title.fi", "fi")));
        assertThat(e.getMessage())
                .isEqualTo("2 violations: common.value.required at name: is required; "
                        + "common.text.blank at title.fi: the fi text must not be blank");
        assertThat(e.message(Locale.forLanguageTag("sv")))
                .contains("är obligatorisk", "texten på fi får inte vara tom");
    }

    @Test
    void validationExceptionWithoutViolationsIsAProgrammingError() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void violationsCollectorThrowsOnceWithEverythingFound() {
        Violations violations = new Violations();
        assertThat(violations.check(true, CommonViolation.VALUE_REQUIRED, "a")).isTrue();
        assertThat(violations.check(false, CommonViolation.VALUE_REQUIRED, "b")).isFalse();
        violations.add(CommonViolation.TEXT_EMPTY, "c");
        assertThatThrownBy(violations::throwIfAny)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path)
                                .containsExactly("b", "c"));
    }

    @Test
    void checkMaxLengthReportsEachTranslationThatIsTooLongAtItsLanguagePath() {
        Violations violations = new Violations();
        LocalizedText name = LocalizedText.of("x".repeat(255), "kort", "y".repeat(300));
        assertThat(violations.checkMaxLength(name, LocalizedText.NAME_MAX_LENGTH, "name"))
                .isFalse();
        assertThat(violations.checkMaxLength("short", 10, "code")).isTrue();
        assertThat(violations.toList())
                .extracting(Violation::path, Violation::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name.fi", List.of("254", "255")),
                        org.assertj.core.groups.Tuple.tuple("name.en", List.of("254", "300")));
    }

    @Test
    void quoteCutsALongValueToSixtyFourCharactersAndAnEllipsis() {
        assertThat(Violations.quote("short")).isEqualTo("short");
        assertThat(Violations.quote("z".repeat(10_000_000))).hasSize(65).endsWith("…");
    }

    @Test
    void exceptionsWithTheirViolationsSurviveJavaSerialization() throws Exception {
        ValidationException original = new ValidationException(List.of(
                Violation.of(CommonViolation.VALUE_REQUIRED, "name"),
                Violation.of(CommonViolation.ID_MALFORMED, "id", "PersonId", "x")));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        try (java.io.ObjectInputStream in =
                new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            ValidationException back = (ValidationException) in.readObject();
            assertThat(back.violations()).isEqualTo(original.violations());
            assertThat(back.getMessage()).isEqualTo(original.getMessage());
        }
    }

    @Test
    void exceptionsWhenViolationsAreNullThenThrowNullPointerNamingThem() {
        assertThatThrownBy(() -> new ValidationException((List<Violation>) null))
                .hasMessage("violations");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void violationRoundTripsWithItsEnglishMessageForReaders(JsonTesting json) {
        json.assertGolden(
                "violation", Violation.of(CommonViolation.TEXT_TOO_LONG, "name.fi", 10_000, 12_345), Violation.class);
    }
}
