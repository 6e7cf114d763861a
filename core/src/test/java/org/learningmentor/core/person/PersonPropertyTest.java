package org.learningmentor.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.learningmentor.core.person.PersonFixtures.AINO;
import static org.learningmentor.core.person.PersonFixtures.ELSA;
import static org.learningmentor.core.person.PersonFixtures.FINANCE;
import static org.learningmentor.core.person.PersonFixtures.HR_UNIT;
import static org.learningmentor.core.person.PersonFixtures.MATTI;
import static org.learningmentor.core.person.PersonFixtures.T0;
import static org.learningmentor.core.person.PersonFixtures.anEmployee;
import static org.learningmentor.core.person.PersonFixtures.uuid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainRuleException;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ValidationException;

/**
 * Random sequences of every person command, valid and invalid, at random and sometimes decreasing
 * times: each outcome (the new state and its one event, or the refusal and its codes) is what an
 * independent model of the person predicts, and every invariant holds after every step.
 */
class PersonPropertyTest {

    private static final List<String> REASONS = List.of(
            "Siirryn uusiin tehtäviin.", "Tiden räcker inte till.", "Personal reasons.", " ", "", "x".repeat(2_001));
    private static final List<OrgUnitId> UNITS = List.of(FINANCE, HR_UNIT, OrgUnitId.of(uuid(0xb3)));

    /** What the test expects of the person, kept apart from the aggregate's own logic. */
    private static final class Model {
        PersonId id;
        Set<Role> roles;
        OrgUnitId unit;
        Optional<PersonId> manager;
        int records;
        Instant lastRecordAt = Instant.MIN;
        long version;

        Model(Person person) {
            id = person.id();
            roles = EnumSet.copyOf(person.roles());
            unit = person.unitId();
            manager = person.managerId();
            version = person.version();
        }

        boolean consent() {
            return records % 2 == 1;
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.learningmentor.core.Seeds#seeds")
    void randomCommandSequencesDoWhatTheModelPredictsAndKeepEveryInvariant(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Person person = random.nextBoolean()
                ? anEmployee()
                : PersonFixtures.aSwedishSpeakingHrCoordinator()
                        .assignManager(Optional.of(AINO), AINO, T0)
                        .state();
        Model model = new Model(person);
        Instant clock = T0;
        int steps = random.nextInt(1, 80);
        int accepted = 0;
        int refused = 0;
        for (int step = 0; step < steps; step++) {
            // Time mostly moves forward, sometimes stands still, sometimes goes back.
            Instant at = clock.plusSeconds(random.nextLong(-3 * 86_400, 10 * 86_400));
            PersonId actor = random.nextBoolean() ? person.id() : ELSA;
            Person before = person;
            boolean tooEarly = at.isBefore(model.lastRecordAt);
            List<String> expectedCodes = new ArrayList<>();
            boolean invalidData = false;
            String description;
            Supplier<Change<Person>> command;
            Class<? extends PersonEvent> expectedEvent;
            Runnable onSuccess;
            switch (random.nextInt(6)) {
                case 0 -> {
                    description = "volunteer at " + at;
                    if (model.consent()) {
                        expectedCodes.add("person.enrollment.already-consenting");
                    }
                    if (tooEarly) {
                        expectedCodes.add("person.enrollment.time-before-last-record");
                    }
                    command = () -> before.volunteerAsMentor(actor, at);
                    expectedEvent = MentorConsentGiven.class;
                    onSuccess = () -> {
                        model.roles.add(Role.MENTOR);
                        model.records++;
                        model.lastRecordAt = at;
                    };
                }
                case 1 -> {
                    String reason = REASONS.get(random.nextInt(REASONS.size()));
                    description = "withdraw at " + at + " with a reason of " + reason.length();
                    if (reason.isBlank()) {
                        invalidData = true;
                        expectedCodes.add("person.consent.reason-blank");
                    } else if (reason.length() > ConsentRecord.MAX_REASON_LENGTH) {
                        invalidData = true;
                        expectedCodes.add("common.text.too-long");
                    } else {
                        if (!model.consent()) {
                            expectedCodes.add("person.enrollment.no-active-consent");
                        }
                        if (tooEarly) {
                            expectedCodes.add("person.enrollment.time-before-last-record");
                        }
                    }
                    command = () -> before.withdrawMentorConsent(actor, at, reason);
                    expectedEvent = MentorConsentWithdrawn.class;
                    onSuccess = () -> {
                        model.roles.remove(Role.MENTOR);
                        model.records++;
                        model.lastRecordAt = at;
                    };
                }
                case 2 -> {
                    Role role = Role.values()[random.nextInt(Role.values().length)];
                    description = "grant " + role;
                    if (role == Role.MENTOR) {
                        expectedCodes.add("person.role.mentor-by-consent");
                    }
                    if (model.roles.contains(role)) {
                        expectedCodes.add("person.role.already-held");
                    }
                    command = () -> before.grantRole(role, actor, at);
                    expectedEvent = RoleGranted.class;
                    onSuccess = () -> model.roles.add(role);
                }
                case 3 -> {
                    Role role = Role.values()[random.nextInt(Role.values().length)];
                    description = "revoke " + role;
                    if (role == Role.MENTOR) {
                        expectedCodes.add("person.role.mentor-by-consent");
                    }
                    if (!model.roles.contains(role)) {
                        expectedCodes.add("person.role.not-held");
                    } else if (role != Role.MENTOR
                            && model.roles.stream().noneMatch(r -> r != role && r != Role.MENTOR)) {
                        expectedCodes.add("person.role.last");
                    }
                    command = () -> before.revokeRole(role, actor, at);
                    expectedEvent = RoleRevoked.class;
                    onSuccess = () -> model.roles.remove(role);
                }
                case 4 -> {
                    OrgUnitId unit = UNITS.get(random.nextInt(UNITS.size()));
                    description = "move to " + unit;
                    if (unit.equals(model.unit)) {
                        expectedCodes.add("person.unit.unchanged");
                    }
                    command = () -> before.moveToUnit(unit, actor, at);
                    expectedEvent = PersonMovedToUnit.class;
                    onSuccess = () -> model.unit = unit;
                }
                default -> {
                    List<Optional<PersonId>> managers =
                            List.of(Optional.empty(), Optional.of(MATTI), Optional.of(ELSA), Optional.of(AINO));
                    Optional<PersonId> manager = managers.get(random.nextInt(managers.size()));
                    description = "assign manager " + manager;
                    if (manager.equals(Optional.of(model.id))) {
                        invalidData = true;
                        expectedCodes.add("person.manager.self");
                    } else if (manager.equals(model.manager)) {
                        expectedCodes.add("person.manager.unchanged");
                    }
                    command = () -> before.assignManager(manager, actor, at);
                    expectedEvent = ManagerAssigned.class;
                    onSuccess = () -> model.manager = manager;
                }
            }

            Change<Person> change = null;
            RuntimeException refusal = null;
            try {
                change = command.get();
            } catch (DomainRuleException | ValidationException e) {
                refusal = e;
            }

            if (expectedCodes.isEmpty()) {
                assertThat(refusal).as("step %d: %s refused", step, description).isNull();
                assertThat(change.events())
                        .as("step %d: %s emits one event", step, description)
                        .singleElement()
                        .isInstanceOf(expectedEvent);
                PersonEvent event = (PersonEvent) change.events().get(0);
                assertThat(event.actor()).isEqualTo(actor);
                assertThat(event.occurredAt()).isEqualTo(at);
                assertThat(event.organizationId()).isEqualTo(before.organizationId());
                assertThat(event.personId()).isEqualTo(before.id());
                assertThat(change.state().enrollment().history().subList(0, model.records))
                        .as("the consent history is only ever appended to")
                        .isEqualTo(before.enrollment().history());
                person = change.state();
                onSuccess.run();
                if (expectedEvent == MentorConsentGiven.class || expectedEvent == MentorConsentWithdrawn.class) {
                    clock = at;
                }
                accepted++;
            } else {
                assertThat(change)
                        .as("step %d: %s returned a change", step, description)
                        .isNull();
                assertThat(refusal)
                        .as("step %d: %s refused", step, description)
                        .isInstanceOf(
                                invalidData
                                        ? ValidationException.class
                                        : expectedEvent == MentorConsentGiven.class
                                                        || expectedEvent == MentorConsentWithdrawn.class
                                                ? EnrollmentException.class
                                                : PersonRuleException.class);
                List<String> codes = refusal instanceof DomainRuleException rule
                        ? rule.codes()
                        : ((ValidationException) refusal).codes();
                assertThat(codes).as("step %d: %s", step, description).isEqualTo(expectedCodes);
                if (refusal instanceof EnrollmentException enrollment) {
                    assertThat(enrollment.personId()).isEqualTo(model.id);
                } else if (refusal instanceof PersonRuleException rule) {
                    assertThat(rule.personId()).isEqualTo(model.id);
                }
                refused++;
                // Move the clock on now and then, so that late commands succeed again.
                if (random.nextInt(4) == 0) {
                    clock = clock.plusSeconds(86_400);
                }
            }
            assertMatchesTheModel(person, model);
            assertInvariants(person);
        }
        assertThat(accepted + refused).isEqualTo(steps);
        JsonTesting json = JsonTesting.values()[random.nextInt(JsonTesting.values().length)];
        json.assertRoundTrip(person, Person.class);
    }

    private static void assertMatchesTheModel(Person person, Model model) {
        assertThat(person.id()).isEqualTo(model.id);
        assertThat(person.roles()).isEqualTo(model.roles);
        assertThat(person.unitId()).isEqualTo(model.unit);
        assertThat(person.managerId()).isEqualTo(model.manager);
        assertThat(person.enrollment().history()).hasSize(model.records);
        assertThat(person.version()).as("commands keep the version").isEqualTo(model.version);
    }

    private static void assertInvariants(Person person) {
        List<ConsentRecord> history = person.enrollment().history();
        for (int i = 0; i < history.size(); i++) {
            ConsentRecord record = history.get(i);
            assertThat(record.kind())
                    .as("history alternates, starting with GIVEN: %s", history)
                    .isEqualTo(i % 2 == 0 ? ConsentKind.GIVEN : ConsentKind.WITHDRAWN);
            assertThat(record.reason().isPresent()).isEqualTo(record.kind() == ConsentKind.WITHDRAWN);
            if (i > 0 && record.at().isBefore(history.get(i - 1).at())) {
                fail("history out of order at %d: %s", i, history);
            }
        }
        assertThat(person.hasRole(Role.MENTOR))
                .as("MENTOR role iff consent given")
                .isEqualTo(person.enrollment().isConsentGiven());
        assertThat(person.isActiveMentor()).isEqualTo(person.enrollment().isConsentGiven());
        assertThat(person.enrollment().isConsentGiven()).isEqualTo(history.size() % 2 == 1);
        assertThat(person.roles()).as("a role besides MENTOR").anyMatch(role -> role != Role.MENTOR);
        assertThat(person.managerId()).isNotEqualTo(Optional.of(person.id()));
    }
}
