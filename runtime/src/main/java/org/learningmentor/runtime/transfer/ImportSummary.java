package org.learningmentor.runtime.transfer;

import java.util.Objects;
import org.learningmentor.core.common.ProgramId;

/**
 * What an import of a programme document wrote and what it found stored already.
 *
 * @param programId the imported programme, not null
 * @param organizationCreated true when the organization was written, false when the store held it
 *     already with the same content and it was reused
 * @param peopleCreated how many people were written
 * @param peopleReused how many people the store held already with the same content
 * @param pairs how many pairs were written
 * @param plans how many plans were written
 * @param surveys how many surveys were written
 * @param responses how many survey responses were written
 * @param evaluations how many evaluations were written
 */
public record ImportSummary(
        ProgramId programId,
        boolean organizationCreated,
        int peopleCreated,
        int peopleReused,
        int pairs,
        int plans,
        int surveys,
        int responses,
        int evaluations) {

    /**
     * Checks the summary.
     *
     * @throws NullPointerException when the programme id is null
     * @throws IllegalArgumentException when a count is negative
     */
    public ImportSummary {
        Objects.requireNonNull(programId, "programId");
        if (peopleCreated < 0
                || peopleReused < 0
                || pairs < 0
                || plans < 0
                || surveys < 0
                || responses < 0
                || evaluations < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /**
     * Returns how many records were written, the programme and a new organization included.
     *
     * @return the count, at least 1
     */
    public int written() {
        return (organizationCreated ? 1 : 0) + peopleCreated + 1 + pairs + plans + surveys + responses + evaluations;
    }
}
