package org.learningmentor.core.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.learningmentor.core.common.EnumNames;

/** Which respondents a group of a {@link CultureProfile} covers. */
public enum GroupKind {
    /** Everyone in the survey's audience. */
    AUDIENCE,
    /** The respondents of one unit itself, without its sub-units. */
    UNIT,
    /** The respondents of a unit and of every unit below it. */
    SUBTREE;

    /**
     * Returns the kind with exactly this name, for JSON.
     *
     * @param name the name, such as {@code "UNIT"}, not null
     * @return the kind, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code
     *     survey.group-kind.unknown} when no kind has the name
     */
    @JsonCreator
    public static GroupKind parse(String name) {
        return EnumNames.parse(GroupKind.class, name, SurveyViolation.GROUP_KIND_UNKNOWN, "kind");
    }
}
