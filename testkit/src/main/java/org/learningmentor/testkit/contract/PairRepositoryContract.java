package org.learningmentor.testkit.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairHistoryEntry;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.PairRepository;
import org.learningmentor.testkit.sample.SamplePlans;
import org.learningmentor.testkit.sample.SampleProgram;

/**
 * The contract tests of {@link PairRepository}: subclass with the factory of the implementation
 * under test.
 *
 * <pre>{@code
 * class MyPairRepositoryTest extends PairRepositoryContract {
 *     @Override
 *     protected Persistence createPersistence() {
 *         return MyPersistence.create(dataSource);
 *     }
 * }
 * }</pre>
 *
 * The pairs are those of {@link SamplePlans#pair} in sample programmes in training; each agency's
 * organization, people and programme are stored before its pairs.
 */
public abstract class PairRepositoryContract extends ProgramScopedRepositoryContract<MentoringPair, PairId> {

    /**
     * The revision of a pair is how many seconds after this instant its first history entry is: a
     * pair has no free text to mark, and its status changes cannot count to thousands.
     */
    private static final Instant REVISIONS = Instant.parse("2026-04-01T00:00:00Z");

    private static final long MAX_REVISION = 1_000_000;

    /** Creates the test; JUnit calls it. */
    protected PairRepositoryContract() {}

    @Override
    String aggregateName() {
        return "pair";
    }

    @Override
    MentoringPair aNewAggregateOf(SampleProgram sample, long seed) {
        return SamplePlans.pair(sample, seed);
    }

    @Override
    ProgramId programOf(MentoringPair pair) {
        return pair.programId();
    }

    @Override
    MentoringPair saveUnder(OrganizationId organizationId, MentoringPair pair) {
        return pairs().save(organizationId, pair);
    }

    @Override
    Page<MentoringPair> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request) {
        return pairs().findByProgram(organizationId, programId, request);
    }

    @Override
    Optional<MentoringPair> find(OrganizationId organizationId, PairId id) {
        return pairs().find(organizationId, id);
    }

    @Override
    PairId idOf(MentoringPair pair) {
        return pair.id();
    }

    @Override
    OrganizationId organizationOf(MentoringPair pair) {
        return pair.organizationId();
    }

    @Override
    long versionOf(MentoringPair pair) {
        return pair.version();
    }

    @Override
    MentoringPair withVersion(MentoringPair pair, long version) {
        return pair.withVersion(version);
    }

    /** Moves the first history entry to the revision's second after {@link #REVISIONS}. */
    @Override
    MentoringPair revised(MentoringPair pair, int revision) {
        List<PairHistoryEntry> history = new ArrayList<>(pair.history());
        PairHistoryEntry first = history.get(0);
        history.set(
                0,
                PairHistoryEntry.builder()
                        .status(first.status())
                        .at(REVISIONS.plusSeconds(revision))
                        .actor(first.actor())
                        .reason(first.reason())
                        .note(first.note())
                        .build());
        return MentoringPair.builder()
                .id(pair.id())
                .organizationId(pair.organizationId())
                .programId(pair.programId())
                .kind(pair.kind())
                .first(pair.first())
                .second(pair.second())
                .status(pair.status())
                .addAllHistory(history)
                .version(pair.version())
                .build();
    }

    @Override
    int revisionOf(MentoringPair pair) {
        long seconds = Duration.between(REVISIONS, pair.history().get(0).at()).getSeconds();
        return seconds >= 0 && seconds < MAX_REVISION ? (int) seconds : 0;
    }
}
