-- Learning Mentor SDK schema, version 2, for PostgreSQL: mentoring pairs, mentor plans, surveys, their
-- anonymous responses and evaluations. ${prefix} is the table prefix (lm_ by default); run in the target schema, after V1.
-- Every table's primary key starts with organization_id, so it can be distributed by it (Citus).

CREATE TABLE ${prefix}pairs (
    organization_id uuid NOT NULL,
    id uuid NOT NULL,
    version bigint NOT NULL,
    program_id uuid NOT NULL,
    body jsonb NOT NULL,
    PRIMARY KEY (organization_id, id)
);
CREATE INDEX ${prefix}pairs_by_program ON ${prefix}pairs (organization_id, program_id, id);

CREATE TABLE ${prefix}plans (
    organization_id uuid NOT NULL,
    id uuid NOT NULL,
    version bigint NOT NULL,
    program_id uuid NOT NULL,
    body jsonb NOT NULL,
    PRIMARY KEY (organization_id, id)
);
CREATE INDEX ${prefix}plans_by_program ON ${prefix}plans (organization_id, program_id, id);

CREATE TABLE ${prefix}surveys (
    organization_id uuid NOT NULL,
    id uuid NOT NULL,
    version bigint NOT NULL,
    program_id uuid NOT NULL,
    body jsonb NOT NULL,
    PRIMARY KEY (organization_id, id)
);
CREATE INDEX ${prefix}surveys_by_program ON ${prefix}surveys (organization_id, program_id, id);

-- Anonymous and append-only: the SDK only inserts and reads these rows. No column names a person;
-- the key makes a second response with the same token to the same survey a unique-key violation.
-- The body is json, not jsonb: jsonb reorders object keys, and a response's answers are an object
-- in the instrument's item order, which the response keeps (and its equality compares).
CREATE TABLE ${prefix}responses (
    organization_id uuid NOT NULL,
    survey_id uuid NOT NULL,
    token_digest varchar(64) COLLATE "C" NOT NULL,
    body json NOT NULL,
    PRIMARY KEY (organization_id, survey_id, token_digest)
);

CREATE TABLE ${prefix}evaluations (
    organization_id uuid NOT NULL,
    id uuid NOT NULL,
    version bigint NOT NULL,
    program_id uuid NOT NULL,
    body jsonb NOT NULL,
    PRIMARY KEY (organization_id, id)
);
CREATE INDEX ${prefix}evaluations_by_program ON ${prefix}evaluations (organization_id, program_id, id);

UPDATE ${prefix}schema_version SET version = 2 WHERE id = 1;
