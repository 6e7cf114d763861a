package org.learningmentor.persistence.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.PairRepository;

/** The mentoring pairs of an in-memory store, indexed by programme. */
final class MemoryPairRepository implements PairRepository {

    private final Table<MentoringPair> table;

    MemoryPairRepository(Store store) {
        this.table = new Table<>(
                store,
                MentoringPair::organizationId,
                MentoringPair::id,
                MentoringPair::version,
                MentoringPair::withVersion,
                pair -> List.of(pair.programId()));
    }

    @Override
    public Optional<MentoringPair> find(OrganizationId organizationId, PairId id) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        return table.find(organizationId, id.value());
    }

    @Override
    public MentoringPair save(OrganizationId organizationId, MentoringPair pair) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(pair, "pair");
        return table.saveUnder(organizationId, pair, "Pair");
    }

    @Override
    public Page<MentoringPair> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(request, "request");
        return table.query(organizationId, programId, request);
    }

    @Override
    public String toString() {
        return "MemoryPairRepository";
    }
}
