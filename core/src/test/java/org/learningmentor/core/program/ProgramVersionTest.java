package org.learningmentor.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.ValidationException;

class ProgramVersionTest {

    @Test
    void withVersionReturnsACopyAtTheVersionAndOtherwiseEqual() {
        MentoringProgram program = ProgramFixtures.aProgram();

        MentoringProgram stored = program.withVersion(7);

        assertThat(stored.version()).isEqualTo(7);
        assertThat(stored.withVersion(program.version())).isEqualTo(program);
    }

    @Test
    void withVersionWhenNegativeThenRefusesWithVersionNegative() {
        MentoringProgram program = ProgramFixtures.aProgram();

        assertThatThrownBy(() -> program.withVersion(-1)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations().get(0).code()).isEqualTo("program.version.negative");
            assertThat(e.violations().get(0).path()).isEqualTo("version");
        });
    }
}
