-- Learning Mentor SDK schema, version 1, for H2 (2.x).
-- ${prefix} is the table prefix (lm_ by default). Run in the target schema (search_path, or SET SCHEMA on H2); the SDK's
-- Flyway run replaces the placeholder and sets the schema. Every aggregate table is keyed by
-- (organization_id, id), so it can be distributed by organization_id (Citus).

CREATE TABLE ${prefix}schema_version (
    id integer PRIMARY KEY CHECK (id = 1),
    version integer NOT NULL
);
INSERT INTO ${prefix}schema_version (id, version) VALUES (1, 1);

CREATE TABLE ${prefix}organizations (
    organization_id uuid NOT NULL,
    id uuid NOT NULL,
    version bigint NOT NULL,
    body JSON NOT NULL,
    PRIMARY KEY (organization_id, id),
    CHECK (id = organization_id)
);

CREATE TABLE ${prefix}people (
    organization_id uuid NOT NULL,
    id uuid NOT NULL,
    version bigint NOT NULL,
    unit_id uuid NOT NULL,
    body JSON NOT NULL,
    PRIMARY KEY (organization_id, id)
);
CREATE INDEX ${prefix}people_by_unit ON ${prefix}people (organization_id, unit_id, id);

CREATE TABLE ${prefix}person_roles (
    organization_id uuid NOT NULL,
    role varchar(32) NOT NULL,
    person_id uuid NOT NULL,
    PRIMARY KEY (organization_id, role, person_id)
);
CREATE INDEX ${prefix}person_roles_by_person ON ${prefix}person_roles (organization_id, person_id);

CREATE TABLE ${prefix}programs (
    organization_id uuid NOT NULL,
    id uuid NOT NULL,
    version bigint NOT NULL,
    phase varchar(32) NOT NULL,
    body JSON NOT NULL,
    PRIMARY KEY (organization_id, id)
);
CREATE INDEX ${prefix}programs_by_phase ON ${prefix}programs (organization_id, phase, id);

-- The outbox is read across organizations in one global sequence order, so it is not distributed.
CREATE TABLE ${prefix}outbox (
    sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id uuid NOT NULL,
    event_type varchar(100) NOT NULL,
    event JSON NOT NULL
);

-- H2 has no advisory locks: appends to the outbox lock this row until they commit, so sequence
-- numbers are taken in commit order.
CREATE TABLE ${prefix}outbox_lock (
    id integer PRIMARY KEY CHECK (id = 1)
);
INSERT INTO ${prefix}outbox_lock (id) VALUES (1);
