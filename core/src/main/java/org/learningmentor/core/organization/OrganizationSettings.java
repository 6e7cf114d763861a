package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.Violations;

/**
 * The settings of an {@link Organization}: the anonymity threshold below which no survey result or
 * other per-group figure is shown, and the programme template new programmes start from.
 *
 * <pre>{@code
 * OrganizationSettings settings = OrganizationSettings.builder()
 *         .anonymityThreshold(7)
 *         .defaultTemplate("oppimismentorointi")
 *         .build();
 * }</pre>
 *
 * <p>The threshold is {@value #DEFAULT_ANONYMITY_THRESHOLD} respondents unless set, and never below
 * {@value #MIN_ANONYMITY_THRESHOLD}. This type is immutable and thread-safe.
 *
 * <p>The JSON field names are pinned with {@code @JsonProperty} on the accessors, so that a writer
 * for this declared type writes them too; fields a reader does not know are ignored.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class OrganizationSettings {

    /** The anonymity threshold unless one is set: 5 respondents. */
    public static final int DEFAULT_ANONYMITY_THRESHOLD = 5;

    /** The lowest anonymity threshold allowed: 3 respondents. */
    public static final int MIN_ANONYMITY_THRESHOLD = 3;

    OrganizationSettings() {}

    /**
     * Returns the default settings: threshold {@value #DEFAULT_ANONYMITY_THRESHOLD}, no default
     * template.
     *
     * @return the settings, never null
     */
    public static OrganizationSettings defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Returns the smallest group, in respondents, whose survey results and other figures may be
     * shown; smaller groups are suppressed.
     *
     * @return the threshold, at least {@value #MIN_ANONYMITY_THRESHOLD}
     */
    @JsonProperty("anonymityThreshold")
    @Value.Default
    public int anonymityThreshold() {
        return DEFAULT_ANONYMITY_THRESHOLD;
    }

    /**
     * Returns the code of the programme template (ready-made guidelines) that new programmes of the
     * organization start from, such as {@code oppimismentorointi}: 1–32 ASCII letters, digits,
     * hyphens or underscores, starting with a letter or digit.
     *
     * @return the template code, empty when the SDK's default template is used
     */
    @JsonProperty("defaultTemplate")
    public abstract Optional<String> defaultTemplate();

    /**
     * Returns a copy with another anonymity threshold.
     *
     * @param threshold the threshold, at least {@value #MIN_ANONYMITY_THRESHOLD}
     * @return the new settings, never null
     * @throws org.learningmentor.core.common.ValidationException when the threshold is too low
     */
    public abstract OrganizationSettings withAnonymityThreshold(int threshold);

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the threshold and the template code.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(
                anonymityThreshold() >= MIN_ANONYMITY_THRESHOLD,
                OrganizationViolation.THRESHOLD_TOO_LOW,
                "anonymityThreshold",
                MIN_ANONYMITY_THRESHOLD,
                anonymityThreshold());
        defaultTemplate()
                .ifPresent(code -> violations.check(
                        Texts.isCode(code),
                        OrganizationViolation.TEMPLATE_MALFORMED,
                        "defaultTemplate",
                        Violations.quote(code)));
        violations.throwIfAny();
    }

    /**
     * Holds the default settings, built on first use: building them while this class is being
     * initialised would initialise the generated subclass in the middle of its superclass's
     * initialisation, which can deadlock two threads that touch the two classes at once.
     */
    private static final class Defaults {
        static final OrganizationSettings INSTANCE = builder().build();

        private Defaults() {}
    }

    @JsonCreator
    private static OrganizationSettings fromJson(ImmutableOrganizationSettings value) {
        return value;
    }

    /** Builds settings; throws a {@link org.learningmentor.core.common.ValidationException} for bad values. */
    public static final class Builder extends ImmutableOrganizationSettings.Builder {}
}
