/** Time for tests: {@link org.learningmentor.testkit.time.TestClock}, a clock that moves only when told. */
package org.learningmentor.testkit.time;
