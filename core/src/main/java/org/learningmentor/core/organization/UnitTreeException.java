package org.learningmentor.core.organization;

import java.util.List;
import java.util.Objects;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.Violation;

/**
 * A unit-tree command of the {@link Organization} that a rule refused, such as moving a unit under
 * its own descendant: {@code "Unit 3f2a… cannot be moved under 9c1b…: placing unit 3f2a… under
 * 9c1b… would create a cycle in the unit tree"}. {@link #violations()} lists every rule the command
 * broke, with codes from {@link OrganizationViolation} and the path of the argument concerned
 * ({@code unitId}, {@code code}, {@code name}, {@code parentId}); the message joins their English
 * messages. The organization the command ran on is unchanged. The exception is serializable.
 */
public final class UnitTreeException extends DomainRuleException {

    private static final long serialVersionUID = 2L;

    private final OrgUnitId unitId;

    /**
     * Creates the exception.
     *
     * @param unitId the unit the command concerned, not null
     * @param action what was refused, in English, such as {@code "moved to the top level"}
     * @param violations the rules broken, not null and not empty
     */
    UnitTreeException(OrgUnitId unitId, String action, List<Violation> violations) {
        super(
                "Unit " + Objects.requireNonNull(unitId, "unitId") + " cannot be " + action + ": "
                        + englishMessages(violations),
                violations);
        this.unitId = unitId;
    }

    /**
     * Returns the unit the refused command concerned.
     *
     * @return the unit's id, never null
     */
    public OrgUnitId unitId() {
        return unitId;
    }
}
