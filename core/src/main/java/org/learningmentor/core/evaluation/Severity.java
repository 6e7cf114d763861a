package org.learningmentor.core.evaluation;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/** How serious a failed rule is. In JSON a severity is its name, such as {@code "WARNING"}. */
public enum Severity {
    /** Worth knowing; nothing needs to be done. */
    INFO,
    /** Should be looked at and usually acted on. */
    WARNING,
    /** The programme misses one of its essentials. */
    CRITICAL;

    /**
     * Returns the severity of the given name, exactly as {@link #name()} writes it; a number is refused.
     *
     * @param name the name, such as {@code "CRITICAL"}, not null
     * @return the severity, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code evaluation.severity.unknown}
     */
    @JsonCreator
    public static Severity parse(String name) {
        return EnumNames.parse(Severity.class, name, EvaluationViolation.SEVERITY_UNKNOWN, "severity");
    }
}
