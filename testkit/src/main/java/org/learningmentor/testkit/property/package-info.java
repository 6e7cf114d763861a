/**
 * Property tests the JUnit way, without extra libraries: {@link
 * org.learningmentor.testkit.property.Seeds} gives parameterized tests their seeds, printed on
 * failure and replayable with {@code -Dlearningmentor.seed}.
 */
package org.learningmentor.testkit.property;
