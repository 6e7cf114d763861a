package org.learningmentor.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.learningmentor.core.common.ActionItemId;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgressEntryId;
import org.learningmentor.core.common.ResponseId;
import org.learningmentor.core.common.SurveyId;
import org.learningmentor.core.goal.ProgramGoal;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.ActionStatusChange;
import org.learningmentor.core.plan.GoalAttainmentScale;
import org.learningmentor.core.plan.GoalRating;
import org.learningmentor.core.plan.LinkedGoal;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.plan.PlanKind;
import org.learningmentor.core.plan.PlanStatus;
import org.learningmentor.core.plan.ProgressEntry;
import org.learningmentor.core.program.ActionItem;
import org.learningmentor.core.program.ActionStatus;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramMentor;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.survey.CultureProfile;
import org.learningmentor.core.survey.CultureProfiles;
import org.learningmentor.core.survey.Instrument;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.Item;
import org.learningmentor.core.survey.ResponseToken;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.testkit.sample.SampleData;
import org.learningmentor.testkit.sample.SampleOrganization;
import org.learningmentor.testkit.sample.SamplePrograms;

/**
 * The aggregates a host holds when it evaluates a programme, generated for an agency of a given
 * size (seeded): the organization ({@link SampleData#largeOrganization}, up to a million people), the programme in evaluation
 * ({@link SamplePrograms#inPhase}: every active mentor of the agency, about 2% of the people, enrolled;
 * sessions held with attendance; assignments with submissions), one plan per mentor, and a baseline
 * and a follow-up survey answered by one person in ten, with their culture profiles.
 *
 * <p>Plans: 3 of 4 approved, the rest draft, submitted or cancelled; one to three of the
 * programme's goals each (weights 1–3, with scales), two to four action items, and for approved
 * ones one or two progress entries rating every goal −2…+2 and marking some items done.
 */
final class EvaluationData {

    /**
     * The most mentors whose programme is told through its commands; past that (above about 125 000
     * people) the told mentors' records are replicated for the others, since each command checks the
     * whole programme and a story of 20 000 mentors would take hours.
     */
    static final int STORY_MENTORS = 2_000;

    private static final com.fasterxml.jackson.databind.json.JsonMapper JSON =
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
                    .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .build();

    static final LocalDate EVALUATION_DATE = LocalDate.of(2026, 12, 1);
    static final BigDecimal COSTS = BigDecimal.valueOf(20_000);
    static final BigDecimal BENEFITS = BigDecimal.valueOf(60_000);

    final Organization organization;
    final MentoringProgram program;
    final List<MentorPlan> plans;
    final List<Survey> surveys;
    final List<CultureProfile> profiles;
    final int plannedMentors;

    private EvaluationData(
            Organization organization,
            MentoringProgram program,
            List<MentorPlan> plans,
            List<Survey> surveys,
            List<CultureProfile> profiles,
            int plannedMentors) {
        this.organization = organization;
        this.program = program;
        this.plans = plans;
        this.surveys = surveys;
        this.profiles = profiles;
        this.plannedMentors = plannedMentors;
    }

    static EvaluationData generate(long seed, int people) {
        return generate(seed, people, STORY_MENTORS);
    }

    /** As {@link #generate(long, int)}, telling the programme's story for at most {@code storyMentors}. */
    static EvaluationData generate(long seed, int people, int storyMentors) {
        SampleOrganization agency = SampleData.largeOrganization(seed, people);
        MentoringProgram program = agency.activeMentors().size() <= storyMentors
                ? SamplePrograms.inPhase(agency, ProgramPhase.EVALUATION, seed).program()
                : replicated(
                        SamplePrograms.inPhase(
                                        agency.withActiveMentorsLimitedTo(storyMentors), ProgramPhase.EVALUATION, seed)
                                .program(),
                        agency.activeMentors());
        SplittableRandom random = new SplittableRandom(seed);
        List<MentorPlan> plans = new ArrayList<>();
        GoalAttainmentScale scale = GoalAttainmentScale.of(
                text("much less"), text("less"), text("as expected"), text("more"), text("much more"));
        List<ProgramGoal> goals = program.goals();
        int n = 0;
        for (ProgramMentor mentor : program.mentors()) {
            n++;
            plans.add(plan(seed, n, program, mentor, goals, scale, random));
        }
        Person hr = agency.withRole(Role.HR).get(0);
        Organization organization = agency.organization();
        List<OrgUnitId> roots = organization.activeUnits().stream()
                .filter(OrgUnit::isTopLevel)
                .map(OrgUnit::id)
                .toList();
        List<OrgUnit> active = organization.activeUnits();
        List<Survey> surveys = new ArrayList<>();
        List<CultureProfile> profiles = new ArrayList<>();
        SurveyPurpose[] purposes = {SurveyPurpose.BASELINE, SurveyPurpose.FOLLOW_UP};
        for (int s = 0; s < purposes.length; s++) {
            Survey survey = Survey.open(
                            SurveyId.of(new UUID(seed, 7_000 + s)),
                            organization,
                            program.id(),
                            Instruments.defaultInstrument(),
                            purposes[s],
                            roots,
                            hr,
                            SampleData.STORY_START.plus(Duration.ofDays(30 + 250L * s)))
                    .state();
            List<SurveyResponse> responses = new ArrayList<>();
            for (int r = 0; r < people / 10; r++) {
                responses.add(survey.acceptResponse(
                        ResponseId.of(new UUID(random.nextLong(), random.nextLong())),
                        ResponseToken.parse(String.format("evaluation-token-%d-%08d", s, r)),
                        active.get(random.nextInt(active.size())).id(),
                        answers(survey.instrument(), random, s),
                        organization,
                        digest -> false,
                        LocalDate.of(2026, 3, 1).plusDays(250L * s)));
            }
            surveys.add(survey);
            profiles.add(CultureProfiles.compute(survey, organization, responses));
        }
        int planned = program.mentors().size() + program.mentors().size() / 10;
        return new EvaluationData(
                organization, program, List.copyOf(plans), List.copyOf(surveys), List.copyOf(profiles), planned);
    }

    /**
     * The programme told for the first {@code told.mentors().size()} mentors, with every other mentor
     * given the record of a told one: mentor {@code M·k + i} (k ≥ 1) gets mentor {@code i}'s enrolment,
     * attendance, submissions (a pair's with the pair's other member of the same round, or alone
     * when that one is missing) and credo. Done on the JSON of the programme and read back, so the
     * result is checked like any stored programme.
     */
    private static MentoringProgram replicated(MentoringProgram told, List<Person> mentors) {
        List<String> toldIds =
                told.mentors().stream().map(m -> m.personId().toString()).toList();
        Map<String, Integer> toldIndex = new HashMap<>();
        for (int i = 0; i < toldIds.size(); i++) {
            toldIndex.put(toldIds.get(i), i);
        }
        List<String> others = mentors.stream()
                .map(p -> p.id().toString())
                .filter(id -> !toldIndex.containsKey(id))
                .toList();
        int rounds = (others.size() + toldIds.size() - 1) / toldIds.size();
        ObjectNode json = JSON.valueToTree(told);
        for (int k = 0; k < rounds; k++) {
            int round = k;
            java.util.function.Function<String, String> map = id -> {
                Integer i = toldIndex.get(id);
                int at = round * toldIds.size() + (i == null ? -1 : i);
                return i == null || at >= others.size() ? null : others.get(at);
            };
            appendCopies((ArrayNode) json.get("mentors"), "personId", map);
            appendCopies((ArrayNode) json.get("credos"), "mentorId", map);
            for (JsonNode session : json.get("sessions")) {
                appendCopies((ArrayNode) session.get("attendance"), "mentorId", map);
            }
            for (JsonNode assignment : json.get("assignments")) {
                ArrayNode submissions = (ArrayNode) assignment.get("submissions");
                int size = submissions.size();
                for (int e = 0; e < size; e++) {
                    ArrayNode copy = JSON.createArrayNode();
                    for (JsonNode id : submissions.get(e).get("mentorIds")) {
                        String mapped = map.apply(id.asText());
                        if (mapped != null) {
                            copy.add(mapped);
                        }
                    }
                    if (!copy.isEmpty()) {
                        ObjectNode submission = submissions.get(e).deepCopy();
                        submission.set("mentorIds", copy);
                        submissions.add(submission);
                    }
                }
            }
        }
        try {
            return JSON.treeToValue(json, MentoringProgram.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the replicated programme does not read back", e);
        }
    }

    /** Appends a copy of each element whose {@code field} maps to a new id, with that id. */
    private static void appendCopies(
            ArrayNode elements, String field, java.util.function.Function<String, String> map) {
        int size = elements.size();
        for (int e = 0; e < size; e++) {
            String mapped = map.apply(elements.get(e).get(field).asText());
            if (mapped != null) {
                ObjectNode copy = elements.get(e).deepCopy();
                copy.put(field, mapped);
                elements.add(copy);
            }
        }
    }

    private static Map<String, Integer> answers(Instrument instrument, SplittableRandom random, int survey) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            // The follow-up leans a little higher.
            answers.put(
                    item.code(), Math.min(6, 1 + random.nextInt(6) + (survey == 1 && random.nextInt(4) == 0 ? 1 : 0)));
        }
        return answers;
    }

    private static MentorPlan plan(
            long seed,
            int n,
            MentoringProgram program,
            ProgramMentor mentor,
            List<ProgramGoal> goals,
            GoalAttainmentScale scale,
            SplittableRandom random) {
        int roll = random.nextInt(20);
        PlanStatus status = roll < 15
                ? PlanStatus.APPROVED
                : roll < 17 ? PlanStatus.DRAFT : roll < 19 ? PlanStatus.SUBMITTED : PlanStatus.CANCELLED;
        MentorPlan.Builder builder = MentorPlan.builder()
                .id(PlanId.of(new UUID(seed, 1_000_000L + n)))
                .organizationId(program.organizationId())
                .programId(program.id())
                .kind(PlanKind.INDIVIDUAL)
                .addOwnerIds(mentor.personId())
                .title(text("Plan " + n))
                .status(status);
        int goalCount = Math.min(goals.size(), 1 + random.nextInt(3));
        int first = random.nextInt(goals.size());
        List<LinkedGoal> linked = new ArrayList<>();
        for (int g = 0; g < goalCount; g++) {
            linked.add(LinkedGoal.builder()
                    .goalId(goals.get((first + g) % goals.size()).id())
                    .weight(BigDecimal.valueOf(1 + random.nextInt(3)))
                    .scale(scale)
                    .build());
        }
        builder.addAllGoals(linked);
        int itemCount = 2 + random.nextInt(3);
        List<ActionItemId> items = new ArrayList<>();
        // An approved plan's progress marks one item in two done; the item's status says so too.
        int done = status == PlanStatus.APPROVED && random.nextBoolean() ? random.nextInt(itemCount) : -1;
        for (int i = 0; i < itemCount; i++) {
            ActionItemId id = ActionItemId.of(new UUID(seed, 2_000_000L + n * 8L + i));
            items.add(id);
            ActionStatus itemStatus = i == done
                    ? ActionStatus.DONE
                    : random.nextInt(10) == 0 ? ActionStatus.CANCELLED : ActionStatus.OPEN;
            builder.addActionItems(ActionItem.builder()
                    .id(id)
                    .what(text("Action " + i))
                    .ownerId(mentor.personId())
                    .dueOn(LocalDate.of(2026, 10, 1).plusDays(i))
                    .status(itemStatus)
                    .build());
        }
        if (status == PlanStatus.APPROVED) {
            int entries = 1 + random.nextInt(2);
            for (int e = 0; e < entries; e++) {
                ProgressEntry.Builder entry = ProgressEntry.builder()
                        .id(ProgressEntryId.of(new UUID(seed, 3_000_000L + n * 4L + e)))
                        .date(LocalDate.of(2026, 9, 1).plusDays(30L * e));
                for (LinkedGoal goal : linked) {
                    entry.addRatings(GoalRating.of(goal.goalId(), random.nextInt(5) - 2));
                }
                if (e == 0 && done >= 0) {
                    entry.addStatusChanges(ActionStatusChange.of(items.get(done), ActionStatus.DONE));
                }
                builder.addProgress(entry.build());
            }
        }
        return builder.build();
    }

    private static LocalizedText text(String en) {
        return LocalizedText.of(Language.EN, en);
    }

    static Instant at() {
        return EVALUATION_DATE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
