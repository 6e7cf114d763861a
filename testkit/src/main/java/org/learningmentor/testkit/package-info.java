/**
 * The Learning Mentor SDK test kit, for hosts' tests and the SDK's own: seeded sample data ({@code
 * sample}) and deterministic time ({@code time}). Ids come from {@link
 * org.learningmentor.core.common.IdGenerator#seeded(long)}.
 */
package org.learningmentor.testkit;
