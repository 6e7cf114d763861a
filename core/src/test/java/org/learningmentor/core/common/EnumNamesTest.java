package org.learningmentor.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnumNamesTest {

    @Test
    void parseReturnsTheConstantOfExactlyThatName() {
        assertThat(EnumNames.parse(Language.class, "SV", CommonViolation.LANGUAGE_UNSUPPORTED, "language"))
                .isEqualTo(Language.SV);
    }

    @Test
    void parseWhenNameIsAnOrdinalOrInTheWrongCaseThenRejectsListingTheNamesAllowed() {
        for (String bad : List.of("0", "sv", " SV")) {
            assertThatThrownBy(() -> EnumNames.parse(Language.class, bad, CommonViolation.LANGUAGE_UNSUPPORTED, "lang"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.violations().get(0).path()).isEqualTo("lang");
                        assertThat(e.violations().get(0).arguments()).containsExactly(bad, "[FI, SV, EN]");
                    });
        }
    }
}
