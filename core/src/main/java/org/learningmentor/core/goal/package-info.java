/**
 * Programme goals set by management (Finnish <i>päätavoitteet</i>) and their indicators (<i>mittarit</i>)
 * with baseline, target and actual values, used from the goal-setting phase to evaluation.
 *
 * <p>A {@link org.learningmentor.core.goal.ProgramGoal} carries {@link
 * org.learningmentor.core.goal.Indicator}s; an indicator carries its actual values as {@link
 * org.learningmentor.core.goal.Measurement}s in date order and reports its {@linkplain
 * org.learningmentor.core.goal.Indicator#progress() progress} towards the target. Numbers are
 * {@link java.math.BigDecimal}s kept in canonical form (no trailing zeros), so {@code 20}, {@code
 * 20.0} and {@code 2E+1} are equal and are written as the JSON number {@code 20}. Goals belong to a
 * programme, whose events record their changes; this package has no events of its own.
 *
 * <p>In JSON the types are objects whose numbers are JSON numbers, read and written exactly under
 * Jackson 2 and 3 (Jackson writes a very small value such as {@code 1E-10} in exponent form unless
 * the host enables {@code WRITE_BIGDECIMAL_AS_PLAIN}; both forms read back to the same value).
 * As everywhere in the model, an absent optional field is written as {@code null} (and reads back
 * from {@code null} or from a missing field), the order of the keys is not part of the format,
 * unknown fields are ignored, and the enums are written by name and read only by name, never by
 * position.
 */
package org.learningmentor.core.goal;
