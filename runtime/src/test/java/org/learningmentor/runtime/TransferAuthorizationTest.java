package org.learningmentor.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.persistence.memory.InMemoryPersistence;
import org.learningmentor.runtime.transfer.ProgramDocument;
import org.learningmentor.runtime.transfer.ProgramDocuments;

/**
 * Who may move a programme: HR only, by default (the matrix test walks every role). An import into
 * a store that does not hold the organization yet authorizes the actor as the document's record of
 * them.
 */
class TransferAuthorizationTest {

    private static final ProgramDocument DOCUMENT = ProgramDocuments.fromJson(TransferFixtures.golden());

    @Test
    void intoAnEmptyStoreAnHrPersonOfTheDocumentImports() {
        Person coordinator = person(DOCUMENT.program().coordinatorId().orElseThrow());
        LearningMentor fresh = TransferRoundTripTest.runtimeOver(InMemoryPersistence.create());

        assertThat(fresh.transfers()
                        .importProgram(Actor.of(coordinator), DOCUMENT)
                        .organizationCreated())
                .isTrue();
    }

    @Test
    void intoAnEmptyStoreAMentorOfTheDocumentIsDeniedForLackOfPermission() {
        Person mentor = person(DOCUMENT.program().activeMentors().get(0));
        LearningMentor fresh = TransferRoundTripTest.runtimeOver(InMemoryPersistence.create());

        AccessDeniedException denied = catchThrowableOfType(
                AccessDeniedException.class, () -> fresh.transfers().importProgram(Actor.of(mentor), DOCUMENT));

        assertThat(denied.permission()).isEqualTo(Permission.PROGRAM_IMPORT);
        assertThat(denied.reason()).isEqualTo(AccessDeniedException.Reason.NO_PERMISSION);
    }

    @Test
    void intoAnEmptyStoreClaimingARoleTheDocumentDoesNotGiveIsDenied() {
        Person mentor = person(DOCUMENT.program().activeMentors().get(0));
        Actor claimsHr = Actor.of(mentor.organizationId(), mentor.id(), Set.of(Role.HR));
        LearningMentor fresh = TransferRoundTripTest.runtimeOver(InMemoryPersistence.create());

        AccessDeniedException denied = catchThrowableOfType(
                AccessDeniedException.class, () -> fresh.transfers().importProgram(claimsHr, DOCUMENT));

        assertThat(denied.reason()).isEqualTo(AccessDeniedException.Reason.NO_PERMISSION);
    }

    @Test
    void intoAnEmptyStoreSomeoneNotInTheDocumentIsAnUnknownActor() {
        Actor stranger = Actor.of(
                DOCUMENT.organization().id(),
                PersonId.of(UUID.fromString("00000000-0000-4000-8000-000000000bad")),
                Set.of(Role.HR));
        LearningMentor fresh = TransferRoundTripTest.runtimeOver(InMemoryPersistence.create());

        AccessDeniedException denied = catchThrowableOfType(
                AccessDeniedException.class, () -> fresh.transfers().importProgram(stranger, DOCUMENT));

        assertThat(denied.reason()).isEqualTo(AccessDeniedException.Reason.UNKNOWN_ACTOR);
    }

    @Test
    void intoAStoreThatHoldsTheOrganizationTheStoredActorCountsNotTheDocument() {
        World target = World.create();
        // the coordinator has lost HR in the store (set-up: the agency has no other HR person to
        // revoke it through the use case); the document still says HR
        Person coordinator = person(DOCUMENT.program().coordinatorId().orElseThrow());
        Actor asInDocument = Actor.of(coordinator);
        Person stored = target.person(coordinator.id());
        target.persistence
                .people()
                .save(
                        target.organizationId(),
                        stored.revokeRole(Role.HR, coordinator.id(), World.NOW).state());

        AccessDeniedException denied = catchThrowableOfType(
                AccessDeniedException.class, () -> target.runtime.transfers().importProgram(asInDocument, DOCUMENT));

        assertThat(denied.reason()).isEqualTo(AccessDeniedException.Reason.NO_PERMISSION);
    }

    @Test
    void onlyHrHoldsTheTransferPermissionsByDefault() {
        for (Permission permission : Set.of(Permission.PROGRAM_EXPORT, Permission.PROGRAM_IMPORT)) {
            for (Role role : Role.values()) {
                assertThat(PermissionPolicy.defaults().scope(permission, role).isPresent())
                        .as("%s × %s", permission, role)
                        .isEqualTo(role == Role.HR);
            }
        }
    }

    private static Person person(PersonId id) {
        return DOCUMENT.people().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
