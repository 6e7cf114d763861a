package org.learningmentor.core.goal;

/** Which way an {@code Indicator} improves. */
public enum Direction {
    /** A larger value is better, e.g. the share of staff who took part in peer learning. */
    HIGHER_IS_BETTER,
    /** A smaller value is better, e.g. the days until a newcomer works independently. */
    LOWER_IS_BETTER
}
