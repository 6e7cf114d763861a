/**
 * The test-harness sample: how a host tests its own use of the SDK with the test kit (seeded sample
 * data, a fixed clock, seeded ids) and runs the persistence contract tests against the store it
 * configured.
 */
package org.learningmentor.examples.harness;
