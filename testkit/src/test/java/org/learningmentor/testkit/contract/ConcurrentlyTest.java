package org.learningmentor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConcurrentlyTest {

    @Test
    void runWhenAThreadFailsThenStopsTheOthersBeforeRethrowingTheFailure() throws InterruptedException {
        AtomicLong turns = new AtomicLong();

        assertThatThrownBy(() -> Concurrently.run(4, thread -> {
                    if (thread == 0) {
                        throw new IllegalStateException("thread 0 fails");
                    }
                    while (true) {
                        Concurrently.checkNotCancelled();
                        turns.incrementAndGet();
                    }
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("thread 0 fails");

        long afterReturn = turns.get();
        Thread.sleep(100);
        assertThat(turns.get()).as("turns taken after run returned").isEqualTo(afterReturn);
    }

    @Test
    void runReturnsEachThreadsResultInThreadOrder() {
        assertThat(Concurrently.run(3, thread -> thread * 10)).containsExactly(0, 10, 20);
    }
}
