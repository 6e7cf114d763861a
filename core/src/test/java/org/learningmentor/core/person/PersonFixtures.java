package org.learningmentor.core.person;

import java.time.Instant;
import java.util.UUID;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;

/** Fictional people of a fictional Finnish agency, for the person aggregate's tests. */
final class PersonFixtures {

    static final OrganizationId AGENCY = OrganizationId.of(uuid(0xa1));
    static final OrgUnitId FINANCE = OrgUnitId.of(uuid(0xb1));
    static final OrgUnitId HR_UNIT = OrgUnitId.of(uuid(0xb2));
    static final PersonId AINO = PersonId.of(uuid(0xc1));
    static final PersonId MATTI = PersonId.of(uuid(0xc2));
    static final PersonId ELSA = PersonId.of(uuid(0xc3));

    /** Aino Virtanen's name, e-mail address and reason, to prove they never reach a toString. */
    static final String AINO_NAME = "Aino Virtanen";

    static final String AINO_EMAIL = "aino.virtanen@example.fi";
    static final String AINO_REASON = "Siirryn uusiin tehtäviin toiseen virastoon.";

    /** The first Monday of February 2026, 10:00 in Helsinki. */
    static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");

    private PersonFixtures() {}

    /** Aino Virtanen, a Finnish-speaking employee in finance whose manager is Matti; never volunteered. */
    static Person anEmployee() {
        return Person.builder()
                .id(AINO)
                .organizationId(AGENCY)
                .unitId(FINANCE)
                .displayName(AINO_NAME)
                .email(AINO_EMAIL)
                .addRoles(Role.EMPLOYEE)
                .managerId(MATTI)
                .language(Language.FI)
                .build();
    }

    /** Aino after volunteering at {@link #T0}, an active mentor. */
    static Person aMentor() {
        return anEmployee().volunteerAsMentor(AINO, T0).state();
    }

    /** Aino after volunteering, withdrawing and volunteering again: a history of three records. */
    static Person aMentorWhoReturned() {
        return anEmployee()
                .volunteerAsMentor(AINO, T0)
                .andThen(p -> p.withdrawMentorConsent(AINO, days(T0, 100), AINO_REASON))
                .andThen(p -> p.volunteerAsMentor(ELSA, days(T0, 400)))
                .state();
    }

    /** Elsa Lindqvist, a Swedish-speaking HR coordinator without a manager, stored twice before. */
    static Person aSwedishSpeakingHrCoordinator() {
        return Person.builder()
                .id(ELSA)
                .organizationId(AGENCY)
                .unitId(HR_UNIT)
                .displayName("Elsa Lindqvist")
                .email("elsa.lindqvist@example.fi")
                .addRoles(Role.HR, Role.LEARNING_SPECIALIST, Role.EMPLOYEE)
                .language(Language.SV)
                .version(2)
                .build();
    }

    /** A history of consent given, withdrawn and given again. */
    static MentorEnrollment anEnrollmentWithHistory() {
        return aMentorWhoReturned().enrollment();
    }

    /**
     * Returns the generated implementation, whose {@code withX} copies (validated like the
     * builder) let a test change one attribute; only tests in this package can name it.
     */
    static ImmutablePerson generated(Person person) {
        return (ImmutablePerson) person;
    }

    static Instant days(Instant from, long days) {
        return from.plusSeconds(days * 86_400);
    }

    static UUID uuid(int n) {
        return UUID.fromString(String.format("8a1f0c2e-0000-4000-8000-%012x", n));
    }
}
