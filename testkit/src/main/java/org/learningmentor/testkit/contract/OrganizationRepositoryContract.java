package org.learningmentor.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.organization.Organization;
import org.learningmentor.persistence.OrganizationRepository;

/**
 * The contract tests of {@link OrganizationRepository}: subclass with the factory of the
 * implementation under test.
 *
 * <pre>{@code
 * class JdbcOrganizationRepositoryTest extends OrganizationRepositoryContract {
 *     @Override
 *     protected Persistence createPersistence() {
 *         return JdbcPersistence.create(dataSource);
 *     }
 * }
 * }</pre>
 *
 * The organizations are sample agencies from {@link org.learningmentor.testkit.sample.SampleData},
 * each with its unit tree; changes are unit renames by command.
 */
public abstract class OrganizationRepositoryContract extends AggregateRepositoryContract<Organization, OrganizationId> {

    /** People in each sample agency: enough for a unit tree of a few levels. */
    private static final int AGENCY_SIZE = 60;

    /** Creates the test; JUnit calls it. */
    protected OrganizationRepositoryContract() {}

    @Override
    String aggregateName() {
        return "organization";
    }

    @Override
    Organization aNewAggregate() {
        return samples.agency(AGENCY_SIZE).organization();
    }

    @Override
    Organization anotherNewAggregateLike(Organization template) {
        return Organization.builder()
                .id(samples.organizationId())
                .name(template.name())
                .addAllLanguages(template.languages())
                .settings(template.settings())
                .addAllUnits(template.units())
                .build();
    }

    @Override
    Optional<Organization> find(OrganizationId organizationId, OrganizationId id) {
        return organizations().find(id);
    }

    @Override
    Organization save(Organization organization) {
        return organizations().save(organization);
    }

    @Override
    OrganizationId idOf(Organization organization) {
        return organization.id();
    }

    @Override
    OrganizationId organizationOf(Organization organization) {
        return organization.id();
    }

    @Override
    long versionOf(Organization organization) {
        return organization.version();
    }

    @Override
    Organization withVersion(Organization organization, long version) {
        return organization.withVersion(version);
    }

    @Override
    Organization revised(Organization organization, int revision) {
        return Samples.revised(organization, revision, samples.at()).state();
    }

    @Override
    int revisionOf(Organization organization) {
        return Samples.revisionOf(organization);
    }

    @Test
    public void findReturnsOnlyTheOrganizationWithTheId() {
        Organization first = save(aNewAggregate());
        Organization second = save(aNewAggregate());

        assertThat(organizations().find(first.id())).contains(first);
        assertThat(organizations().find(second.id())).contains(second);
        assertThat(organizations().find(samples.organizationId())).isEmpty();
    }

    @Test
    public void findOfNullIsRefusedWithNullPointerExceptionNamingTheParameter() {
        assertThatThrownBy(() -> organizations().find(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("id");
    }
}
