package org.learningmentor.core.internal;

import java.util.Arrays;
import org.learningmentor.core.common.CommonViolation;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;

/**
 * Thrown by generated builders when required attributes are missing: one {@code
 * common.value.required} violation per missing attribute. Not API: catch {@link
 * ValidationException}.
 */
public final class MissingAttributesException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; called by Immutables-generated builders.
     *
     * @param missingAttributes the names of the missing attributes, not empty
     */
    public MissingAttributesException(String... missingAttributes) {
        super(Arrays.stream(missingAttributes)
                .map(name -> Violation.of(CommonViolation.VALUE_REQUIRED, name))
                .toList());
    }
}
