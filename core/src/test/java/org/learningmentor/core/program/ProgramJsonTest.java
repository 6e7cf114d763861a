package org.learningmentor.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmentor.core.program.ProgramFixtures.AGENCY;
import static org.learningmentor.core.program.ProgramFixtures.HR;
import static org.learningmentor.core.program.ProgramFixtures.PROGRAM;
import static org.learningmentor.core.program.ProgramFixtures.aProgramIn;
import static org.learningmentor.core.program.ProgramFixtures.actionItemId;
import static org.learningmentor.core.program.ProgramFixtures.assignmentId;
import static org.learningmentor.core.program.ProgramFixtures.checkpointId;
import static org.learningmentor.core.program.ProgramFixtures.days;
import static org.learningmentor.core.program.ProgramFixtures.meetingId;
import static org.learningmentor.core.program.ProgramFixtures.mentor;
import static org.learningmentor.core.program.ProgramFixtures.supportId;
import static org.learningmentor.core.program.ProgramFixtures.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmentor.core.JsonTesting;
import org.learningmentor.core.common.Change;
import org.learningmentor.core.common.DomainEvent;

/** The wire format of the programme aggregate, its records and events, and what it does with hostile input. */
class ProgramJsonTest {

    private static final ObjectMapper TREES = new ObjectMapper();

    /**
     * A programme taken to evaluation through every kind of command, so that its state holds every
     * kind of record and its events include one of every type.
     */
    static Change<MentoringProgram> aRichHistory() {
        LocalDate inMay = LocalDate.of(2026, 5, 20);
        MentoringProgram training = aProgramIn(ProgramPhase.TRAINING, 3);
        return Change.of(training, List.<DomainEvent>of())
                .andThen(p -> p.enrollMentor(mentor(4), HR, days(60)))
                .andThen(p -> p.withdrawMentor(mentor(4).id(), HR, days(61)))
                .andThen(p -> p.submitAssignment(
                        assignmentId(1), List.of(mentor(1).id(), mentor(2).id()), HR, days(85)))
                .andThen(p -> p.holdMentorHrMeeting(
                        meetingId(1), inMay, List.of(HR, mentor(1)), Optional.of("Hyvä tapaaminen."), HR, days(107)))
                .andThen(p -> p.addActionItem(
                        actionItemId(1),
                        text("Share learning in team meetings"),
                        mentor(1),
                        LocalDate.of(2026, 10, 30),
                        HR,
                        days(108)))
                .andThen(p -> p.changeActionItemStatus(actionItemId(1), ActionStatus.IN_PROGRESS, HR, days(109)))
                .andThen(p -> p.arrangeSupport(
                        SupportActivity.builder()
                                .id(supportId(1))
                                .kind(SupportKind.TIME)
                                .description(text("Two hours a month for mentoring"))
                                .from(LocalDate.of(2026, 8, 1))
                                .addMentorIds(mentor(1).id())
                                .build(),
                        HR,
                        days(110)))
                .andThen(p -> {
                    Change<MentoringProgram> done = Change.of(p, List.of());
                    for (int s = 1; s <= 3; s++) {
                        int session = s;
                        done = done.andThen(q -> q.holdSession(ProgramFixtures.sessionId(session), HR, days(120)));
                        for (int i = 1; i <= 3; i++) {
                            int m = i;
                            done = done.andThen(q -> q.recordAttendance(
                                    ProgramFixtures.sessionId(session),
                                    mentor(m).id(),
                                    !(session == 2 && m == 3),
                                    HR,
                                    days(120)));
                        }
                    }
                    for (int i = 1; i <= 3; i++) {
                        int m = i;
                        done = done.andThen(q -> q.writeCredo(mentor(m).id(), "Opin muiden kanssa.", HR, days(128)));
                    }
                    return done;
                })
                .andThen(p -> p.advance(HR, days(130)))
                .andThen(p -> p.goBack("One more meeting before we go on", HR, days(131)))
                .andThen(p -> p.advance(HR, days(132)))
                .andThen(p -> p.recordCheckpoint(
                        checkpointId(1),
                        LocalDate.of(2026, 9, 15),
                        text("Progress of the plans"),
                        Optional.of("Etenee."),
                        HR,
                        days(225)))
                .andThen(p -> p.advance(HR, days(226)))
                .andThen(p -> p.recordEvaluation(LocalDate.of(2026, 12, 1), HR, days(302)));
    }

    /** The first event of every type: the history of {@link ProgramFixtures#aProgramIn} and the rich one. */
    static Map<Class<?>, DomainEvent> oneOfEachEvent() {
        List<DomainEvent> all = new ArrayList<>();
        all.addAll(ProgramFixtures.historyToTraining().events());
        all.addAll(aRichHistory().events());
        Map<Class<?>, DomainEvent> first = new LinkedHashMap<>();
        for (DomainEvent event : all) {
            first.putIfAbsent(ownType(event), event);
        }
        return first;
    }

    private static Class<?> ownType(DomainEvent event) {
        for (Class<?> type : event.getClass().getInterfaces()) {
            if (ProgramEvent.class.isAssignableFrom(type)) {
                return type;
            }
        }
        return event.getClass().getSuperclass();
    }

    static String goldenName(Class<?> type) {
        return "program-"
                + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    // ------------------------------------------------------------------ golden files

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void theProgrammeMatchesItsGoldenFile(JsonTesting json) {
        json.assertGolden("program-mentoring-program", aRichHistory().state(), MentoringProgram.class);
        json.assertRoundTrip(ProgramFixtures.aProgram(), MentoringProgram.class);
        for (ProgramPhase phase : ProgramPhase.values()) {
            json.assertRoundTrip(aProgramIn(phase), MentoringProgram.class);
        }
    }

    static Stream<Arguments> values() {
        MentoringProgram program = aRichHistory().state();
        Map<String, Object[]> values = new LinkedHashMap<>();
        values.put("program-template", new Object[] {ProgramTemplate.standard(), ProgramTemplate.class});
        values.put("program-readiness", new Object[] {program.readiness(), Readiness.class});
        values.put(
                "program-readiness-condition",
                new Object[] {program.readiness().conditions().get(0), ReadinessCondition.class});
        values.put("program-hr-day", new Object[] {program.hrDays().get(0), HrDay.class});
        values.put("program-culture-analysis", new Object[] {program.cultureAnalysis(), CultureAnalysis.class});
        values.put("program-development-target", new Object[] {ProgramFixtures.aTarget(), DevelopmentTarget.class});
        values.put("program-training-session", new Object[] {program.sessions().get(1), TrainingSession.class});
        values.put(
                "program-attendance",
                new Object[] {program.sessions().get(1).attendance().get(2), Attendance.class});
        values.put(
                "program-interim-assignment",
                new Object[] {program.assignments().get(0), InterimAssignment.class});
        values.put(
                "program-assignment-submission",
                new Object[] {program.assignments().get(0).submissions().get(0), AssignmentSubmission.class});
        values.put("program-mentor-hr-meeting", new Object[] {program.meetings().get(0), MentorHrMeeting.class});
        values.put("program-mentor-credo", new Object[] {program.credos().get(0), MentorCredo.class});
        values.put("program-action-plan", new Object[] {program.actionPlan(), ActionPlan.class});
        values.put(
                "program-action-item",
                new Object[] {program.actionPlan().items().get(0), ActionItem.class});
        values.put(
                "program-support-activity",
                new Object[] {program.supportActivities().get(0), SupportActivity.class});
        values.put(
                "program-monitoring-checkpoint",
                new Object[] {program.checkpoints().get(0), MonitoringCheckpoint.class});
        values.put("program-program-mentor", new Object[] {program.mentors().get(3), ProgramMentor.class});
        ProgramMentor returned = aProgramIn(ProgramPhase.TRAINING, 3)
                .withdrawMentor(mentor(1).id(), HR, days(50))
                .andThen(p -> p.enrollMentor(mentor(1), HR, days(52)))
                .state()
                .mentor(mentor(1).id())
                .orElseThrow();
        values.put("program-program-mentor-returned", new Object[] {returned, ProgramMentor.class});
        values.put(
                "program-mentor-period", new Object[] {returned.earlierPeriods().get(0), MentorPeriod.class});
        values.put("program-phase-change", new Object[] {
            program.phaseHistory().stream()
                    .filter(c -> c.reason().isPresent())
                    .findFirst()
                    .orElseThrow(),
            PhaseChange.class
        });
        values.put("program-program-phase", new Object[] {ProgramPhase.EMBEDDING, ProgramPhase.class});
        values.put("program-action-status", new Object[] {ActionStatus.IN_PROGRESS, ActionStatus.class});
        values.put("program-support-kind", new Object[] {SupportKind.CONTACT, SupportKind.class});
        Stream.Builder<Arguments> all = Stream.builder();
        for (JsonTesting json : JsonTesting.values()) {
            values.forEach((name, v) -> all.add(Arguments.of(json, name, v[0], v[1])));
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("values")
    void eachValueMatchesItsGoldenFile(JsonTesting json, String golden, Object value, Type type) {
        json.assertGolden(golden, value, type);
    }

    static Stream<Arguments> events() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (JsonTesting json : JsonTesting.values()) {
            oneOfEachEvent().forEach((type, event) -> all.add(Arguments.of(json, type, event)));
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("events")
    void eachEventMatchesItsGoldenFileAsADomainEventAndAsItsOwnType(JsonTesting json, Class<?> type, DomainEvent event)
            throws Exception {
        json.assertGolden(goldenName(type), event, DomainEvent.class);
        String written = json.write(event, type);
        assertThat(tree(written)).isEqualTo(tree(JsonTesting.golden(goldenName(type))));
        assertThat(tree(written).get("type").asText()).startsWith("program.");
        assertThat((Object) json.read(written, type)).isEqualTo(event);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void everyEventTypeIsCovered(JsonTesting json) {
        assertThat(oneOfEachEvent().keySet()).containsExactlyInAnyOrder(ProgramEvent.class.getPermittedSubclasses());
    }

    // ------------------------------------------------------------------ tolerance and hostility

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void unknownFieldsAreIgnoredEverywhere(JsonTesting json) throws Exception {
        String document = minimal(",\"futureField\":{\"x\":[1,2]},\"template\":" + template(",\"extra\":1"));
        MentoringProgram read = json.read(document, MentoringProgram.class);
        assertThat(read.id()).isEqualTo(PROGRAM);
        assertThat(read.phase()).isEqualTo(ProgramPhase.PREPARATION);
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void aMentorWrittenBeforeEarlierPeriodsExistedReadsWithNone(JsonTesting json) throws Exception {
        ProgramMentor read = json.read(
                "{\"enrolledAt\":\"2026-04-03T07:00:00Z\",\"personId\":\""
                        + mentor(4).id() + "\",\"withdrawnAt\":\"2026-04-04T07:00:00Z\"}",
                ProgramMentor.class);
        assertThat(read.earlierPeriods()).isEmpty();
        assertThat(read.withdrawnAt()).contains(Instant.parse("2026-04-04T07:00:00Z"));
    }

    static Stream<Arguments> hostileProgrammes() {
        String huge = "x".repeat(10 * 1024 * 1024);
        return Stream.of(
                Arguments.of(
                        "a 10 MB name",
                        minimal(",\"name\":{\"fi\":\"" + huge + "\"}"),
                        List.of("common.text.too-long@fi")),
                Arguments.of(
                        "a 10 MB template code",
                        minimal(",\"template\":{\"code\":\"" + huge
                                + "\",\"name\":{\"fi\":\"T\"},\"sessionTitles\":[{\"fi\":\"S\"}]}"),
                        List.of("program.template.code-malformed@code")),
                Arguments.of(
                        "an end before the start",
                        minimal(",\"plannedEnd\":\"2025-01-01\""),
                        List.of("program.dates.end-before-start@plannedEnd")),
                Arguments.of(
                        "a phase in lower case",
                        minimal(",\"phase\":\"training\""),
                        List.of("program.phase.unknown@phase")),
                Arguments.of("a phase as a number", minimal(",\"phase\":4"), List.of("program.phase.unknown@phase")),
                Arguments.of(
                        "a negative version", minimal(",\"version\":-3"), List.of("program.version.negative@version")),
                Arguments.of(
                        "a credo of someone not enrolled",
                        minimal(",\"credos\":[{\"mentorId\":\"" + mentor(1).id()
                                + "\",\"text\":\"x\",\"writtenAt\":\"2026-02-02T07:00:00Z\"}]"),
                        List.of("program.mentor.not-enrolled@credos[0].mentorId")),
                Arguments.of(
                        "a blank credo",
                        minimal(",\"credos\":[{\"mentorId\":\"" + mentor(1).id()
                                + "\",\"text\":\" \",\"writtenAt\":\"2026-02-02T07:00:00Z\"}]"),
                        List.of("program.text.blank@text")),
                Arguments.of(
                        "a programme without its name and template",
                        "{\"id\":\"" + PROGRAM + "\",\"organizationId\":\"" + AGENCY
                                + "\",\"plannedStart\":\"2026-02-02\",\"plannedEnd\":\"2026-12-18\"}",
                        List.of("common.value.required@name", "common.value.required@template")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileProgrammes")
    void readingAProgrammeThatBreaksARuleThenFailsWithOurViolationsUnderBothJacksonLines(
            String what, String document, List<String> expected) {
        for (JsonTesting json : JsonTesting.values()) {
            assertThatThrownBy(() -> json.read(document, MentoringProgram.class))
                    .as("%s under %s", what, json)
                    .isInstanceOf(json.exceptionType())
                    .satisfies(e -> {
                        assertThat(JsonTesting.validationCause(e).violations())
                                .extracting(v -> v.code() + "@" + v.path())
                                .containsExactlyElementsOf(expected);
                        assertThat(e.getMessage()).hasSizeLessThan(5_000);
                    });
        }
    }

    static Stream<Arguments> programmesOfTheWrongShape() {
        return Stream.of(
                Arguments.of("a number for the id", minimal(",\"id\":42")),
                Arguments.of("an id that is no UUID", minimal(",\"id\":\"P-1\"")),
                Arguments.of("a string for the sessions", minimal(",\"sessions\":\"three\"")),
                Arguments.of("an object for the planned start", minimal(",\"plannedStart\":{}")),
                Arguments.of("a date that is no date", minimal(",\"plannedStart\":\"2026-02-30\"")),
                Arguments.of(
                        "deeply nested arrays in an ignored field",
                        minimal(",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000))),
                Arguments.of(
                        "deeply nested objects for the template",
                        minimal(",\"template\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))),
                Arguments.of("no object at all", "[]"),
                Arguments.of("truncated", minimal("").substring(0, 40)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programmesOfTheWrongShape")
    void readingAProgrammeOfTheWrongShapeThenFailsCleanlyUnderBothJacksonLines(String what, String document) {
        for (JsonTesting json : JsonTesting.values()) {
            assertThatThrownBy(() -> json.read(document, MentoringProgram.class))
                    .as("%s under %s", what, json)
                    .isInstanceOf(json.exceptionType());
        }
    }

    static Stream<Arguments> hostileEvents() {
        return Stream.of(
                Arguments.of(
                        "a phase reverted to a phase that does not exist",
                        event("\"type\":\"program.phase-reverted\",\"fromPhase\":\"ANALYSIS\",\"toPhase\":\"BEFORE\""),
                        List.of("program.phase.unknown@phase")),
                Arguments.of(
                        "a phase advanced to a phase that does not exist",
                        event("\"type\":\"program.phase-advanced\",\"fromPhase\":\"ANALYSIS\",\"toPhase\":\"DONE\""),
                        List.of("program.phase.unknown@phase")),
                Arguments.of(
                        "a submission by three mentors",
                        event("\"type\":\"program.support-arranged\",\"activity\":{\"id\":\"" + supportId(1)
                                + "\",\"kind\":\"TIME\",\"description\":{\"fi\":\"A\"},\"from\":\"2026-05-01\",\"mentorIds\":[\""
                                + mentor(1).id() + "\",\"" + mentor(1).id() + "\"]}"),
                        List.of("program.person.duplicate@mentorIds[1]")),
                Arguments.of(
                        "a programme created with a 10 MB template code, a long name and its end before its start",
                        event("\"type\":\"program.created\",\"name\":{\"fi\":\"" + "n".repeat(255)
                                + "\"},\"templateCode\":\"" + "t".repeat(10 * 1024 * 1024)
                                + "\",\"plannedStart\":\"2026-02-02\",\"plannedEnd\":\"2026-01-01\""),
                        List.of(
                                "common.text.too-long@name.fi",
                                "program.template.code-malformed@templateCode",
                                "program.dates.end-before-start@plannedEnd")),
                Arguments.of(
                        "a session scheduled without its id",
                        event("\"type\":\"program.session-scheduled\",\"ordinal\":1,\"date\":\"2026-04-14\""),
                        List.of("common.value.required@sessionId")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileEvents")
    void readingAnEventThatBreaksARuleThenFailsWithOurViolationsUnderBothJacksonLines(
            String what, String document, List<String> expected) {
        for (JsonTesting json : JsonTesting.values()) {
            assertThatThrownBy(() -> json.read(document, DomainEvent.class))
                    .as("%s under %s", what, json)
                    .isInstanceOf(json.exceptionType())
                    .satisfies(e -> assertThat(JsonTesting.validationCause(e).violations())
                            .extracting(v -> v.code() + "@" + v.path())
                            .containsExactlyElementsOf(expected));
        }
    }

    @ParameterizedTest
    @EnumSource(JsonTesting.class)
    void readingAChecklistWithAHugeCodeThenFailsWithTextTooLong(JsonTesting json) {
        String document = "{\"phase\":\"ANALYSIS\",\"nextPhases\":[\"GOAL_SETTING\"],\"conditions\":[{\"code\":\""
                + "c".repeat(1_000_000) + "\",\"met\":false,\"blocking\":true,\"arguments\":[]}]}";
        assertThatThrownBy(() -> json.read(document, Readiness.class))
                .isInstanceOf(json.exceptionType())
                .satisfies(e ->
                        assertThat(JsonTesting.validationCause(e).codes()).containsExactly("common.text.too-long"));
    }

    // ------------------------------------------------------------------ helpers

    /** A minimal valid programme document with more fields, a later field replacing an earlier one. */
    private static String minimal(String moreFields) {
        return "{\"id\":\"" + PROGRAM + "\",\"organizationId\":\"" + AGENCY + "\",\"name\":{\"fi\":\"Ohjelma\"},"
                + "\"template\":" + template("") + ",\"plannedStart\":\"2026-02-02\",\"plannedEnd\":\"2026-12-18\""
                + moreFields + "}";
    }

    private static String template(String moreFields) {
        return "{\"code\":\"oma\",\"name\":{\"fi\":\"Oma\"},\"sessionTitles\":[{\"fi\":\"1\"},{\"fi\":\"2\"}]"
                + moreFields + "}";
    }

    private static String event(String fields) {
        return "{\"organizationId\":\"" + AGENCY + "\",\"actor\":\"" + HR.id() + "\",\"programId\":\"" + PROGRAM
                + "\",\"occurredAt\":\"2026-03-02T09:00:00Z\"," + fields + "}";
    }

    private static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
