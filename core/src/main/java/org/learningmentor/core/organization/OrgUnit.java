package org.learningmentor.core.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.Violations;

/**
 * A unit of an organization (Finnish <i>työyhteisö</i>, work community), one node of the
 * organization's unit tree: {@code HAL-HR "Henkilöstö / Personal / Human resources"} under {@code
 * HAL "Hallinto / Förvaltning / Administration"}.
 *
 * <p>A unit on its own checks only its own fields: the code is 1–{@value #CODE_MAX_LENGTH} ASCII
 * letters, digits, hyphens or underscores starting with a letter or digit, and each translation of
 * the name is at most {@value #NAME_MAX_LENGTH} characters. The tree rules (unique ids and codes,
 * no orphan, no cycle, no active unit under a closed one) are the {@link Organization}'s. This
 * type is immutable and thread-safe.
 *
 * <p>The JSON field names are pinned with {@code @JsonProperty} on the accessors, so that a writer
 * for this declared type writes them too; fields a reader does not know are ignored.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class OrgUnit {

    /** The longest unit code, in characters. */
    public static final int CODE_MAX_LENGTH = Texts.CODE_MAX_LENGTH;

    /** The longest translation of a unit's name, in characters. */
    public static final int NAME_MAX_LENGTH = LocalizedText.NAME_MAX_LENGTH;

    OrgUnit() {}

    /**
     * Returns the unit's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract OrgUnitId id();

    /**
     * Returns the unit's short code, such as {@code HAL-HR}, unique in the organization when
     * compared ignoring case; a closed unit keeps its code.
     *
     * @return the code, never null
     */
    @JsonProperty("code")
    public abstract String code();

    /**
     * Returns the unit's name.
     *
     * @return the name, never null
     */
    @JsonProperty("name")
    public abstract LocalizedText name();

    /**
     * Returns the parent unit.
     *
     * @return the parent's id, empty for a top-level unit
     */
    @JsonProperty("parentId")
    public abstract Optional<OrgUnitId> parentId();

    /**
     * Returns whether the unit is in use or closed.
     *
     * @return the status, {@link UnitStatus#ACTIVE} unless set; never null
     */
    @JsonProperty("status")
    @Value.Default
    public UnitStatus status() {
        return UnitStatus.ACTIVE;
    }

    /**
     * Returns whether the unit is in use.
     *
     * @return true when the status is {@link UnitStatus#ACTIVE}
     */
    @JsonIgnore
    public boolean isActive() {
        return status() == UnitStatus.ACTIVE;
    }

    /**
     * Returns whether the unit has no parent.
     *
     * @return true when {@link #parentId()} is empty
     */
    @JsonIgnore
    public boolean isTopLevel() {
        return parentId().isEmpty();
    }

    /**
     * Returns whether the unit is directly under the given unit.
     *
     * @param parentId the possible parent, not null
     * @return true when {@link #parentId()} is {@code parentId}
     * @throws NullPointerException when {@code parentId} is null, even for a top-level unit
     */
    public boolean isChildOf(OrgUnitId parentId) {
        Objects.requireNonNull(parentId, "parentId");
        return parentId().filter(parentId::equals).isPresent();
    }

    /**
     * Returns a new builder; {@code id}, {@code code} and {@code name} are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the unit's own fields.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        checkCode(code(), "code", violations);
        violations.checkMaxLength(name(), NAME_MAX_LENGTH, "name");
        violations.throwIfAny();
    }

    /** Adds {@code organization.unit.code-malformed} unless the code is well formed; for units and events. */
    static void checkCode(String code, String path, Violations violations) {
        violations.check(Texts.isCode(code), OrganizationViolation.UNIT_CODE_MALFORMED, path, Violations.quote(code));
    }

    /** Returns a checked copy with another name; for the organization's commands. */
    abstract OrgUnit withName(LocalizedText name);

    /** Returns a checked copy with another parent; for the organization's commands. */
    abstract OrgUnit withParentId(Optional<? extends OrgUnitId> parentId);

    /** Returns a checked copy with another status; for the organization's commands. */
    abstract OrgUnit withStatus(UnitStatus status);

    @JsonCreator
    private static OrgUnit fromJson(ImmutableOrgUnit value) {
        return value;
    }

    /** Builds a unit; throws a {@link org.learningmentor.core.common.ValidationException} for bad or missing fields. */
    public static final class Builder extends ImmutableOrgUnit.Builder {}
}
