/**
 * The Learning Mentor SDK test kit, for hosts' tests and the SDK's own: seeded sample data ({@code
 * sample}), deterministic time ({@code time}), seeds for property tests ({@code property}) and the
 * persistence contract tests ({@code contract}) every implementation of the SPI must pass. Ids come
 * from {@link org.learningmentor.core.common.IdGenerator#seeded(long)}.
 */
package org.learningmentor.testkit;
