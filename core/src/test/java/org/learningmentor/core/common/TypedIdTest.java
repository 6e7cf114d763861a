package org.learningmentor.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningmentor.core.JsonTesting;

class TypedIdTest {

    private static final UUID UUID_1 = UUID.fromString("8a1f0c2e-0000-4000-8000-000000000001");

    @Test
    void parseIsTheInverseOfToString() {
        PersonId id = PersonId.of(UUID_1);
        assertThat(PersonId.parse(id.toString())).isEqualTo(id);
        assertThat(id.toString()).isEqualTo("8a1f0c2e-0000-4000-8000-000000000001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid", "1-1-1-1-1", "8a1f0c2e000040008000000000000001"})
    void parseWhenTextIsNotACanonicalUuidThenRejectsWithCode(String text) {
        assertThatThrownBy(() -> GoalId.parse(text)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.codes()).containsExactly("common.id.malformed");
            assertThat(e.violations().get(0).path()).isEqualTo("GoalId");
        });
    }

    @Test
    void parseWhenTextIsHugeThenTheMessageQuotesOnlyItsStart() {
        String huge = "x".repeat(1_000_000);
        assertThatThrownBy(() -> PersonId.parse(huge))
                .hasMessageContaining("…")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(500));
    }

    @Test
    void ofWhenUuidIsNullThenThrowsNullPointerNamingIt() {
        assertThatThrownBy(() -> OrganizationId.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value");
    }

    @Test
    void nextWhenGeneratorIsNullThenThrowsNullPointerNamingIt() {
        assertThatThrownBy(() -> PersonId.next(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("ids");
    }

    @Test
    void idsOfDifferentTypesWithTheSameUuidAreNotEqual() {
        assertThat((Object) PersonId.of(UUID_1)).isNotEqualTo(GoalId.of(UUID_1));
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void idsAreWrittenAsPlainStrings(JsonTesting json) {
        String written = json.assertRoundTrip(OrgUnitId.of(UUID_1), OrgUnitId.class);
        assertThat(written).isEqualTo("\"8a1f0c2e-0000-4000-8000-000000000001\"");
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAnIdWhenJsonIsNotAUuidThenFails(JsonTesting json) {
        assertThatThrownBy(() -> json.read("\"nope\"", PersonId.class)).hasMessageContaining("nope");
        assertThatThrownBy(() -> json.read("42.5", PersonId.class))
                .isInstanceOfAny(
                        com.fasterxml.jackson.core.JacksonException.class, tools.jackson.core.JacksonException.class);
    }
}
