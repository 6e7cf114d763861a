package org.learningmentor.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.learningmentor.core.person.PersonFixtures.AINO;
import static org.learningmentor.core.person.PersonFixtures.ELSA;
import static org.learningmentor.core.person.PersonFixtures.T0;
import static org.learningmentor.core.person.PersonFixtures.aMentor;
import static org.learningmentor.core.person.PersonFixtures.anEmployee;
import static org.learningmentor.core.person.PersonFixtures.days;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.DomainRuleException;

/** The refusals of the person aggregate: messages from the bundles, and Java serialization. */
class PersonExceptionsTest {

    @Test
    void enrollmentExceptionSurvivesJavaSerializationWithItsPersonCodesAndMessage() throws Exception {
        EnrollmentException refused =
                catchThrowableOfType(EnrollmentException.class, () -> aMentor().volunteerAsMentor(AINO, days(T0, -1)));

        EnrollmentException back = roundTrip(refused);

        assertThat(back.personId()).isEqualTo(AINO);
        assertThat(back.getMessage()).isEqualTo(refused.getMessage());
        assertThat(back.violations()).isEqualTo(refused.violations());
        assertThat(back.codes())
                .containsExactly("person.enrollment.already-consenting", "person.enrollment.time-before-last-record");
    }

    @Test
    void personRuleExceptionSurvivesJavaSerializationWithItsPersonCodesAndMessage() throws Exception {
        PersonRuleException refused = catchThrowableOfType(
                PersonRuleException.class, () -> anEmployee().grantRole(Role.MENTOR, ELSA, T0));

        PersonRuleException back = roundTrip(refused);

        assertThat(back.personId()).isEqualTo(AINO);
        assertThat(back.getMessage()).isEqualTo(refused.getMessage());
        assertThat(back.violations()).isEqualTo(refused.violations());
        assertThat(back.codes()).containsExactly("person.role.mentor-by-consent");
    }

    @Test
    void messagesAreTheEnglishBundleMessagesOfEveryViolationAfterTheSubject() {
        List<DomainRuleException> refusals = List.of(
                catchThrowableOfType(
                        EnrollmentException.class, () -> anEmployee().withdrawMentorConsent(AINO, T0, "x")),
                catchThrowableOfType(
                        PersonRuleException.class, () -> anEmployee().revokeRole(Role.MENTOR, ELSA, T0)),
                catchThrowableOfType(
                        PersonRuleException.class,
                        () -> anEmployee().moveToUnit(anEmployee().unitId(), ELSA, T0)));
        for (DomainRuleException refusal : refusals) {
            String english = String.join(
                    "; ",
                    refusal.violations().stream()
                            .map(v -> v.message(Locale.ENGLISH))
                            .toList());
            assertThat(refusal.getMessage())
                    .startsWith("Person " + AINO + " cannot ")
                    .endsWith(": " + english);
            assertThat(refusal.violations())
                    .as("every code has an English message in the bundle")
                    .allSatisfy(v -> assertThat(v.message()).doesNotStartWith(v.code()));
        }
    }

    @Test
    void exceptionConstructorsAreNotPublic() {
        for (Class<?> type : List.of(EnrollmentException.class, PersonRuleException.class)) {
            assertThat(type.getConstructors())
                    .as("public constructors of %s", type)
                    .isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
