package org.learningmentor.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.person.PersonFixtures.aMentorWhoReturned;

import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.ValidationException;

/** The optimistic-locking version, which only persistence implementations set. */
class PersonVersionTest {

    @Test
    void withVersionReturnsACopyWithThatVersionAndEverythingElseKept() {
        Person stored = aMentorWhoReturned();

        Person saved = stored.withVersion(7);

        assertThat(saved.version()).isEqualTo(7);
        assertThat(saved.withVersion(0)).isEqualTo(stored);
        assertThat(stored.version()).isZero();
    }

    @Test
    void withVersionWhenNegativeThenRejectsWithVersionNegative() {
        Person stored = aMentorWhoReturned();

        assertThatThrownBy(() -> stored.withVersion(-1))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("person.version.negative"));
    }
}
