package org.learningmentor.core.evaluation;

/** The four levels of Kirkpatrick's training-evaluation model, which every rule is tagged with. */
public enum KirkpatrickLevel {
    /** Level 1: how the participants reacted. */
    REACTION,
    /** Level 2: what they learned. */
    LEARNING,
    /** Level 3: how their behaviour changed at work. */
    BEHAVIOUR,
    /** Level 4: the results for the organization. */
    RESULTS
}
