package org.learningmentor.testkit.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
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
     * in thread order. When a thread fails, the others are interrupted at once and this method waits
     * (up to {@link #BLOCKED}) for them to stop before it rethrows that first failure, so no worker
     * goes on calling the store during later tests: a task that loops calls {@link
     * #checkNotCancelled()} on every turn.
     */
    static <T> List<T> run(int threads, IntFunction<T> task) {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch start = new CountDownLatch(1);
            CompletionService<T> completion = new ExecutorCompletionService<>(executor);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                futures.add(completion.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.apply(thread);
                }));
            }
            await(ready);
            start.countDown();
            long deadline = System.nanoTime() + HANG.toNanos();
            String hung = threads + " threads did not finish within " + HANG
                    + ": a deadlock, or a lock that is never released?";
            for (int done = 0; done < threads; done++) {
                Future<T> finished = next(completion, deadline - System.nanoTime(), hung);
                try {
                    get(finished, 0, hung);
                } catch (RuntimeException | Error failure) {
                    stop(executor);
                    throw failure;
                }
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(get(future, 0, hung));
            }
            return results;
        } finally {
            stop(executor);
        }
    }

    /**
     * Throws when the calling worker of {@link #run} was cancelled because a sibling failed (or the
     * test was interrupted); loops in tasks call it on every turn.
     *
     * @throws CancellationException when the thread is interrupted
     */
    static void checkNotCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("stopped: another thread of the test failed");
        }
    }

    private static <T> Future<T> next(CompletionService<T> completion, long nanos, String hung) {
        try {
            Future<T> finished = completion.poll(Math.max(0, nanos), TimeUnit.NANOSECONDS);
            if (finished == null) {
                throw new AssertionError(hung);
            }
            return finished;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Interrupts every worker and waits until they have stopped, or {@link #BLOCKED} passed. */
    private static void stop(ExecutorService executor) {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(BLOCKED.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("worker threads did not stop within " + BLOCKED
                        + " after being interrupted: does a loop call checkNotCancelled()?");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
