package org.learningmentor.persistence.jdbc;

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

/** The mentoring pairs, in {@code <prefix>pairs} with their programme as a column. */
final class JdbcPairRepository implements PairRepository {

    private final DocumentTable<MentoringPair> table;
    private final DocumentTable<MentoringPair>.Query byProgram;

    JdbcPairRepository(Database database, Tables tables) {
        this.table = new DocumentTable<>(
                database,
                new DocumentTable.Spec<>(
                        tables.pairs(),
                        MentoringPair.class,
                        MentoringPair::organizationId,
                        MentoringPair::id,
                        MentoringPair::version,
                        MentoringPair::withVersion,
                        List.of(new DocumentTable.Column<>(
                                "program_id", pair -> pair.programId().value())),
                        Optional.empty()));
        this.byProgram = table.byColumn("program_id");
    }

    @Override
    public Optional<MentoringPair> find(OrganizationId organizationId, PairId id) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        return table.find(organizationId, id);
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
        return byProgram.page(organizationId, programId.value(), request);
    }

    @Override
    public String toString() {
        return "JdbcPairRepository";
    }
}
