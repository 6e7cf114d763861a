package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.ProgramId;

/**
 * An event of the {@link MentoringPair} aggregate; each successful command emits exactly one.
 * Events leave the aggregate (to the outbox and other systems), so they carry ids, times and
 * constants, never free text: the note recorded when a pair ends stays in the pair's history.
 * Reading ignores fields it does not know.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(PairProposed.class),
    @JsonSubTypes.Type(PairFormed.class),
    @JsonSubTypes.Type(PairAccepted.class),
    @JsonSubTypes.Type(PairDeclined.class),
    @JsonSubTypes.Type(PairProposalWithdrawn.class),
    @JsonSubTypes.Type(PairEnded.class)
})
public sealed interface PairEvent extends DomainEvent
        permits PairProposed, PairFormed, PairAccepted, PairDeclined, PairProposalWithdrawn, PairEnded {

    /**
     * Returns the pair the event concerns.
     *
     * @return the pair's id, never null
     */
    @JsonProperty("pairId")
    PairId pairId();

    /**
     * Returns the programme the pair belongs to.
     *
     * @return the programme's id, never null
     */
    @JsonProperty("programId")
    ProgramId programId();
}
