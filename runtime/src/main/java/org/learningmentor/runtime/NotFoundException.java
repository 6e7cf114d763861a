package org.learningmentor.runtime;

import java.util.Objects;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.TypedId;

/**
 * Thrown when a command names a record its organization does not hold: the programme to change,
 * the person to name as sponsor, the person to move. Nothing was stored. (Queries return an empty
 * {@code Optional} instead.)
 *
 * <p>Example message: {@code "Program 3f2a… was not found in organization 9b1c…"}.
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TypedId id;
    private final OrganizationId organizationId;

    /**
     * Creates the exception.
     *
     * @param id the id that was not found, not null
     * @param organizationId the organization searched, not null
     */
    public NotFoundException(TypedId id, OrganizationId organizationId) {
        super(describe(Objects.requireNonNull(id, "id")) + " was not found in organization "
                + Objects.requireNonNull(organizationId, "organizationId"));
        this.id = id;
        this.organizationId = organizationId;
    }

    static String describe(TypedId id) {
        String type = id.getClass().getSimpleName();
        return (type.endsWith("Id") ? type.substring(0, type.length() - 2) : type) + " " + id;
    }

    /**
     * Returns the id that was not found.
     *
     * @return the id, never null
     */
    public TypedId id() {
        return id;
    }

    /**
     * Returns the organization that was searched.
     *
     * @return the organization's id, never null
     */
    public OrganizationId organizationId() {
        return organizationId;
    }
}
