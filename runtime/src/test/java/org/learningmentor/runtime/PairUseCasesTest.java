package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.DomainEvent;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.pair.PairEndReason;
import org.learningmentor.core.pair.PairFormed;
import org.learningmentor.core.pair.PairKind;
import org.learningmentor.core.pair.PairRuleException;
import org.learningmentor.core.pair.PairStatus;
import org.learningmentor.core.pair.PairSuggestion;
import org.learningmentor.core.pair.PairSuggestions;
import org.learningmentor.core.pair.PairingPolicy;
import org.learningmentor.core.pair.SuggestionCriteria;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.persistence.PageRequest;

/** The pairing use cases end to end on the in-memory store, with the sample agency in training. */
class PairUseCasesTest {

    private final World world = World.create();
    private final Actor hr = world.hr();
    private final ProgramId program = world.storeProgram(ProgramPhase.TRAINING);
    private final Person aino = world.personFor(Role.MENTOR);
    private final Person matti = world.person(world.other());

    @Test
    void voluntaryPairingStory() {
        // Aino proposes to Matti that they work as a mentor pair…
        MentoringPair proposed =
                world.runtime.pairs().propose(Actor.of(aino), program, PairKind.MENTOR_PAIR, matti.id());
        assertThat(proposed.status()).isEqualTo(PairStatus.PROPOSED);
        assertThat(proposed.version()).isEqualTo(1);

        // …Matti finds the proposal among his pairs, and accepts it…
        List<MentoringPair> mattis = world.runtime.pairs().listForPerson(Actor.of(matti), program, matti.id());
        assertThat(mattis).extracting(MentoringPair::id).containsExactly(proposed.id());
        MentoringPair active = world.runtime.pairs().accept(Actor.of(matti), proposed.id());
        assertThat(active.status()).isEqualTo(PairStatus.ACTIVE);

        // …a second proposal between them is refused by the pairing rules…
        PairRuleException duplicate = catchThrowableOfType(
                PairRuleException.class,
                () -> world.runtime.pairs().propose(Actor.of(matti), program, PairKind.MENTOR_PAIR, aino.id()));
        assertThat(duplicate.getMessage()).contains(matti.id().toString());

        // …HR sees the pair in the programme's list…
        assertThat(world.runtime
                        .pairs()
                        .listByProgram(hr, program, PageRequest.first(10))
                        .items())
                .containsExactly(active);

        // …and when Matti leaves, he ends the pair himself.
        MentoringPair ended = world.runtime
                .pairs()
                .end(Actor.of(matti), active.id(), PairEndReason.WITHDRAWN, Optional.of("Moved to a project"));
        assertThat(ended.status()).isEqualTo(PairStatus.ENDED);
        assertThat(ended.endReason()).contains(PairEndReason.WITHDRAWN);

        assertThat(world.heard)
                .extracting(UseCaseRunner::typeOf)
                .containsExactly("PairProposed", "PairAccepted", "PairEnded");
        assertThat(world.heard).extracting(DomainEvent::actor).containsExactly(aino.id(), matti.id(), matti.id());
        assertThat(world.outbox()).hasSize(3);
        // the note stays in the pair's history and is never in an event
        assertThat(world.outbox()).noneMatch(entry -> entry.event().toString().contains("project"));
    }

    @Test
    void onlyThePersonProposedToAnswersAndOnlyTheProposerWithdraws() {
        MentoringPair proposed =
                world.runtime.pairs().propose(Actor.of(aino), program, PairKind.MENTOR_PAIR, matti.id());

        AccessDeniedException notInvited = catchThrowableOfType(
                AccessDeniedException.class, () -> world.runtime.pairs().accept(Actor.of(aino), proposed.id()));
        assertThat(notInvited.reason()).isEqualTo(AccessDeniedException.Reason.NOT_OWN);
        AccessDeniedException notProposer = catchThrowableOfType(
                AccessDeniedException.class, () -> world.runtime.pairs().withdraw(Actor.of(matti), proposed.id()));
        assertThat(notProposer.reason()).isEqualTo(AccessDeniedException.Reason.NOT_OWN);
        // HR may not answer for Matti either
        assertThatThrownBy(() -> world.runtime.pairs().decline(hr, proposed.id()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(world.runtime.pairs().withdraw(Actor.of(aino), proposed.id()).status())
                .isEqualTo(PairStatus.WITHDRAWN);
        MentoringPair again = world.runtime.pairs().propose(Actor.of(aino), program, PairKind.MENTOR_PAIR, matti.id());
        assertThat(world.runtime.pairs().decline(Actor.of(matti), again.id()).status())
                .isEqualTo(PairStatus.DECLINED);
    }

    @Test
    void aMenteeSeesOwnPairsOnlyWhileThoseWhoRunTheProgrammeSeeAll() {
        Person mentee = world.personFor(Role.EMPLOYEE);
        MentoringPair pair =
                world.runtime.pairs().pairDirectly(hr, program, PairKind.MENTOR_MENTEE, aino.id(), mentee.id());

        assertThat(world.runtime.pairs().find(Actor.of(mentee), pair.id())).contains(pair);
        assertThat(world.runtime.pairs().find(world.actor(Role.TRAINER), pair.id()))
                .contains(pair);
        AccessDeniedException denied = catchThrowableOfType(
                AccessDeniedException.class, () -> world.runtime.pairs().find(Actor.of(matti), pair.id()));
        assertThat(denied.reason()).isEqualTo(AccessDeniedException.Reason.NOT_OWN);
        assertThatThrownBy(() -> world.runtime.pairs().listByProgram(Actor.of(mentee), program, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(world.heard).singleElement().isInstanceOf(PairFormed.class);
    }

    @Test
    void thePairingPolicyOfTheBuilderSetsTheCapacity() {
        List<PersonId> mentees = world.agency.people().stream()
                .filter(p -> p.roles().equals(Set.of(Role.EMPLOYEE)))
                .limit(2)
                .map(Person::id)
                .toList();
        // under the defaults a mentor leads one mentee at a time…
        world.runtime.pairs().pairDirectly(hr, program, PairKind.MENTOR_MENTEE, aino.id(), mentees.get(0));
        PairRuleException full = catchThrowableOfType(
                PairRuleException.class,
                () -> world.runtime
                        .pairs()
                        .pairDirectly(hr, program, PairKind.MENTOR_MENTEE, aino.id(), mentees.get(1)));
        assertThat(full.codes()).contains("pair.capacity.exceeded");

        // …a host that allows two configures it once, for every call
        World roomy = World.create(
                org.learningmentor.persistence.memory.InMemoryPersistence.create(),
                b -> b.pairingPolicy(PairingPolicy.defaults().withMenteeCapacity(2)));
        ProgramId roomyProgram = roomy.storeProgram(ProgramPhase.TRAINING);
        assertThat(roomy.runtime.pairs().pairingPolicy().menteeCapacity()).isEqualTo(2);
        for (PersonId mentee : mentees) {
            roomy.runtime.pairs().pairDirectly(roomy.hr(), roomyProgram, PairKind.MENTOR_MENTEE, aino.id(), mentee);
        }
        assertThat(roomy.runtime.pairs().listForPerson(roomy.hr(), roomyProgram, aino.id()))
                .hasSize(2)
                .allMatch(MentoringPair::isActive);
    }

    @Test
    void suggestionsComeFromTheProgrammesMentorsAndStoreNothing() {
        List<PersonId> mentees = world.agency.people().stream()
                .filter(p -> p.roles().equals(Set.of(Role.EMPLOYEE)))
                .limit(5)
                .map(Person::id)
                .toList();
        List<PersonId> mentors = world.program(program).activeMentors();

        PairSuggestions mentorMentee =
                world.runtime.pairs().suggestMentorMentee(hr, program, mentees, SuggestionCriteria.defaults());
        assertThat(mentorMentee.kind()).isEqualTo(PairKind.MENTOR_MENTEE);
        assertThat(mentorMentee.suggestions()).isNotEmpty();
        assertThat(mentorMentee.suggestions()).extracting(PairSuggestion::first).isSubsetOf(mentors);
        assertThat(mentorMentee.suggestions())
                .extracting(PairSuggestion::second)
                .isSubsetOf(mentees);

        PairSuggestions mentorPairs =
                world.runtime.pairs().suggestMentorPairs(hr, program, SuggestionCriteria.defaults());
        assertThat(mentorPairs.kind()).isEqualTo(PairKind.MENTOR_PAIR);
        assertThat(mentorPairs.suggestions())
                .allSatisfy(s -> assertThat(List.of(s.first(), s.second())).isSubsetOf(mentors));

        // a mentor who is already in a mentor pair has no room for another under the defaults
        world.runtime.pairs().pairDirectly(hr, program, PairKind.MENTOR_PAIR, aino.id(), matti.id());
        PairSuggestions after = world.runtime.pairs().suggestMentorPairs(hr, program, SuggestionCriteria.defaults());
        assertThat(after.suggestions())
                .noneMatch(s -> Set.of(aino.id(), matti.id()).contains(s.first())
                        || Set.of(aino.id(), matti.id()).contains(s.second()));

        assertThat(world.heard).singleElement().isInstanceOf(PairFormed.class);
        assertThatThrownBy(() -> world.runtime
                        .pairs()
                        .suggestMentorPairs(Actor.of(aino), program, SuggestionCriteria.defaults()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
