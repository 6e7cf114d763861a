package org.learningmentor.runtime;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by {@link LearningMentor.Builder#build()} when the wiring is incomplete or inconsistent,
 * listing every problem at once, such as {@code "LearningMentor cannot be built: persistence is
 * missing (call persistence(...)); clock is missing (call clock(...))"}.
 */
public class WiringException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, not null, not empty
     */
    public WiringException(List<String> problems) {
        super("LearningMentor cannot be built: " + String.join("; ", Objects.requireNonNull(problems, "problems")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a wiring exception names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems, one sentence each.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<String> problems() {
        return problems;
    }
}
