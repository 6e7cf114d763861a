package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.Violations;

/**
 * A learning-mentoring programme was created, in {@link ProgramPhase#PREPARATION}. Checked as the
 * programme is: the name's length, the template code's form, the end not before the start.
 *
 * <p>JSON type name {@code "program.created"}. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonSubTypes(@JsonSubTypes.Type(value = ImmutableProgramCreated.class, name = "program.created"))
public abstract non-sealed class ProgramCreated implements ProgramEvent {

    ProgramCreated() {}

    /**
     * Returns the programme's name.
     *
     * @return the programme's name, never null
     */
    @JsonProperty("name")
    public abstract LocalizedText name();

    /**
     * Returns the code of the template it follows.
     *
     * @return the code of the template it follows, never null
     */
    @JsonProperty("templateCode")
    public abstract String templateCode();

    /**
     * Returns the planned first day.
     *
     * @return the planned first day, never null
     */
    @JsonProperty("plannedStart")
    public abstract LocalDate plannedStart();

    /**
     * Returns the planned last day.
     *
     * @return the planned last day, never null
     */
    @JsonProperty("plannedEnd")
    public abstract LocalDate plannedEnd();

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the event; every attribute is required unless optional or a list. */
    /**
     * Checks the name, the template code and the dates as the programme does.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.checkMaxLength(name(), LocalizedText.NAME_MAX_LENGTH, "name");
        violations.check(
                Checks.isCode(templateCode()),
                ProgramViolation.TEMPLATE_CODE_MALFORMED,
                "templateCode",
                Violations.quote(templateCode()));
        violations.check(
                !plannedEnd().isBefore(plannedStart()),
                ProgramViolation.DATES_END_BEFORE_START,
                "plannedEnd",
                plannedEnd(),
                plannedStart());
        violations.throwIfAny();
    }

    public static final class Builder extends ImmutableProgramCreated.Builder {}
}
