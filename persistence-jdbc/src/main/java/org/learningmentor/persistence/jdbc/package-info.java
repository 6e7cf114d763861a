/**
 * The persistence SPI over JDBC: {@link org.learningmentor.persistence.jdbc.JdbcPersistence} stores
 * the domain model in PostgreSQL (production) or H2 (embedded), chosen with {@link
 * org.learningmentor.persistence.jdbc.Dialect}. Aggregates are JSON documents with indexed columns,
 * every key starts with the organization id, and the schema comes from versioned scripts in {@code
 * db/migration/<dialect>} that the SDK applies with Flyway or the host with its own tool. It passes
 * the whole contract kit on both databases.
 */
package org.learningmentor.persistence.jdbc;
