package org.learningmentor.testkit.contract;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Names a failed contract test's sample seed in its failure, so that its data can be generated
 * again: the failure is rethrown as an {@link AssertionError} whose message starts with the seed
 * and the property that replays it, with the original failure as its cause. Aborted tests
 * (assumptions) pass through unchanged.
 */
final class SeedOnFailure implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        PersistenceContract test = context.getTestInstance()
                .filter(PersistenceContract.class::isInstance)
                .map(PersistenceContract.class::cast)
                .orElse(null);
        throw test == null ? failure : withSeed(failure, test.seed);
    }

    /** Returns the failure to report: aborted tests unchanged, anything else naming the seed. */
    static Throwable withSeed(Throwable failure, long seed) {
        if (failure instanceof TestAbortedException) {
            return failure;
        }
        return new AssertionError(
                "sample seed " + seed + " (replay with -D" + PersistenceContract.SEED_PROPERTY + "=" + seed + "): "
                        + failure,
                failure);
    }
}
