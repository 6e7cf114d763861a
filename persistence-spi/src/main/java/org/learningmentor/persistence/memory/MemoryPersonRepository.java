package org.learningmentor.persistence.memory;

import java.util.ArrayList;
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

/** The people of an in-memory store, indexed by unit and by role. */
final class MemoryPersonRepository implements PersonRepository {

    private final Table<Person> table;

    MemoryPersonRepository(Store store) {
        this.table = new Table<>(
                store,
                Person::organizationId,
                Person::id,
                Person::version,
                Person::withVersion,
                MemoryPersonRepository::indexKeys);
    }

    /** A person is found by their unit and by each of their roles; the key types keep them apart. */
    private static Collection<?> indexKeys(Person person) {
        List<Object> keys = new ArrayList<>(1 + person.roles().size());
        keys.add(person.unitId());
        keys.addAll(person.roles());
        return keys;
    }

    @Override
    public Optional<Person> find(OrganizationId organizationId, PersonId id) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(id, "id");
        return table.find(organizationId, id.value());
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
        return table.query(organizationId, null, request);
    }

    @Override
    public Page<Person> findByUnit(OrganizationId organizationId, OrgUnitId unitId, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(request, "request");
        return table.query(organizationId, unitId, request);
    }

    @Override
    public Page<Person> findByRole(OrganizationId organizationId, Role role, PageRequest request) {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(request, "request");
        return table.query(organizationId, role, request);
    }

    @Override
    public String toString() {
        return "MemoryPersonRepository";
    }
}
