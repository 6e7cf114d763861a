package org.learningmentor.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.ValidationException;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.common.Violations;

/**
 * The ready-made guidelines (valmiit suuntaviivat) a programme follows: its training sessions, the
 * interim assignments between them, the recommended mentor–HR meetings, and the default rule set
 * and survey instrument. {@link #standard()} is the shape of the Finnish learning-mentoring
 * programme: three sessions, one interim assignment between consecutive sessions, two mentor–HR
 * meetings; a client tailors a copy:
 *
 * <pre>{@code
 * ProgramTemplate ours = ProgramTemplate.standard()
 *         .withCode("virasto-2026")
 *         .withSessionCount(4)
 *         .withSessionTitle(4, LocalizedText.of("Jatkotyöpaja", "Uppföljningsverkstad", "Follow-up workshop"));
 * }</pre>
 *
 * <p>Building a template checks, and reports together: the code, rule-set and instrument references
 * are well-formed codes ({@code program.template.code-malformed}, {@code
 * program.template.reference-malformed}); there are {@value #MIN_SESSIONS}–{@value #MAX_SESSIONS}
 * sessions ({@code program.template.session-count}); at most {@value #MAX_ASSIGNMENTS_PER_INTERVAL}
 * assignments per interval and {@value #MAX_MEETINGS} meetings; names and titles at most {@value
 * LocalizedText#NAME_MAX_LENGTH} characters per translation. The phases are the model's ({@link
 * #phases()}); a template does not change their order, because the guards build on it.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ProgramTemplate {

    /** The fewest training sessions a template has. */
    public static final int MIN_SESSIONS = 1;

    /** The most training sessions a template has. */
    public static final int MAX_SESSIONS = 10;

    /** The most interim assignments between two consecutive sessions. */
    public static final int MAX_ASSIGNMENTS_PER_INTERVAL = 5;

    /** The most recommended mentor–HR meetings. */
    public static final int MAX_MEETINGS = 20;

    /** The code of the standard template. */
    public static final String STANDARD_CODE = "oppimismentorointi";

    ProgramTemplate() {}

    /**
     * Returns the standard template: three sessions, one interim assignment between consecutive
     * sessions, two mentor–HR meetings, rule set {@code default} and instrument {@code dloq-7}.
     *
     * @return the standard template, never null
     */
    public static ProgramTemplate standard() {
        return Standard.INSTANCE;
    }

    /**
     * Returns the template's code, such as {@code oppimismentorointi}, as an organization's settings
     * name it.
     *
     * @return the code, never null
     */
    @JsonProperty("code")
    public abstract String code();

    /**
     * Returns the template's name.
     *
     * @return the name, never null
     */
    @JsonProperty("name")
    public abstract LocalizedText name();

    /**
     * Returns the titles of the training sessions in order; their number is the number of sessions.
     *
     * @return an unmodifiable list of {@value #MIN_SESSIONS}–{@value #MAX_SESSIONS} titles
     */
    @JsonProperty("sessionTitles")
    public abstract List<LocalizedText> sessionTitles();

    /**
     * Returns how many interim assignments (välitehtävät) are recommended between two consecutive
     * sessions.
     *
     * @return 0–{@value #MAX_ASSIGNMENTS_PER_INTERVAL}, 1 unless set
     */
    @JsonProperty("assignmentsPerInterval")
    @Value.Default
    public int assignmentsPerInterval() {
        return 1;
    }

    /**
     * Returns how many mentor–HR meetings are recommended during training.
     *
     * @return 0–{@value #MAX_MEETINGS}, 2 unless set
     */
    @JsonProperty("recommendedMeetings")
    @Value.Default
    public int recommendedMeetings() {
        return 2;
    }

    /**
     * Returns the code of the evaluation rule set used unless the programme chooses another.
     *
     * @return the code, {@code default} unless set
     */
    @JsonProperty("defaultRuleSet")
    @Value.Default
    public String defaultRuleSet() {
        return "default";
    }

    /**
     * Returns the code of the learning-culture instrument used unless the programme chooses another.
     *
     * @return the code, {@code dloq-7} unless set
     */
    @JsonProperty("defaultInstrument")
    @Value.Default
    public String defaultInstrument() {
        return "dloq-7";
    }

    /**
     * Returns the number of training sessions.
     *
     * @return the size of {@link #sessionTitles()}
     */
    @JsonIgnore
    public int sessionCount() {
        return sessionTitles().size();
    }

    /**
     * Returns the number of interim assignments recommended over the whole training: {@link
     * #assignmentsPerInterval()} for each gap between consecutive sessions.
     *
     * @return the count, not negative
     */
    @JsonIgnore
    public int recommendedAssignments() {
        return assignmentsPerInterval() * (sessionCount() - 1);
    }

    /**
     * Returns the phases a programme of this template goes through, in order; the final phase is
     * {@link ProgramPhase#CLOSED} or {@link ProgramPhase#EMBEDDING}.
     *
     * @return every phase, in order
     */
    @JsonIgnore
    public List<ProgramPhase> phases() {
        return List.of(ProgramPhase.values());
    }

    /**
     * Returns a copy with another code.
     *
     * @param code the code, a well-formed code
     * @return the tailored template, never null
     * @throws org.learningmentor.core.common.ValidationException when the code is malformed
     */
    public abstract ProgramTemplate withCode(String code);

    /**
     * Returns a copy with another name.
     *
     * @param name the name, not null
     * @return the tailored template, never null
     */
    public abstract ProgramTemplate withName(LocalizedText name);

    /**
     * Returns a copy with other session titles, and so another number of sessions.
     *
     * @param titles the titles, {@value #MIN_SESSIONS}–{@value #MAX_SESSIONS}
     * @return the tailored template, never null
     */
    public abstract ProgramTemplate withSessionTitles(Iterable<? extends LocalizedText> titles);

    /**
     * Returns a copy with another number of interim assignments between consecutive sessions.
     *
     * @param count 0–{@value #MAX_ASSIGNMENTS_PER_INTERVAL}
     * @return the tailored template, never null
     */
    public abstract ProgramTemplate withAssignmentsPerInterval(int count);

    /**
     * Returns a copy with another number of recommended mentor–HR meetings.
     *
     * @param count 0–{@value #MAX_MEETINGS}
     * @return the tailored template, never null
     */
    public abstract ProgramTemplate withRecommendedMeetings(int count);

    /**
     * Returns a copy with another default rule set.
     *
     * @param code a well-formed code
     * @return the tailored template, never null
     */
    public abstract ProgramTemplate withDefaultRuleSet(String code);

    /**
     * Returns a copy with another default instrument.
     *
     * @param code a well-formed code
     * @return the tailored template, never null
     */
    public abstract ProgramTemplate withDefaultInstrument(String code);

    /**
     * Returns a copy with the given number of sessions: sessions beyond it are dropped, new ones
     * are titled "Valmennuskerta n / Träff n / Session n".
     *
     * @param count {@value #MIN_SESSIONS}–{@value #MAX_SESSIONS}
     * @return the tailored template, never null
     * @throws org.learningmentor.core.common.ValidationException with {@code
     *     program.template.session-count} at {@code count} when the count is out of range
     */
    public ProgramTemplate withSessionCount(int count) {
        if (count < MIN_SESSIONS || count > MAX_SESSIONS) {
            throw new ValidationException(
                    Violation.of(ProgramViolation.TEMPLATE_SESSION_COUNT, "count", MIN_SESSIONS, MAX_SESSIONS, count));
        }
        List<LocalizedText> titles =
                new ArrayList<>(sessionTitles().subList(0, Math.min(Math.max(count, 0), sessionCount())));
        for (int n = titles.size() + 1; n <= count; n++) {
            titles.add(defaultSessionTitle(n));
        }
        return withSessionTitles(titles);
    }

    /**
     * Returns a copy in which one session is renamed.
     *
     * @param ordinal the session's ordinal, 1 to {@link #sessionCount()}
     * @param title the new title, not null
     * @return the tailored template, never null
     * @throws ValidationException with {@code program.template.session-unknown} at {@code ordinal}
     *     when the ordinal names no session
     */
    public ProgramTemplate withSessionTitle(int ordinal, LocalizedText title) {
        Objects.requireNonNull(title, "title");
        if (ordinal < 1 || ordinal > sessionCount()) {
            throw new ValidationException(
                    Violation.of(ProgramViolation.TEMPLATE_SESSION_UNKNOWN, "ordinal", ordinal, sessionCount()));
        }
        List<LocalizedText> titles = new ArrayList<>(sessionTitles());
        titles.set(ordinal - 1, title);
        return withSessionTitles(titles);
    }

    /** The title of a session a tailoring adds. */
    static LocalizedText defaultSessionTitle(int ordinal) {
        return LocalizedText.of("Valmennuskerta " + ordinal, "Träff " + ordinal, "Session " + ordinal);
    }

    /**
     * Returns a new builder; {@code code}, {@code name} and at least one session title are required.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the codes, the counts and the lengths of the texts.
     *
     * @throws org.learningmentor.core.common.ValidationException listing every violation
     */
    @Value.Check
    protected void check() {
        Violations violations = new Violations();
        violations.check(
                Checks.isCode(code()), ProgramViolation.TEMPLATE_CODE_MALFORMED, "code", Violations.quote(code()));
        violations.checkMaxLength(name(), LocalizedText.NAME_MAX_LENGTH, "name");
        violations.check(
                sessionCount() >= MIN_SESSIONS && sessionCount() <= MAX_SESSIONS,
                ProgramViolation.TEMPLATE_SESSION_COUNT,
                "sessionTitles",
                MIN_SESSIONS,
                MAX_SESSIONS,
                sessionCount());
        for (int i = 0; i < sessionTitles().size() && i < MAX_SESSIONS + 1; i++) {
            violations.checkMaxLength(
                    sessionTitles().get(i), LocalizedText.NAME_MAX_LENGTH, "sessionTitles[" + i + "]");
        }
        violations.check(
                assignmentsPerInterval() >= 0 && assignmentsPerInterval() <= MAX_ASSIGNMENTS_PER_INTERVAL,
                ProgramViolation.TEMPLATE_ASSIGNMENTS_OUT_OF_RANGE,
                "assignmentsPerInterval",
                MAX_ASSIGNMENTS_PER_INTERVAL,
                assignmentsPerInterval());
        violations.check(
                recommendedMeetings() >= 0 && recommendedMeetings() <= MAX_MEETINGS,
                ProgramViolation.TEMPLATE_MEETINGS_OUT_OF_RANGE,
                "recommendedMeetings",
                MAX_MEETINGS,
                recommendedMeetings());
        violations.check(
                Checks.isCode(defaultRuleSet()),
                ProgramViolation.TEMPLATE_REFERENCE_MALFORMED,
                "defaultRuleSet",
                Violations.quote(defaultRuleSet()));
        violations.check(
                Checks.isCode(defaultInstrument()),
                ProgramViolation.TEMPLATE_REFERENCE_MALFORMED,
                "defaultInstrument",
                Violations.quote(defaultInstrument()));
        violations.throwIfAny();
    }

    /** Holds the standard template, built on first use (see OrganizationSettings.Defaults for why). */
    private static final class Standard {
        static final ProgramTemplate INSTANCE = builder()
                .code(STANDARD_CODE)
                .name(LocalizedText.of("Oppimismentorointi", "Lärandementorskap", "Learning mentoring"))
                .addSessionTitles(
                        LocalizedText.of(
                                "Oppimismentorin rooli ja oppimiskulttuuri",
                                "Lärandementorns roll och lärandekulturen",
                                "The learning mentor's role and the learning culture"),
                        LocalizedText.of(
                                "Työssä oppimisen menetelmät",
                                "Metoder för lärande i arbetet",
                                "Methods of workplace learning"),
                        LocalizedText.of(
                                "Suunnitelma ja oppimismentorin huoneentaulu",
                                "Planen och lärandementorns credo",
                                "The plan and the mentor's credo"))
                .build();

        private Standard() {}
    }

    @JsonCreator
    private static ProgramTemplate fromJson(ImmutableProgramTemplate value) {
        return value;
    }

    /** Builds a template; throws a {@link org.learningmentor.core.common.ValidationException} for bad values. */
    public static final class Builder extends ImmutableProgramTemplate.Builder {}
}
