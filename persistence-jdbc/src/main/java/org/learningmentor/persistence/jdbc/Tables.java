package org.learningmentor.persistence.jdbc;

/**
 * The qualified names of the SDK's tables: {@code [schema.]prefix + name}. Schema and prefix are
 * checked to be plain lower-case identifiers when the persistence is built, so they are safe to
 * write into SQL.
 */
record Tables(String schema, String prefix) {

    String name(String table) {
        return (schema == null ? "" : schema + ".") + prefix + table;
    }

    String organizations() {
        return name("organizations");
    }

    String people() {
        return name("people");
    }

    String personRoles() {
        return name("person_roles");
    }

    String programs() {
        return name("programs");
    }

    String pairs() {
        return name("pairs");
    }

    String plans() {
        return name("plans");
    }

    String surveys() {
        return name("surveys");
    }

    String responses() {
        return name("responses");
    }

    String evaluations() {
        return name("evaluations");
    }

    String outbox() {
        return name("outbox");
    }

    String outboxLock() {
        return name("outbox_lock");
    }

    String schemaVersion() {
        return name("schema_version");
    }

    /** The table in which Flyway records the SDK's migrations, apart from a host's own. */
    String historyTable() {
        return prefix + "schema_history";
    }
}
