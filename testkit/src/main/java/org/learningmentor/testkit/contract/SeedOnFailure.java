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
        if (failure instanceof TestAbortedException) {
            throw failure;
        }
        PersistenceContract test = context.getTestInstance()
                .filter(PersistenceContract.class::isInstance)
                .map(PersistenceContract.class::cast)
                .orElse(null);
        if (test == null) {
            throw failure;
        }
        throw new AssertionError(
                "sample seed " + test.seed + " (replay with -D" + PersistenceContract.SEED_PROPERTY + "=" + test.seed
                        + "): " + failure,
                failure);
    }
}
