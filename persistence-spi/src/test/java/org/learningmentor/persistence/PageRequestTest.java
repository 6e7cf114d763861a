package org.learningmentor.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void firstHasTheSizeAndNoCursor() {
        PageRequest request = PageRequest.first(50);

        assertThat(request.size()).isEqualTo(50);
        assertThat(request.cursor()).isEmpty();
    }

    @Test
    void afterHasTheCursorAndTheSize() {
        PageRequest request = PageRequest.after("abc", 10);

        assertThat(request.cursor()).contains("abc");
        assertThat(request.size()).isEqualTo(10);
    }

    @ParameterizedTest(name = "size={0}")
    @ValueSource(ints = {0, -1, PageRequest.MAX_SIZE + 1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void sizeOutOfRangeIsRefused(int size) {
        assertThatThrownBy(() -> PageRequest.first(size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page size must be 1 to 1000");
        assertThatThrownBy(() -> PageRequest.after("abc", size)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizesAtTheBoundsAreAccepted() {
        assertThat(PageRequest.first(1).size()).isEqualTo(1);
        assertThat(PageRequest.first(PageRequest.MAX_SIZE).size()).isEqualTo(PageRequest.MAX_SIZE);
    }

    @Test
    void aBlankOrTooLongCursorIsRefused() {
        assertThatThrownBy(() -> PageRequest.after("", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.after("  ", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.after("x".repeat(PageRequest.MAX_CURSOR_LENGTH + 1), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PageRequest.after("x".repeat(PageRequest.MAX_CURSOR_LENGTH), 10)
                        .cursor())
                .isPresent();
    }

    @Test
    void aNullCursorIsRefusedWithNullPointerException() {
        assertThatThrownBy(() -> PageRequest.after(null, 10))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("cursor");
    }

    @Test
    void nextContinuesAfterThePageWithTheSameSizeUntilTheLastPage() {
        PageRequest request = PageRequest.first(2);

        assertThat(request.next(Page.of(List.of("a", "b"), Optional.of("after-b"))))
                .contains(PageRequest.after("after-b", 2));
        assertThat(request.next(Page.last(List.of("c")))).isEmpty();
        assertThatThrownBy(() -> request.next(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalRequestsHaveTheSameSizeAndCursor() {
        assertThat(PageRequest.after("c", 5))
                .isEqualTo(PageRequest.after("c", 5))
                .hasSameHashCodeAs(PageRequest.after("c", 5))
                .isNotEqualTo(PageRequest.after("c", 6))
                .isNotEqualTo(PageRequest.after("d", 5))
                .isNotEqualTo(PageRequest.first(5));
        assertThat(PageRequest.first(5)).hasToString("PageRequest{size=5, first}");
        assertThat(PageRequest.after("c", 5)).hasToString("PageRequest{size=5, after=c}");
    }
}
