package org.learningmentor.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.common.Violation;
import org.learningmentor.core.evaluation.Evaluation;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.core.pair.MentoringPair;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.core.program.MentoringProgram;
import org.learningmentor.core.survey.Survey;
import org.learningmentor.core.survey.SurveyResponse;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.Persistence;
import org.learningmentor.runtime.transfer.ImportSummary;
import org.learningmentor.runtime.transfer.ProgramDocument;
import org.learningmentor.runtime.transfer.ProgramDocumentException;
import org.learningmentor.runtime.transfer.ProgramDocuments;
import org.learningmentor.runtime.transfer.ProgramTransfers;
import org.learningmentor.runtime.transfer.TransferViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's {@link ProgramTransfers}: here rather than in the transfer package because it runs
 * like every use case, through the {@link UseCaseRunner} and a {@link Context}.
 */
final class TransferUseCases implements ProgramTransfers {

    private static final Logger LOG = LoggerFactory.getLogger(TransferUseCases.class);

    private final UseCaseRunner runner;
    private final Store<MentoringProgram, ProgramId> programs;

    TransferUseCases(UseCaseRunner runner) {
        this.runner = runner;
        this.programs = Store.programs(runner.persistence());
    }

    @Override
    public ProgramDocument exportProgram(Actor actor, ProgramId programId) {
        Objects.requireNonNull(programId, "programId");
        return runner.query(actor, Permission.PROGRAM_EXPORT, c -> {
            c.authorize();
            Persistence persistence = c.persistence();
            OrganizationId organizationId = c.organizationId();
            MentoringProgram program = c.find(programs, programId);
            List<Survey> surveys =
                    all(request -> persistence.surveys().findByProgram(organizationId, programId, request));
            List<SurveyResponse> responses = surveys.stream()
                    .flatMap(survey -> EvaluationFactsAssembler.responses(c, survey.id()).stream())
                    .toList();
            List<Evaluation> evaluations =
                    all(request -> persistence.evaluations().findByProgram(organizationId, programId, request));
            ProgramDocument document = ProgramDocument.of(
                    c.organization(),
                    List.of(),
                    program,
                    c.pairsOf(programId),
                    c.plansOf(programId),
                    surveys,
                    responses,
                    evaluations);
            document = withPeopleNamed(c, document);
            // a person named but not stored is left out here and reported by the check
            ProgramDocuments.validate(document);
            LOG.debug("Exported programme {} of organization {}: {}", programId, organizationId, document);
            return document;
        });
    }

    /**
     * Adds the people the records name, as stored, until the people added name no one new (a
     * person names their manager, who names theirs). A person named but not stored is left out,
     * for the document's check to report.
     */
    private static ProgramDocument withPeopleNamed(Context c, ProgramDocument document) {
        Map<PersonId, Person> people = new LinkedHashMap<>();
        Set<PersonId> missing = new HashSet<>();
        ProgramDocument current = document;
        while (true) {
            Set<PersonId> named = ProgramDocuments.namedPeople(current);
            named.removeAll(people.keySet());
            named.removeAll(missing);
            if (named.isEmpty()) {
                return current;
            }
            for (PersonId id : named) {
                c.persistence()
                        .people()
                        .find(c.organizationId(), id)
                        .ifPresentOrElse(person -> people.put(id, person), () -> missing.add(id));
            }
            current = ProgramDocument.of(
                    current.organization(),
                    people.values(),
                    current.program(),
                    current.pairs(),
                    current.plans(),
                    current.surveys(),
                    current.responses(),
                    current.evaluations());
        }
    }

    @Override
    public ImportSummary importProgram(Actor actor, ProgramDocument document) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(document, "document");
        ProgramDocuments.validate(document);
        Persistence persistence = runner.persistence();
        ImportSummary summary = persistence.transactions().call(() -> {
            Context c = open(persistence, actor, document);
            c.authorize();
            return write(persistence, c.organizationId(), document, check(persistence, actor, document));
        });
        LOG.debug(
                "{} by {} in organization {} imported programme {}: {}",
                Permission.PROGRAM_IMPORT,
                actor.personId(),
                actor.organizationId(),
                summary.programId(),
                summary);
        return summary;
    }

    /**
     * Authorizes the actor as stored; when the store does not hold the actor's organization yet
     * and the document is of it, as the document's record of the actor (the import provisions the
     * organization).
     */
    private Context open(Persistence persistence, Actor actor, ProgramDocument document) {
        boolean provisions = document.organization().id().equals(actor.organizationId())
                && persistence.organizations().find(actor.organizationId()).isEmpty();
        if (!provisions) {
            return Context.open(persistence, runner.policy(), actor, Permission.PROGRAM_IMPORT, runner.now());
        }
        Person inDocument = document.people().stream()
                .filter(person -> person.id().equals(actor.personId()))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException(
                        Permission.PROGRAM_IMPORT, actor, AccessDeniedException.Reason.UNKNOWN_ACTOR));
        return Context.openAs(persistence, runner.policy(), actor, inDocument, Permission.PROGRAM_IMPORT, runner.now());
    }

    /** What the store holds already; the plan of what to write. */
    private record Plan(boolean organizationStored, List<Person> newPeople, int reusedPeople) {}

    /** Checks the document against the store, listing every problem; writes nothing. */
    private static Plan check(Persistence persistence, Actor actor, ProgramDocument document) {
        Organization organization = document.organization();
        OrganizationId organizationId = organization.id();
        if (!organizationId.equals(actor.organizationId())) {
            throw new ProgramDocumentException(List.of(
                    Violation.of(TransferViolation.TARGET_ORGANIZATION_OTHER, "organization.id", organizationId)));
        }
        List<Violation> violations = new ArrayList<>();
        Optional<Organization> storedOrganization = persistence.organizations().find(organizationId);
        if (storedOrganization.isPresent()
                && !storedOrganization.get().withVersion(0).equals(organization)) {
            violations.add(
                    Violation.of(TransferViolation.TARGET_ORGANIZATION_DIFFERENT, "organization", organizationId));
        }
        List<Person> newPeople = new ArrayList<>();
        int reused = 0;
        for (int i = 0; i < document.people().size(); i++) {
            Person person = document.people().get(i);
            Optional<Person> stored = persistence.people().find(organizationId, person.id());
            if (stored.isEmpty()) {
                newPeople.add(person);
            } else if (stored.get().withVersion(0).equals(person)) {
                reused++;
            } else {
                violations.add(
                        Violation.of(TransferViolation.TARGET_PERSON_DIFFERENT, "people[" + i + "]", person.id()));
            }
        }
        ProgramId programId = document.program().id();
        if (persistence.programs().find(organizationId, programId).isPresent()) {
            violations.add(Violation.of(TransferViolation.TARGET_RECORD_EXISTS, "program.id", programId));
        }
        exists("pairs", document.pairs(), MentoringPair::id, persistence.pairs()::find, organizationId, violations);
        exists("plans", document.plans(), MentorPlan::id, persistence.plans()::find, organizationId, violations);
        exists("surveys", document.surveys(), Survey::id, persistence.surveys()::find, organizationId, violations);
        exists(
                "evaluations",
                document.evaluations(),
                Evaluation::id,
                persistence.evaluations()::find,
                organizationId,
                violations);
        if (!violations.isEmpty()) {
            throw new ProgramDocumentException(violations);
        }
        return new Plan(storedOrganization.isPresent(), newPeople, reused);
    }

    private static <A, I> void exists(
            String section,
            List<A> records,
            Function<A, I> id,
            BiFunction<OrganizationId, I, Optional<A>> find,
            OrganizationId organizationId,
            List<Violation> violations) {
        for (int i = 0; i < records.size(); i++) {
            I value = id.apply(records.get(i));
            if (find.apply(organizationId, value).isPresent()) {
                violations.add(Violation.of(TransferViolation.TARGET_RECORD_EXISTS, section + "[" + i + "].id", value));
            }
        }
    }

    /** Writes the document as checked, in this transaction. */
    private static ImportSummary write(
            Persistence persistence, OrganizationId organizationId, ProgramDocument document, Plan plan) {
        if (!plan.organizationStored()) {
            persistence.organizations().save(document.organization());
        }
        plan.newPeople().forEach(person -> persistence.people().save(organizationId, person));
        persistence.programs().save(organizationId, document.program());
        document.pairs().forEach(pair -> persistence.pairs().save(organizationId, pair));
        document.plans().forEach(mentorPlan -> persistence.plans().save(organizationId, mentorPlan));
        document.surveys().forEach(survey -> persistence.surveys().save(organizationId, survey));
        document.responses().forEach(response -> persistence.responses().append(organizationId, response));
        document.evaluations().forEach(evaluation -> persistence.evaluations().save(organizationId, evaluation));
        return new ImportSummary(
                document.program().id(),
                !plan.organizationStored(),
                plan.newPeople().size(),
                plan.reusedPeople(),
                document.pairs().size(),
                document.plans().size(),
                document.surveys().size(),
                document.responses().size(),
                document.evaluations().size());
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> query) {
        return Page.stream(PageRequest.first(PageRequest.MAX_SIZE), query).toList();
    }
}
