package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.SupportActivityId;
import org.learningmentor.core.common.Violations;

/**
 * Coordinated support (koordinoitu tuki) HR arranges for the mentors: a contact, a resource, time.
 * Checked: no mentor twice. This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class SupportActivity {

    SupportActivity() {}

    /**
     * Returns the activity's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract SupportActivityId id();

    /**
     * Returns the kind of support.
     *
     * @return the kind, never null
     */
    @JsonProperty("kind")
    public abstract SupportKind kind();

    /**
     * Returns what the support is.
     *
     * @return the description, never null
     */
    @JsonProperty("description")
    public abstract LocalizedText description();

    /**
     * Returns the day from which it is available.
     *
     * @return the date, never null
     */
    @JsonProperty("from")
    public abstract LocalDate from();

    /**
     * Returns the mentors it is for.
     *
     * @return an unmodifiable list; empty when it is for every mentor of the programme
     */
    @JsonProperty("mentorIds")
    public abstract List<PersonId> mentorIds();

    /**
     * Returns a new builder; every attribute but the mentors is required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the mentors.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        Checks.checkUniquePeople(mentorIds(), "mentorIds", violations);
        violations.throwIfAny();
    }

    @JsonCreator
    private static SupportActivity fromJson(ImmutableSupportActivity value) {
        return value;
    }

    /** Builds a support activity. */
    public static final class Builder extends ImmutableSupportActivity.Builder {}
}
