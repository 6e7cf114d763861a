/**
 * Embedding samples: the smallest host that wires the runtime over an embedded H2 database, the
 * code to copy when putting the learning-mentoring model into an HR application.
 *
 * <p>The test-harness sample, which shows how a host tests its own integration with the test kit's
 * sample data, fixed clock and seeded ids, and how it runs the persistence contract tests against
 * its own store, lives beside it in the test sources ({@code TestHarnessSampleTest}, {@code
 * HostStoreContractTest}).
 */
package org.learningmentor.examples.embed;
