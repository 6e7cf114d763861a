package org.learningmentor.testkit.contract;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Prints a failed contract test's seed, so that its data can be generated again. */
final class SeedOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getTestInstance()
                .filter(PersistenceContract.class::isInstance)
                .map(PersistenceContract.class::cast)
                .ifPresent(test -> System.err.printf(
                        "%s.%s failed with sample seed %d; replay with -D%s=%d%n",
                        test.getClass().getName(),
                        context.getRequiredTestMethod().getName(),
                        test.seed,
                        PersistenceContract.SEED_PROPERTY,
                        test.seed));
    }
}
