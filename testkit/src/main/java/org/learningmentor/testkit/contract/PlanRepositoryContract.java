package org.learningmentor.testkit.contract;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningmentor.core.common.Language;
import org.learningmentor.core.common.LocalizedText;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PlanId;
import org.learningmentor.core.common.ProgramId;
import org.learningmentor.core.plan.MentorPlan;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.PlanRepository;
import org.learningmentor.testkit.sample.SamplePlans;
import org.learningmentor.testkit.sample.SampleProgram;

/**
 * The contract tests of {@link PlanRepository}: subclass with the factory of the implementation
 * under test.
 *
 * <pre>{@code
 * class MyPlanRepositoryTest extends PlanRepositoryContract {
 *     @Override
 *     protected Persistence createPersistence() {
 *         return MyPersistence.create(dataSource);
 *     }
 * }
 * }</pre>
 *
 * The plans are the full drafts of {@link SamplePlans#individualPlan} (goals with attainment
 * scales, three to five action items) in sample programmes in training; each agency's organization,
 * people and programme are stored before its plans. A revision is a change of title, by command.
 */
public abstract class PlanRepositoryContract extends ProgramScopedRepositoryContract<MentorPlan, PlanId> {

    private static final Pattern REVISION = Pattern.compile("^(.*) \\((\\d+)\\)$");

    /** Creates the test; JUnit calls it. */
    protected PlanRepositoryContract() {}

    @Override
    String aggregateName() {
        return "plan";
    }

    @Override
    MentorPlan aNewAggregateOf(SampleProgram sample, long seed) {
        return SamplePlans.individualPlan(sample, seed);
    }

    @Override
    ProgramId programOf(MentorPlan plan) {
        return plan.programId();
    }

    @Override
    MentorPlan saveUnder(OrganizationId organizationId, MentorPlan plan) {
        return plans().save(organizationId, plan);
    }

    @Override
    Page<MentorPlan> findByProgram(OrganizationId organizationId, ProgramId programId, PageRequest request) {
        return plans().findByProgram(organizationId, programId, request);
    }

    @Override
    Optional<MentorPlan> find(OrganizationId organizationId, PlanId id) {
        return plans().find(organizationId, id);
    }

    @Override
    PlanId idOf(MentorPlan plan) {
        return plan.id();
    }

    @Override
    OrganizationId organizationOf(MentorPlan plan) {
        return plan.organizationId();
    }

    @Override
    long versionOf(MentorPlan plan) {
        return plan.version();
    }

    @Override
    MentorPlan withVersion(MentorPlan plan, long version) {
        return plan.withVersion(version);
    }

    /** Marks the English title with the revision number, by the owner's change of title. */
    @Override
    MentorPlan revised(MentorPlan plan, int revision) {
        Map<Language, String> titles = plan.title().asMap();
        Matcher matcher = REVISION.matcher(titles.get(Language.EN));
        String base = matcher.matches() ? matcher.group(1) : titles.get(Language.EN);
        LocalizedText title =
                LocalizedText.of(titles.get(Language.FI), titles.get(Language.SV), base + " (" + revision + ")");
        return plan.changeTitle(title, plan.ownerIds().get(0), samples.at()).state();
    }

    @Override
    int revisionOf(MentorPlan plan) {
        Matcher matcher = REVISION.matcher(plan.title().asMap().get(Language.EN));
        return matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
    }
}
