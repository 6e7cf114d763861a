package org.learningmentor.core.pair;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PairId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.common.Violations;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;

/**
 * A mentoring pair of a programme: two mentors who plan and act together (mentoripari, {@link
 * PairKind#MENTOR_PAIR}), or a mentor and a mentee (mentori–aktori, {@link
 * PairKind#MENTOR_MENTEE}), with its status and the history of how it got there.
 *
 * <pre>{@code
 * Change<MentoringPair> proposed = MentoringPair.propose(pairId, PairKind.MENTOR_PAIR, program,
 *         aino, matti, programPairs, PairingPolicy.defaults(), at);
 * Change<MentoringPair> accepted = proposed.state().accept(matti, aino, program, programPairs,
 *         PairingPolicy.defaults(), later);
 * }</pre>
 *
 * <p><b>Lifecycle.</b> Pairing is voluntary: a person {@linkplain #propose proposes} ({@link
 * PairStatus#PROPOSED}); only the person proposed to may {@linkplain #accept accept} ({@link
 * PairStatus#ACTIVE}) or {@linkplain #decline decline} ({@link PairStatus#DECLINED}); only the
 * proposer may {@linkplain #withdraw withdraw} the proposal ({@link PairStatus#WITHDRAWN}). HR may
 * also {@linkplain #pairDirectly pair two people directly} ({@link PairStatus#ACTIVE} at once). An
 * active pair {@linkplain #end ends} with a {@link PairEndReason} ({@link PairStatus#ENDED}).
 *
 * <p><b>Pairing rules</b>, checked when a pair is proposed, formed directly and accepted, every
 * broken one listed in one {@link PairRuleException}:
 *
 * <ol>
 *   <li>no one is paired with themself ({@code pair.person.self});
 *   <li>both people belong to the programme's organization ({@code
 *       pair.person.other-organization});
 *   <li>both take part in the programme ({@code pair.person.not-program-mentor}): both members of a
 *       mentor pair, and the mentor ({@link #first()}) of a mentor–mentee pair, are active mentors
 *       of the programme; a mentee is any person of the organization;
 *   <li>every mentor's consent is given and not withdrawn ({@code pair.person.no-consent}, from
 *       {@link Person#enrollment()});
 *   <li>neither person would exceed the {@link PairingPolicy}'s capacity of active pairs of the kind
 *       in the programme ({@code pair.capacity.exceeded}); proposals do not count against capacity,
 *       so it is checked again for <em>both</em> people at acceptance;
 *   <li>the two people have no other open (proposed or active) pair in the programme, of either
 *       kind and in either order ({@code pair.pair.duplicate});
 *   <li>the programme has not ended ({@code pair.program.ended}); a new pair's id is not taken
 *       ({@code pair.id.duplicate}).
 * </ol>
 *
 * <p><b>The programme's pairs.</b> Commands that check capacity and duplicates take the programme's
 * pairs as the caller loaded them. Only pairs of the same programme and organization count: pairs of
 * other programmes in the collection are ignored, since capacity is per programme, so a host may
 * pass all pairs of the people concerned. The pair the command runs on is ignored in the collection
 * too (its stored copy may be there).
 *
 * <p><b>Completed.</b> Ending a pair records a reason. {@link PairEndReason#COMPLETED} means the
 * pair did its work: HR may record it at any time (ending early counts as completed when HR says
 * so); a member may record it only once the programme's implementation is over, that is in {@link
 * ProgramPhase#EVALUATION}, {@link ProgramPhase#CLOSED} or {@link ProgramPhase#EMBEDDING} ({@code
 * pair.end.completed-too-early}). Members end earlier with {@link PairEndReason#WITHDRAWN}, {@link
 * PairEndReason#REORGANISED} or {@link PairEndReason#OTHER}.
 *
 * <p><b>Structure.</b> Building a pair, by builder, by command or from JSON, checks and reports
 * together: the two people differ; the history is not empty, starts with {@link
 * PairStatus#PROPOSED} or {@link PairStatus#ACTIVE}, takes only the steps above, in time order, and
 * ends with the pair's status; the version is not negative. A refused command leaves the pair as it
 * was (it is immutable) and returns nothing.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class MentoringPair {

    private static final Set<ProgramPhase> IMPLEMENTATION_OVER =
            Set.of(ProgramPhase.EVALUATION, ProgramPhase.CLOSED, ProgramPhase.EMBEDDING);

    /** Only the generated implementation extends this class. */
    MentoringPair() {}

    // ---------------------------------------------------------------- attributes

    /**
     * Returns the pair's identity.
     *
     * @return the id, never null
     */
    @JsonProperty("id")
    public abstract PairId id();

    /**
     * Returns the organization (tenant) the pair belongs to.
     *
     * @return the organization id, never null
     */
    @JsonProperty("organizationId")
    public abstract OrganizationId organizationId();

    /**
     * Returns the programme the pair belongs to.
     *
     * @return the programme id, never null
     */
    @JsonProperty("programId")
    public abstract ProgramId programId();

    /**
     * Returns what kind of pair this is.
     *
     * @return the kind, never null
     */
    @JsonProperty("kind")
    public abstract PairKind kind();

    /**
     * Returns the first person: the proposer, or the mentor of a mentor–mentee pair (who is also
     * the proposer when the pair was proposed).
     *
     * @return the person id, never null
     */
    @JsonProperty("first")
    public abstract PersonId first();

    /**
     * Returns the second person: the one proposed to, or the mentee of a mentor–mentee pair.
     *
     * @return the person id, never null, not {@link #first()}
     */
    @JsonProperty("second")
    public abstract PersonId second();

    /**
     * Returns where the pair stands: the status of the last {@linkplain #history() history} entry.
     *
     * @return the status, never null
     */
    @JsonProperty("status")
    public abstract PairStatus status();

    /**
     * Returns every status the pair entered, oldest first, with when, who acted and, for the end,
     * the reason and note.
     *
     * @return an unmodifiable, non-empty list
     */
    @JsonProperty("history")
    public abstract List<PairHistoryEntry> history();

    /**
     * Returns the optimistic-locking version managed by the persistence layer (0 = never stored).
     * Commands keep it as it is.
     *
     * @return the version, not negative
     */
    @JsonProperty("version")
    @Value.Default
    public long version() {
        return 0;
    }

    /**
     * Returns a copy with another optimistic-locking version, for persistence implementations; the
     * model never changes the version itself.
     *
     * @param version the version, not negative: the version the store holds after a save
     * @return the copy, never null
     * @throws ValidationException when the version is negative ({@code pair.version.negative})
     */
    public abstract MentoringPair withVersion(long version);

    // ---------------------------------------------------------------- queries

    /**
     * Tells whether the pair is active.
     *
     * @return true when the status is {@link PairStatus#ACTIVE}
     */
    @JsonIgnore
    public final boolean isActive() {
        return status().isActive();
    }

    /**
     * Tells whether the person is one of the two.
     *
     * @param person the person, not null
     * @return true when the person is {@link #first()} or {@link #second()}
     */
    public final boolean involves(PersonId person) {
        Objects.requireNonNull(person, "person");
        return first().equals(person) || second().equals(person);
    }

    /**
     * Returns the other member of the pair.
     *
     * @param member one member, not null
     * @return the other member, or empty when the person is not a member
     */
    public final Optional<PersonId> other(PersonId member) {
        Objects.requireNonNull(member, "member");
        if (first().equals(member)) {
            return Optional.of(second());
        }
        return second().equals(member) ? Optional.of(first()) : Optional.empty();
    }

    /**
     * Returns why the pair ended.
     *
     * @return the reason when the status is {@link PairStatus#ENDED}, otherwise empty
     */
    @JsonIgnore
    public final Optional<PairEndReason> endReason() {
        return lastEntry().reason();
    }

    /**
     * Tells whether the pair ended as {@link PairEndReason#COMPLETED}: it did its work.
     *
     * @return true for an ended pair whose reason is COMPLETED
     */
    @JsonIgnore
    public final boolean isEndedAsCompleted() {
        return endReason().filter(PairEndReason.COMPLETED::equals).isPresent();
    }

    private PairHistoryEntry lastEntry() {
        return history().get(history().size() - 1);
    }

    // ---------------------------------------------------------------- creation

    /**
     * Proposes a pair: the proposer asks the other person to pair in the programme. The proposer
     * becomes {@link #first()}; for a {@link PairKind#MENTOR_MENTEE} pair the proposer is the
     * mentor (a mentee who looks for a mentor asks HR, who pairs them directly).
     *
     * @param id the new pair's id, not null, not taken in {@code programPairs}
     * @param kind the kind of pair, not null
     * @param program the programme, not null
     * @param proposer the person proposing, who acts; not null
     * @param other the person proposed to, not null
     * @param programPairs the programme's pairs, not null, no null elements; pairs of other
     *     programmes are ignored
     * @param policy the programme's pairing policy, not null
     * @param at when, from the caller's clock; not null
     * @return the {@link PairStatus#PROPOSED} pair and one {@link PairProposed}, never null
     * @throws PairRuleException listing every pairing rule broken (see the class description)
     */
    public static Change<MentoringPair> propose(
            PairId id,
            PairKind kind,
            MentoringProgram program,
            Person proposer,
            Person other,
            Collection<MentoringPair> programPairs,
            PairingPolicy policy,
            Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(other, "other");
        requireNoNulls(programPairs);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = new ArrayList<>();
        checkNewId(id, programPairs, refused);
        checkPairing(id, kind, program, proposer, "proposer", other, "other", programPairs, policy, refused);
        refuseIfAny(id, "be proposed", refused);
        MentoringPair pair = created(id, kind, program, proposer.id(), other.id(), PairStatus.PROPOSED, at);
        return Change.of(
                pair,
                PairProposed.builder()
                        .organizationId(pair.organizationId())
                        .actor(proposer.id())
                        .occurredAt(at)
                        .pairId(id)
                        .programId(pair.programId())
                        .kind(kind)
                        .firstId(pair.first())
                        .secondId(pair.second())
                        .build());
    }

    /**
     * Pairs two people directly, without a proposal: HR forms the pair, {@link PairStatus#ACTIVE}
     * at once. The same pairing rules apply as for a proposal.
     *
     * @param id the new pair's id, not null, not taken in {@code programPairs}
     * @param kind the kind of pair, not null
     * @param program the programme, not null
     * @param hr the person acting, of the programme's organization, with {@link Role#HR}; not null
     * @param first the first member (the mentor of a mentor–mentee pair), not null
     * @param second the second member (the mentee of a mentor–mentee pair), not null
     * @param programPairs the programme's pairs, not null, no null elements; pairs of other
     *     programmes are ignored
     * @param policy the programme's pairing policy, not null
     * @param at when, from the caller's clock; not null
     * @return the active pair and one {@link PairFormed}, never null
     * @throws PairRuleException with {@code pair.actor.not-hr} when the actor lacks HR, {@code
     *     pair.person.other-organization} for an actor of another organization, and every pairing
     *     rule broken (see the class description)
     */
    public static Change<MentoringPair> pairDirectly(
            PairId id,
            PairKind kind,
            MentoringProgram program,
            Person hr,
            Person first,
            Person second,
            Collection<MentoringPair> programPairs,
            PairingPolicy policy,
            Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(hr, "hr");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        requireNoNulls(programPairs);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = new ArrayList<>();
        checkOrganization(program, hr, "hr", refused);
        if (!hr.hasRole(Role.HR)) {
            refused.add(Violation.of(PairViolation.ACTOR_NOT_HR, "hr", hr.id()));
        }
        checkNewId(id, programPairs, refused);
        checkPairing(id, kind, program, first, "first", second, "second", programPairs, policy, refused);
        refuseIfAny(id, "be formed", refused);
        MentoringPair pair = created(id, kind, program, first.id(), second.id(), PairStatus.ACTIVE, at, hr.id());
        return Change.of(
                pair,
                PairFormed.builder()
                        .organizationId(pair.organizationId())
                        .actor(hr.id())
                        .occurredAt(at)
                        .pairId(id)
                        .programId(pair.programId())
                        .kind(kind)
                        .firstId(pair.first())
                        .secondId(pair.second())
                        .build());
    }

    /**
     * Returns a new builder; {@code id}, {@code organizationId}, {@code programId}, {@code kind},
     * {@code first}, {@code second} and {@code status} are required, and the history must not be
     * empty. Hosts use it to restore a stored pair; new pairs start with {@link #propose} or {@link
     * #pairDirectly}.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- commands

    /**
     * Accepts the proposal: the person proposed to agrees, and the pair becomes active. Every
     * pairing rule is checked again with the people as they are now: consent may have been
     * withdrawn, a mentor may have left the programme, and either person may have joined other
     * pairs since the proposal, so capacity is checked for both.
     *
     * @param actor the person accepting: {@link #second()}; not null
     * @param proposer the proposer as they are now: {@link #first()}; not null
     * @param program the pair's programme, not null
     * @param programPairs the programme's pairs, not null, no null elements; this pair and pairs of
     *     other programmes are ignored
     * @param policy the programme's pairing policy, not null
     * @param at when, not before the proposal; not null
     * @return the active pair and one {@link PairAccepted}, never null
     * @throws PairRuleException with {@code pair.status.wrong} unless proposed, {@code
     *     pair.actor.not-invited} when the actor is not the person proposed to, {@code
     *     pair.person.not-member} when the proposer given is not the first member, {@code
     *     pair.program.other} for another programme, {@code pair.history.out-of-order} for a time
     *     before the proposal, and every pairing rule broken, all that apply
     */
    public Change<MentoringPair> accept(
            Person actor,
            Person proposer,
            MentoringProgram program,
            Collection<MentoringPair> programPairs,
            PairingPolicy policy,
            Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(program, "program");
        requireNoNulls(programPairs);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = refusals(PairStatus.PROPOSED, at);
        if (!actor.id().equals(second())) {
            refused.add(Violation.of(PairViolation.ACTOR_NOT_INVITED, "actor", actor.id()));
        }
        if (!proposer.id().equals(first())) {
            refused.add(Violation.of(PairViolation.PERSON_NOT_MEMBER, "proposer", proposer.id(), first()));
        }
        checkProgram(program, refused);
        checkPairing(id(), kind(), program, proposer, "proposer", actor, "actor", programPairs, policy, refused);
        refuseIfAny(id(), "be accepted", refused);
        return Change.of(
                entered(entry(PairStatus.ACTIVE, actor.id(), at).build()),
                PairAccepted.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .pairId(id())
                        .programId(programId())
                        .build());
    }

    /**
     * Declines the proposal: the person proposed to says no.
     *
     * @param actor the person declining: {@link #second()}; not null
     * @param at when, not before the proposal; not null
     * @return the declined pair and one {@link PairDeclined}, never null
     * @throws PairRuleException with {@code pair.status.wrong} unless proposed, {@code
     *     pair.actor.not-invited} when the actor is not the person proposed to, or {@code
     *     pair.history.out-of-order}, all that apply
     */
    public Change<MentoringPair> decline(PersonId actor, Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = refusals(PairStatus.PROPOSED, at);
        if (!actor.equals(second())) {
            refused.add(Violation.of(PairViolation.ACTOR_NOT_INVITED, "actor", actor));
        }
        refuseIfAny(id(), "be declined", refused);
        return Change.of(
                entered(entry(PairStatus.DECLINED, actor, at).build()),
                PairDeclined.builder()
                        .organizationId(organizationId())
                        .actor(actor)
                        .occurredAt(at)
                        .pairId(id())
                        .programId(programId())
                        .build());
    }

    /**
     * Withdraws the proposal before it is answered.
     *
     * @param actor the person withdrawing: the proposer, {@link #first()}; not null
     * @param at when, not before the proposal; not null
     * @return the withdrawn pair and one {@link PairProposalWithdrawn}, never null
     * @throws PairRuleException with {@code pair.status.wrong} unless proposed, {@code
     *     pair.actor.not-proposer} when the actor is not the proposer, or {@code
     *     pair.history.out-of-order}, all that apply
     */
    public Change<MentoringPair> withdraw(PersonId actor, Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        List<Violation> refused = refusals(PairStatus.PROPOSED, at);
        if (!actor.equals(first())) {
            refused.add(Violation.of(PairViolation.ACTOR_NOT_PROPOSER, "actor", actor));
        }
        refuseIfAny(id(), "be withdrawn", refused);
        return Change.of(
                entered(entry(PairStatus.WITHDRAWN, actor, at).build()),
                PairProposalWithdrawn.builder()
                        .organizationId(organizationId())
                        .actor(actor)
                        .occurredAt(at)
                        .pairId(id())
                        .programId(programId())
                        .build());
    }

    /**
     * Ends the active pair with a reason, by a member or by HR of the organization. {@link
     * PairEndReason#COMPLETED} needs HR, or a programme whose implementation is over (see the class
     * description). The note stays in the history, redacted from {@code toString()}, and is not
     * carried by the event.
     *
     * @param reason why the pair ends, not null
     * @param note an optional note, not null; when present not blank and at most {@value
     *     PairHistoryEntry#MAX_NOTE_LENGTH} characters
     * @param program the pair's programme, not null
     * @param actor the person ending the pair: a member, or a person with {@link Role#HR} of the
     *     organization; not null
     * @param at when, not before the last history entry; not null
     * @return the ended pair and one {@link PairEnded}, never null
     * @throws ValidationException when the note is blank ({@code pair.note.blank}) or too long
     *     ({@code common.text.too-long})
     * @throws PairRuleException with {@code pair.status.wrong} unless active, {@code
     *     pair.actor.not-member-or-hr}, {@code pair.end.completed-too-early}, {@code
     *     pair.program.other} or {@code pair.history.out-of-order}, all that apply
     */
    public Change<MentoringPair> end(
            PairEndReason reason, Optional<String> note, MentoringProgram program, Person actor, Instant at) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        // Invalid data first: the note is checked by the entry, before any rule.
        PairHistoryEntry entry = entry(PairStatus.ENDED, actor.id(), at)
                .reason(reason)
                .note(note)
                .build();
        List<Violation> refused = refusals(PairStatus.ACTIVE, at);
        checkProgram(program, refused);
        boolean hr = actor.hasRole(Role.HR) && actor.organizationId().equals(organizationId());
        if (!involves(actor.id()) && !hr) {
            refused.add(Violation.of(PairViolation.ACTOR_NOT_MEMBER_OR_HR, "actor", actor.id()));
        } else if (reason == PairEndReason.COMPLETED && !hr && !IMPLEMENTATION_OVER.contains(program.phase())) {
            refused.add(Violation.of(PairViolation.END_COMPLETED_TOO_EARLY, "reason", actor.id(), program.phase()));
        }
        refuseIfAny(id(), "be ended", refused);
        return Change.of(
                entered(entry),
                PairEnded.builder()
                        .organizationId(organizationId())
                        .actor(actor.id())
                        .occurredAt(at)
                        .pairId(id())
                        .programId(programId())
                        .reason(reason)
                        .build());
    }

    // ---------------------------------------------------------------- rule helpers

    private static MentoringPair created(
            PairId id,
            PairKind kind,
            MentoringProgram program,
            PersonId first,
            PersonId second,
            PairStatus status,
            Instant at) {
        return created(id, kind, program, first, second, status, at, first);
    }

    private static MentoringPair created(
            PairId id,
            PairKind kind,
            MentoringProgram program,
            PersonId first,
            PersonId second,
            PairStatus status,
            Instant at,
            PersonId actor) {
        return builder()
                .id(id)
                .organizationId(program.organizationId())
                .programId(program.id())
                .kind(kind)
                .first(first)
                .second(second)
                .status(status)
                .addHistory(entry(status, actor, at).build())
                .build();
    }

    private static PairHistoryEntry.Builder entry(PairStatus status, PersonId actor, Instant at) {
        PairHistoryEntry.Builder builder = PairHistoryEntry.builder();
        builder.status(status).at(at).actor(actor);
        return builder;
    }

    /** Returns this pair in the entry's status, with the entry appended to the history. */
    private MentoringPair entered(PairHistoryEntry entry) {
        List<PairHistoryEntry> history = new ArrayList<>(history().size() + 1);
        history.addAll(history());
        history.add(entry);
        return builder()
                .id(id())
                .organizationId(organizationId())
                .programId(programId())
                .kind(kind())
                .first(first())
                .second(second())
                .status(entry.status())
                .addAllHistory(history)
                .version(version())
                .build();
    }

    /** Starts the refusals of a command on this pair: the status required and the time order. */
    private List<Violation> refusals(PairStatus required, Instant at) {
        List<Violation> refused = new ArrayList<>();
        if (status() != required) {
            refused.add(Violation.of(PairViolation.STATUS_WRONG, "status", status(), required));
        }
        Instant last = lastEntry().at();
        if (at.isBefore(last)) {
            refused.add(Violation.of(PairViolation.HISTORY_OUT_OF_ORDER, "at", at, last));
        }
        return refused;
    }

    private void checkProgram(MentoringProgram program, List<Violation> refused) {
        if (!program.id().equals(programId()) || !program.organizationId().equals(organizationId())) {
            refused.add(Violation.of(PairViolation.PROGRAM_OTHER, "program", programId()));
        }
    }

    private static void checkOrganization(
            MentoringProgram program, Person person, String path, List<Violation> refused) {
        if (!person.organizationId().equals(program.organizationId())) {
            // The other organization's id is not named: it would reveal another tenant.
            refused.add(Violation.of(PairViolation.PERSON_OTHER_ORGANIZATION, path, person.id()));
        }
    }

    private static void checkNewId(PairId id, Collection<MentoringPair> programPairs, List<Violation> refused) {
        if (programPairs.stream().anyMatch(p -> p.id().equals(id))) {
            refused.add(Violation.of(PairViolation.ID_DUPLICATE, "id", id));
        }
    }

    /** Adds every pairing rule the two people would break as the pair's first and second member. */
    private static void checkPairing(
            PairId id,
            PairKind kind,
            MentoringProgram program,
            Person first,
            String firstPath,
            Person second,
            String secondPath,
            Collection<MentoringPair> programPairs,
            PairingPolicy policy,
            List<Violation> refused) {
        if (program.isEnded()) {
            refused.add(Violation.of(PairViolation.PROGRAM_ENDED, "program", program.phase()));
        }
        boolean self = first.id().equals(second.id());
        if (self) {
            refused.add(Violation.of(PairViolation.PERSON_SELF, secondPath, second.id()));
        }
        checkOrganization(program, first, firstPath, refused);
        checkOrganization(program, second, secondPath, refused);
        checkMentor(program, first, firstPath, refused);
        if (kind == PairKind.MENTOR_PAIR && !self) {
            checkMentor(program, second, secondPath, refused);
        }
        List<MentoringPair> others = programPairs.stream()
                .filter(p -> p.programId().equals(program.id())
                        && p.organizationId().equals(program.organizationId())
                        && !p.id().equals(id))
                .toList();
        others.stream()
                .filter(p -> p.status().isOpen() && p.involves(first.id()) && p.involves(second.id()))
                .findFirst()
                .ifPresent(p -> refused.add(
                        Violation.of(PairViolation.PAIR_DUPLICATE, secondPath, first.id(), second.id(), p.id())));
        checkCapacity(kind, first.id(), true, firstPath, others, policy, refused);
        if (!self) {
            checkCapacity(kind, second.id(), false, secondPath, others, policy, refused);
        }
    }

    private static void checkMentor(MentoringProgram program, Person person, String path, List<Violation> refused) {
        if (!program.isActiveMentor(person.id())) {
            refused.add(Violation.of(PairViolation.PERSON_NOT_PROGRAM_MENTOR, path, person.id()));
        }
        if (!person.enrollment().isConsentGiven()) {
            refused.add(Violation.of(PairViolation.PERSON_NO_CONSENT, path, person.id()));
        }
    }

    private static void checkCapacity(
            PairKind kind,
            PersonId person,
            boolean asFirst,
            String path,
            List<MentoringPair> others,
            PairingPolicy policy,
            List<Violation> refused) {
        long active = others.stream()
                .filter(p -> p.isActive() && p.kind() == kind && holds(p, person, asFirst))
                .count();
        int capacity = policy.capacity(kind, asFirst);
        if (active >= capacity) {
            refused.add(Violation.of(PairViolation.CAPACITY_EXCEEDED, path, person, active, capacity));
        }
    }

    /** Whether the person holds the place in the pair: either place in a mentor pair. */
    private static boolean holds(MentoringPair pair, PersonId person, boolean asFirst) {
        if (pair.kind() == PairKind.MENTOR_PAIR) {
            return pair.involves(person);
        }
        return (asFirst ? pair.first() : pair.second()).equals(person);
    }

    private static void requireNoNulls(Collection<MentoringPair> programPairs) {
        Objects.requireNonNull(programPairs, "programPairs");
        programPairs.forEach(p -> Objects.requireNonNull(p, "programPairs contains null"));
    }

    private static void refuseIfAny(PairId id, String action, List<Violation> refused) {
        if (!refused.isEmpty()) {
            throw new PairRuleException(id, action, refused);
        }
    }

    // ---------------------------------------------------------------- structure

    /**
     * Checks the structural rules listed in the class description.
     *
     * @throws ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(!first().equals(second()), PairViolation.PERSON_SELF, "second", second());
        List<PairHistoryEntry> history = history();
        if (history.isEmpty()) {
            violations.add(PairViolation.HISTORY_EMPTY, "history");
        } else {
            PairStatus start = history.get(0).status();
            violations.check(
                    start == PairStatus.PROPOSED || start == PairStatus.ACTIVE,
                    PairViolation.HISTORY_FIRST_STATUS,
                    "history[0].status",
                    start);
            for (int i = 1; i < history.size(); i++) {
                PairHistoryEntry previous = history.get(i - 1);
                PairHistoryEntry entry = history.get(i);
                violations.check(
                        previous.status().canBecome(entry.status()),
                        PairViolation.HISTORY_TRANSITION,
                        "history[" + i + "].status",
                        previous.status(),
                        entry.status());
                violations.check(
                        !entry.at().isBefore(previous.at()),
                        PairViolation.HISTORY_OUT_OF_ORDER,
                        "history[" + i + "].at",
                        entry.at(),
                        previous.at());
            }
            PairStatus last = history.get(history.size() - 1).status();
            violations.check(last == status(), PairViolation.HISTORY_STATUS_MISMATCH, "status", status(), last);
        }
        violations.check(version() >= 0, PairViolation.VERSION_NEGATIVE, "version", version());
        violations.throwIfAny();
    }

    @JsonCreator
    private static MentoringPair fromJson(ImmutableMentoringPair value) {
        return value;
    }

    /** Builds a pair; throws a {@link ValidationException} listing every structural violation. */
    public static final class Builder extends ImmutableMentoringPair.Builder {}
}
