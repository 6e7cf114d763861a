/** JMH benchmarks of the SDK, each against the baseline its issue names; see benchmarks/README.md. */
package org.learningmentor.benchmarks;
