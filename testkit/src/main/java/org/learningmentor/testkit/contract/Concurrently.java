package org.learningmentor.testkit.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs work on other threads for the concurrency and isolation tests, with generous time limits
 * that only catch a hang (a deadlock, or a read waiting for an open transaction), never measure
 * speed.
 */
final class Concurrently {

    /** How long the concurrent tests may run before they count as hung. */
    static final Duration HANG = Duration.ofMinutes(5);

    /** How long a single read on another thread may take before it counts as blocked. */
    static final Duration BLOCKED = Duration.ofSeconds(30);

    private Concurrently() {}

    /**
     * Runs the task on {@code threads} threads released together, and returns each thread's result
     * in thread order; rethrows the first failure.
     */
    static <T> List<T> run(int threads, IntFunction<T> task) {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                futures.add(executor.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.apply(thread);
                }));
            }
            await(ready);
            start.countDown();
            long deadline = System.nanoTime() + HANG.toNanos();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(get(
                        future,
                        deadline - System.nanoTime(),
                        threads + " threads did not finish within " + HANG
                                + ": a deadlock, or a lock that is never released?"));
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    /** Runs the reading on another thread and returns its result; fails when it blocks. */
    static <T> T onAnotherThread(Supplier<T> reading) {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<T> future = executor.submit(reading::get);
            return get(
                    future,
                    BLOCKED.toNanos(),
                    "A read on another thread did not return within " + BLOCKED + " while this thread was in a"
                            + " transaction: reads must not wait for open transactions (read committed)");
        } finally {
            executor.shutdownNow();
        }
    }

    private static <T> T get(Future<T> future, long nanos, String hung) {
        try {
            return future.get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(hung, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AssertionError(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(HANG.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the threads did not start within " + HANG);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
