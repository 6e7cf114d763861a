package org.learningmentor.persistence.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningmentor.core.common.OrgUnitId;
import org.learningmentor.core.common.OrganizationId;
import org.learningmentor.core.common.PersonId;
import org.learningmentor.core.person.Person;
import org.learningmentor.core.person.Role;
import org.learningmentor.persistence.Page;
import org.learningmentor.persistence.PageRequest;
import org.learningmentor.persistence.PersonRepository;

/**
 * The people, in {@code <prefix>people} with their unit as a column, and their roles in {@code
 * <prefix>person_roles} (a person holds several).
 */
final class JdbcPersonRepository implements PersonRepository {

    private final DocumentTable<Person> table;
    private final DocumentTable<Person>.Query all;
    private final DocumentTable<Person>.Query byUnit;
    private final DocumentTable<Person>.Query byRole;

    JdbcPersonRepository(Database database, Tables tables) {
        this.table = new DocumentTable<>(
                database,
                new DocumentTable.Spec<>(
                        tables.people(),
                        Person.class,
                        Person::organizationId,
                        Person::id,
                        Person::version,
                        Person::withVersion,
                        List.of(new DocumentTable.Column<>(
                                "unit_id", person -> person.unitId().value())),
                        Optional.of(new DocumentTable.KeyTable<>(
                                tables.personRoles(), "role", "person_id", JdbcPersonRepository::roleNames))));
        this.all = table.all();
        this.byUnit = table.byColumn("unit_id");
        this.byRole = table.byKey();
    }

    private static Collection<String> roleNames(Person person) {
        return person.roles().stream().map(Role::name).toList();
    }

    @Override
    public Optional<Person> find(OrganizationId organizationId, PersonId id) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        return table.find(organizationId, id);
    }

    @Override
    public Person save(OrganizationId organizationId, Person person) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(person, "person");
        return table.saveUnder(organizationId, person, "Person");
    }

    @Override
    public Page<Person> findAll(OrganizationId organizationId, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(request, "request");
        return all.page(organizationId, null, request);
    }

    @Override
    public Page<Person> findByUnit(OrganizationId organizationId, OrgUnitId unitId, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(request, "request");
        return byUnit.page(organizationId, unitId.value(), request);
    }

    @Override
    public Page<Person> findByRole(OrganizationId organizationId, Role role, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(request, "request");
        return byRole.page(organizationId, role.name(), request);
    }

    @Override
    public String toString() {
        return "JdbcPersonRepository";
    }
}
