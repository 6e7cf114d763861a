package org.learningmentor.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.learningmentor.core.common.DevelopmentTargetId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairCandidate;
import org.learningmentor.core.pair.PairEndReason;
import org.learningmentor.core.pair.PairKind;
import org.learningmentor.core.pair.PairSuggester;
import org.learningmentor.core.pair.PairSuggestions;
import org.learningmentor.core.pair.PairingPolicy;
import org.learningmentor.core.pair.SuggestionCriteria;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;

/**
 * The use cases of {@link MentoringPair}: voluntary pairing by proposal and answer, direct pairing
 * by HR, ending a pair, the queries, and pair suggestions. Obtain it from {@link
 * LearningMentor#pairs()}.
 *
 * <pre>{@code
 * MentoringPair proposed = learningMentor.pairs().propose(Actor.of(aino), programId,
 *         PairKind.MENTOR_PAIR, matti.id());
 * MentoringPair active = learningMentor.pairs().accept(Actor.of(matti), proposed.id());
 * PairSuggestions suggestions = learningMentor.pairs().suggestMentorPairs(hr, programId,
 *         SuggestionCriteria.defaults());
 * }</pre>
 *
 * <p>Every command runs like those of {@link ProgramUseCases}: in the actor's organization, in one
 * transaction, authorized by its {@link Permission}, retried on a concurrent update. The pairing
 * rules (capacity, duplicates, consent, programme membership) are checked by the model against the
 * programme and <em>all</em> its pairs as stored in the same transaction, under the {@link
 * PairingPolicy} the runtime was built with ({@link LearningMentor.Builder#pairingPolicy}). Since
 * those rules span several pairs, {@link #propose}, {@link #pairDirectly} and {@link #accept} also
 * save the programme unchanged, advancing its version, so that concurrent pairings in one programme
 * conflict and are retried instead of both passing the capacity check.
 *
 * <p>Pairing is voluntary: the proposer is always the actor, only the person proposed to accepts or
 * declines, and only the proposer withdraws; the table grants these for the actor's "own" pairs, and
 * the model refuses anyone else. Commands throw {@link AccessDeniedException}, {@link
 * NotFoundException}, the model's {@link org.learningmentor.core.pair.PairRuleException} or {@link
 * org.learningmentor.core.common.ValidationException}, and the SPI's exceptions.
 *
 * <p>This type is thread-safe.
 */
public final class PairUseCases {

    private final UseCaseRunner runner;
    private final PairingPolicy policy;
    private final Store<MentoringPair, PairId> pairs;
    private final Store<MentoringProgram, ProgramId> programs;

    PairUseCases(UseCaseRunner runner, PairingPolicy policy) {
        this.runner = runner;
        this.policy = policy;
        this.pairs = Store.pairs(runner.persistence());
        this.programs = Store.programs(runner.persistence());
    }

    /**
     * Returns the pairing policy every pairing command applies.
     *
     * @return the policy, never null
     */
    public PairingPolicy pairingPolicy() {
        return policy;
    }

    // ---------------------------------------------------------------- queries

    /**
     * Returns a pair of the actor's organization ({@link Permission#PAIR_VIEW}; "own" when the actor
     * is one of the two).
     *
     * @param actor the actor, not null
     * @param pairId the pair, not null
     * @return the pair, or empty when the organization has none with the id (an actor who may see
     *     only their own pairs is denied instead, so that ids cannot be probed)
     * @throws AccessDeniedException when the actor may not see the pair
     */
    public Optional<MentoringPair> find(Actor actor, PairId pairId) {
        Objects.requireNonNull(pairId, "pairId");
        return runner.query(actor, Permission.PAIR_VIEW, context -> {
            Optional<MentoringPair> pair = context.persistence().pairs().find(context.organizationId(), pairId);
            context.authorize(pair.map(PairUseCases::members).orElse(List.of()));
            return pair;
        });
    }

    /**
     * Returns the pairs of a programme a person is or was in, proposals included, in pair id order
     * ({@link Permission#PAIR_VIEW}; "own" when the person is the actor): where a person finds the
     * proposals waiting for their answer.
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param personId the person, not null
     * @return the pairs, never null; empty for an unknown programme
     * @throws AccessDeniedException when the actor may not see the person's pairs
     */
    public List<MentoringPair> listForPerson(Actor actor, ProgramId programId, PersonId personId) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(personId, "personId");
        return runner.query(actor, Permission.PAIR_VIEW, context -> {
            context.authorize(List.of(personId));
            return context.pairsOf(programId).stream()
                    .filter(pair -> pair.involves(personId))
                    .toList();
        });
    }

    /**
     * Returns a page of a programme's pairs, in pair id order ({@link Permission#PAIR_LIST}).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param request the page, not null
     * @return the page, never null; empty for an unknown programme
     * @throws AccessDeniedException when the actor may not list pairs
     */
    public Page<MentoringPair> listByProgram(Actor actor, ProgramId programId, PageRequest request) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(request, "request");
        return runner.query(actor, Permission.PAIR_LIST, context -> {
            context.authorize();
            return context.persistence().pairs().findByProgram(context.organizationId(), programId, request);
        });
    }

    // ---------------------------------------------------------------- forming pairs

    /**
     * Proposes a pair: the actor asks the other person to pair in the programme ({@link
     * Permission#PAIR_PROPOSE}; always the actor's own). For a {@link PairKind#MENTOR_MENTEE} pair
     * the actor is the mentor.
     *
     * @param actor the actor, the proposer; not null
     * @param programId the programme, not null
     * @param kind the kind of pair, not null
     * @param otherId the person proposed to, not null
     * @return the stored {@link org.learningmentor.core.pair.PairStatus#PROPOSED} pair, never null
     * @see MentoringPair#propose
     */
    public MentoringPair propose(Actor actor, ProgramId programId, PairKind kind, PersonId otherId) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(otherId, "otherId");
        PairId id = PairId.next(runner.ids());
        return runner.create(
                actor,
                Permission.PAIR_PROPOSE,
                pairs,
                List.of(Objects.requireNonNull(actor, "actor").personId()),
                c -> MentoringPair.propose(
                        id,
                        kind,
                        lockProgram(c, programId),
                        c.actor(),
                        c.person(otherId),
                        c.pairsOf(programId),
                        policy,
                        c.now()));
    }

    /**
     * Pairs two people directly, active at once ({@link Permission#PAIR_FORM}; the model also
     * requires HR).
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param kind the kind of pair, not null
     * @param firstId the first member (the mentor of a mentor–mentee pair), not null
     * @param secondId the second member (the mentee of a mentor–mentee pair), not null
     * @return the stored active pair, never null
     * @see MentoringPair#pairDirectly
     */
    public MentoringPair pairDirectly(
            Actor actor, ProgramId programId, PairKind kind, PersonId firstId, PersonId secondId) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(firstId, "firstId");
        Objects.requireNonNull(secondId, "secondId");
        PairId id = PairId.next(runner.ids());
        return runner.create(
                actor,
                Permission.PAIR_FORM,
                pairs,
                List.of(),
                c -> MentoringPair.pairDirectly(
                        id,
                        kind,
                        lockProgram(c, programId),
                        c.actor(),
                        c.person(firstId),
                        c.person(secondId),
                        c.pairsOf(programId),
                        policy,
                        c.now()));
    }

    /**
     * Accepts a proposal ({@link Permission#PAIR_ACCEPT}; "own" when the actor is the person
     * proposed to). Every pairing rule is checked again with the people and pairs as stored now.
     *
     * @param actor the actor, not null
     * @param pairId the proposed pair, not null
     * @return the stored active pair, never null
     * @see MentoringPair#accept
     */
    public MentoringPair accept(Actor actor, PairId pairId) {
        return runner.update(
                actor,
                Permission.PAIR_ACCEPT,
                pairs,
                pairId,
                pair -> List.of(pair.second()),
                (c, pair) -> pair.accept(
                        c.actor(),
                        c.person(pair.first()),
                        lockProgram(c, pair.programId()),
                        c.pairsOf(pair.programId()),
                        policy,
                        c.now()));
    }

    /**
     * Declines a proposal ({@link Permission#PAIR_DECLINE}; "own" when the actor is the person
     * proposed to).
     *
     * @param actor the actor, not null
     * @param pairId the proposed pair, not null
     * @return the stored declined pair, never null
     * @see MentoringPair#decline
     */
    public MentoringPair decline(Actor actor, PairId pairId) {
        return runner.update(
                actor,
                Permission.PAIR_DECLINE,
                pairs,
                pairId,
                pair -> List.of(pair.second()),
                (c, pair) -> pair.decline(c.actorId(), c.now()));
    }

    /**
     * Withdraws a proposal before it is answered ({@link Permission#PAIR_WITHDRAW}; "own" when the
     * actor is the proposer).
     *
     * @param actor the actor, not null
     * @param pairId the proposed pair, not null
     * @return the stored withdrawn pair, never null
     * @see MentoringPair#withdraw
     */
    public MentoringPair withdraw(Actor actor, PairId pairId) {
        return runner.update(
                actor,
                Permission.PAIR_WITHDRAW,
                pairs,
                pairId,
                pair -> List.of(pair.first()),
                (c, pair) -> pair.withdraw(c.actorId(), c.now()));
    }

    /**
     * Ends an active pair with a reason ({@link Permission#PAIR_END}; "own" when the actor is a
     * member).
     *
     * @param actor the actor, not null
     * @param pairId the pair, not null
     * @param reason why it ends, not null
     * @param note an optional note, not null; kept in the pair's history, never logged nor put in
     *     the event
     * @return the stored ended pair, never null
     * @see MentoringPair#end
     */
    public MentoringPair end(Actor actor, PairId pairId, PairEndReason reason, Optional<String> note) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        return runner.update(
                actor,
                Permission.PAIR_END,
                pairs,
                pairId,
                PairUseCases::members,
                (c, pair) -> pair.end(reason, note, c.find(programs, pair.programId()), c.actor(), c.now()));
    }

    // ---------------------------------------------------------------- suggestions

    /**
     * Suggests mentor pairs among the programme's active mentors who have room for another mentor
     * pair under the pairing policy ({@link Permission#PAIR_SUGGEST}). Each mentor is a candidate as
     * stored (unit, manager, language), interested in the development targets their open plans
     * address; seniority is unknown to the model and left out. People already in an active pair
     * together are never suggested again. Nothing is stored: HR forms the pairs it likes with
     * {@link #pairDirectly}, or passes the suggestions on.
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param criteria the weights of the criteria, not null
     * @return the suggestions, never null
     * @throws NotFoundException when the programme is not in the actor's organization
     * @see PairSuggester#suggestMentorPairs
     */
    public PairSuggestions suggestMentorPairs(Actor actor, ProgramId programId, SuggestionCriteria criteria) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(criteria, "criteria");
        return runner.query(actor, Permission.PAIR_SUGGEST, c -> {
            c.authorize();
            MentoringProgram program = c.find(programs, programId);
            List<MentoringPair> programPairs = c.pairsOf(programId);
            Map<PersonId, Set<DevelopmentTargetId>> interests = interests(c, programId);
            List<PairCandidate> mentors = candidates(
                    c, program.activeMentors(), PairKind.MENTOR_PAIR, true, programPairs, Set.of(), interests);
            return PairSuggester.of(criteria).suggestMentorPairs(mentors, active(programPairs));
        });
    }

    /**
     * Suggests mentor–mentee pairs between the programme's active mentors who have room for another
     * mentee and the given people who have no mentor yet in the programme ({@link
     * Permission#PAIR_SUGGEST}). Candidates are built as in {@link #suggestMentorPairs}; a person
     * given as a mentee is not also a mentor candidate.
     *
     * @param actor the actor, not null
     * @param programId the programme, not null
     * @param menteeIds the people looking for a mentor, people of the organization; not null
     * @param criteria the weights of the criteria, not null
     * @return the suggestions, never null
     * @throws NotFoundException when the programme or a mentee is not in the actor's organization
     * @see PairSuggester#suggestMentorMentee
     */
    public PairSuggestions suggestMentorMentee(
            Actor actor, ProgramId programId, List<PersonId> menteeIds, SuggestionCriteria criteria) {
        Objects.requireNonNull(programId, "programId");
        List<PersonId> mentees = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(menteeIds, "menteeIds")));
        Objects.requireNonNull(criteria, "criteria");
        return runner.query(actor, Permission.PAIR_SUGGEST, c -> {
            c.authorize();
            MentoringProgram program = c.find(programs, programId);
            List<MentoringPair> programPairs = c.pairsOf(programId);
            Map<PersonId, Set<DevelopmentTargetId>> interests = interests(c, programId);
            List<PairCandidate> mentors = candidates(
                    c,
                    program.activeMentors(),
                    PairKind.MENTOR_MENTEE,
                    true,
                    programPairs,
                    Set.copyOf(mentees),
                    interests);
            List<PairCandidate> menteeCandidates =
                    candidates(c, mentees, PairKind.MENTOR_MENTEE, false, programPairs, Set.of(), interests);
            return PairSuggester.of(criteria).suggestMentorMentee(mentors, menteeCandidates, active(programPairs));
        });
    }

    /**
     * The candidates among the people with room for another pair of the kind in the given place,
     * leaving out the excluded ones; each person is loaded as stored (unknown people are refused).
     */
    private List<PairCandidate> candidates(
            Context c,
            List<PersonId> people,
            PairKind kind,
            boolean asFirst,
            List<MentoringPair> programPairs,
            Set<PersonId> excluded,
            Map<PersonId, Set<DevelopmentTargetId>> interests) {
        int capacity = policy.capacity(kind, asFirst);
        List<PairCandidate> candidates = new ArrayList<>();
        for (PersonId id : people) {
            if (excluded.contains(id)) {
                continue;
            }
            long activePairs = programPairs.stream()
                    .filter(pair -> pair.isActive() && pair.kind() == kind)
                    .filter(pair -> kind == PairKind.MENTOR_PAIR
                            ? pair.involves(id)
                            : (asFirst ? pair.first() : pair.second()).equals(id))
                    .count();
            if (activePairs < capacity) {
                Person person = c.person(id);
                candidates.add(PairCandidate.from(person, interests.getOrDefault(id, Set.of()), OptionalInt.empty()));
            }
        }
        return candidates;
    }

    /** The development targets each mentor's open (not cancelled) plans of the programme address. */
    private static Map<PersonId, Set<DevelopmentTargetId>> interests(Context c, ProgramId programId) {
        Map<PersonId, Set<DevelopmentTargetId>> interests = new HashMap<>();
        for (MentorPlan plan : c.plansOf(programId)) {
            if (plan.status() != PlanStatus.CANCELLED) {
                for (PersonId owner : plan.ownerIds()) {
                    interests.computeIfAbsent(owner, k -> new HashSet<>()).addAll(plan.targetIds());
                }
            }
        }
        return interests;
    }

    /**
     * Loads the programme and saves it unchanged, so that its version advances: the pairing rules
     * (capacity, no duplicate pair) span all the programme's pairs, which no single pair's version
     * protects, so two concurrent pairings of one programme must conflict on something they both
     * write. The later one is retried on fresh state and meets the rules with the earlier pair in
     * sight. Pairing is rare next to the other work on a programme, so serializing it costs little.
     */
    private MentoringProgram lockProgram(Context c, ProgramId programId) {
        MentoringProgram program = c.find(programs, programId);
        c.persistence().programs().save(c.organizationId(), program);
        return program;
    }

    private static List<MentoringPair> active(List<MentoringPair> programPairs) {
        return programPairs.stream().filter(MentoringPair::isActive).toList();
    }

    /** The two members of a pair: the people for whom it is their "own" record. */
    static List<PersonId> members(MentoringPair pair) {
        return List.of(pair.first(), pair.second());
    }
}
