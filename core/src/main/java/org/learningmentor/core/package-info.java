/**
 * Learning Mentor SDK domain model: the pure, immutable model of a workplace learning-mentoring
 * programme (Finnish <i>oppimismentorointi</i>).
 *
 * <p>Each sub-package holds one aggregate with its values, events and exceptions; {@code common}
 * holds the shared building blocks (ids, localized text, violations, {@code Change}, the event
 * root). Nothing here performs I/O, logs or depends on Jackson databind: types carry only
 * {@code jackson-annotations}, and round-trip under Jackson 2 (with the {@code jdk8} and {@code
 * jsr310} modules and ISO dates) and Jackson 3 out of the box.
 */
@DomainStyle
package org.learningmentor.core;
