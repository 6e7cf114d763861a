package org.learningmentor.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.evaluation.RuleSets;
import org.learningmentor.core.organization.OrgUnit;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.program.ProgramPhase;
import org.learningmentor.core.survey.Instruments;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyPurpose;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.persistence.OutboxEntry;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.testkit.sample.SamplePlans;
import org.learningmentor.testkit.sample.SampleProgram;
import org.learningmentor.testkit.sample.SamplePrograms;
import org.learningmentor.testkit.sample.SampleSurveys;

/**
 * The realistic programme of the transfer tests, and a snapshot of everything a store holds. The
 * programme is the sample agency's in its evaluation phase, with two mentor pairs, three plans (one
 * approved), a baseline and a follow-up survey with eight anonymous responses each, and an
 * evaluation by the default rule set: every kind of record a document holds. Everything is
 * repeatable (seeded ids, the world's fixed clock), so its document is the golden one.
 */
final class TransferFixtures {

    private static final SampleProgram SAMPLE =
            SamplePrograms.inPhase(World.create().agency, ProgramPhase.EVALUATION, 7);

    private TransferFixtures() {}

    /** The checked-in golden document's bytes ({@link TransferRoundTripTest#GOLDEN}). */
    static byte[] golden() {
        try {
            return java.nio.file.Files.readAllBytes(TransferRoundTripTest.GOLDEN);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the golden document is missing: " + TransferRoundTripTest.GOLDEN, e);
        }
    }

    /** Stores the realistic programme in the world, through the use cases where they allow it. */
    static ProgramId storeRealisticProgramme(World world) {
        ProgramId programId = world.storeProgram(ProgramPhase.EVALUATION);
        MentoringProgram program = world.program(programId);
        OrganizationId organizationId = world.organizationId();
        Persistence persistence = world.persistence;
        // two mentor pairs, paired directly by HR (set-up: stored as the model made them)
        persistence.pairs().save(organizationId, SamplePlans.pair(SAMPLE, 1));
        persistence.pairs().save(organizationId, SamplePlans.pair(SAMPLE, 5));
        // three individual plans; the first submitted and approved by HR
        Person hr = world.personFor(Role.HR);
        Instant at = World.NOW.minus(Duration.ofDays(200));
        MentorPlan approved = SamplePlans.individualPlan(SAMPLE, 11);
        approved = approved.submit(program, approved.ownerIds().get(0), at)
                .state()
                .approve(hr, program, Optional.empty(), at.plusSeconds(3600))
                .state();
        persistence.plans().save(organizationId, approved);
        persistence.plans().save(organizationId, SamplePlans.individualPlan(SAMPLE, 12));
        persistence.plans().save(organizationId, SamplePlans.individualPlan(SAMPLE, 13));
        // a baseline and a follow-up survey of the whole agency, eight responses each
        survey(world, programId, SurveyPurpose.BASELINE, 100);
        world.clock.advance(Duration.ofDays(1));
        survey(world, programId, SurveyPurpose.FOLLOW_UP, 200);
        // HR evaluates the programme with the figures only the host knows
        world.runtime
                .evaluations()
                .evaluate(
                        world.hr(),
                        programId,
                        RuleSets.defaults(),
                        OptionalInt.of(6),
                        Optional.of(new BigDecimal("20000.00")),
                        Optional.of(new BigDecimal("52500.50")));
        return programId;
    }

    private static void survey(World world, ProgramId programId, SurveyPurpose purpose, long seed) {
        List<org.learningmentor.core.common.OrgUnitId> audience = world.agency.organization().topLevelUnits().stream()
                .map(OrgUnit::id)
                .toList();
        Survey survey =
                world.runtime.surveys().open(world.hr(), programId, Instruments.defaultInstrument(), purpose, audience);
        // answers as the testkit makes them: repeatable, unlike respond()'s random response ids
        for (long i = 0; i < 8; i++) {
            SurveyResponse response =
                    SampleSurveys.response(world.agency, survey, SampleSurveys.token(seed + i), seed + i);
            world.persistence.responses().append(world.organizationId(), response);
        }
        world.runtime.surveys().close(world.hr(), survey.id());
    }

    /** Everything the store holds for the organization, outbox included, to compare before and after. */
    static List<Object> snapshot(Persistence persistence, OrganizationId organizationId) {
        List<Object> all = new ArrayList<>();
        all.add(persistence.organizations().find(organizationId));
        all.add(all(request -> persistence.people().findAll(organizationId, request)));
        List<MentoringProgram> programs = all(request -> persistence.programs().findAll(organizationId, request));
        all.add(programs);
        for (MentoringProgram program : programs) {
            all.add(all(request -> persistence.pairs().findByProgram(organizationId, program.id(), request)));
            all.add(all(request -> persistence.plans().findByProgram(organizationId, program.id(), request)));
            List<Survey> surveys =
                    all(request -> persistence.surveys().findByProgram(organizationId, program.id(), request));
            all.add(surveys);
            for (Survey survey : surveys) {
                all.add(all(request -> persistence.responses().findBySurvey(organizationId, survey.id(), request)));
            }
            all.add(all(request -> persistence.evaluations().findByProgram(organizationId, program.id(), request)));
        }
        all.add(persistence.outbox().undelivered(1000).stream()
                .map(OutboxEntry::event)
                .toList());
        return all;
    }

    /** Whether the store holds nothing at all of the organization. */
    static boolean isEmpty(Persistence persistence, OrganizationId organizationId) {
        return persistence.organizations().find(organizationId).isEmpty()
                && all(request -> persistence.people().findAll(organizationId, request))
                        .isEmpty()
                && all(request -> persistence.programs().findAll(organizationId, request))
                        .isEmpty()
                && persistence.outbox().undelivered(10).isEmpty();
    }

    private static <T> List<T> all(java.util.function.Function<PageRequest, Page<T>> query) {
        return Page.stream(PageRequest.first(PageRequest.MAX_SIZE), query).toList();
    }
}
