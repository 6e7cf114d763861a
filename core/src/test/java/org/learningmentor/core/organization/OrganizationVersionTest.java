package org.learningmentor.core.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.organization.OrganizationFixtures.anAgency;

import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.ValidationException;

/** The optimistic-locking version, which only persistence implementations set. */
class OrganizationVersionTest {

    @Test
    void withVersionReturnsACopyWithThatVersionAndEverythingElseKept() {
        Organization stored = anAgency();

        Organization saved = stored.withVersion(7);

        assertThat(saved.version()).isEqualTo(7);
        assertThat(saved.withVersion(0)).isEqualTo(stored);
        assertThat(stored.version()).isZero();
    }

    @Test
    void withVersionWhenNegativeThenRejectsWithVersionNegative() {
        Organization stored = anAgency();

        assertThatThrownBy(() -> stored.withVersion(-1))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("organization.version.negative"));
    }
}
