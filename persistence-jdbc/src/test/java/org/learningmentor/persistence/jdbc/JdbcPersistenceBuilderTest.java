package org.learningmentor.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builder refuses a configuration that cannot work, naming every problem at once. */
class JdbcPersistenceBuilderTest {

    @Test
    void buildWithoutDataSourceAndDialectNamesBoth() {
        assertThatThrownBy(() -> JdbcPersistence.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataSource is missing")
                .hasMessageContaining("dialect is missing");
    }

    @Test
    void buildWithASchemaOrPrefixThatIsNotAPlainIdentifierNamesEachAndRunsNothing() {
        assertThatThrownBy(() -> JdbcPersistence.builder()
                        .dataSource(Databases.H2.fresh("builder"))
                        .dialect(Dialect.H2)
                        .schema("x; DROP TABLE lm_people")
                        .tablePrefix("LM-")
                        .statementTimeout(Duration.ofMillis(500))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schema \"x; DROP TABLE lm_people\"")
                .hasMessageContaining("tablePrefix \"LM-\"")
                .hasMessageContaining("statementTimeout PT0.5S");
    }

    @Test
    void nullSettingsAreRefusedNamingTheParameter() {
        JdbcPersistence.Builder builder = JdbcPersistence.builder();

        assertThatThrownBy(() -> builder.dataSource(null)).hasMessageContaining("dataSource");
        assertThatThrownBy(() -> builder.dialect(null)).hasMessageContaining("dialect");
        assertThatThrownBy(() -> builder.schema(null)).hasMessageContaining("schema");
        assertThatThrownBy(() -> builder.tablePrefix(null)).hasMessageContaining("tablePrefix");
        assertThatThrownBy(() -> builder.statementTimeout(null)).hasMessageContaining("statementTimeout");
    }

    @Test
    void anEmptyPrefixIsAllowed() {
        JdbcPersistence persistence = JdbcPersistence.builder()
                .dataSource(Databases.H2.fresh("noprefix"))
                .dialect(Dialect.H2)
                .tablePrefix("")
                .migrate(true)
                .build();

        assertThat(persistence.toString()).contains("H2").contains("*");
    }

    @Test
    void cursorsAreOpaqueAndRefuseWhatTheyDidNotMake() {
        java.util.UUID id = java.util.UUID.randomUUID();

        assertThat(Cursors.positionOf(Cursors.after(id))).isEqualTo(id);
        assertThatThrownBy(() -> Cursors.positionOf("AAAA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cursors.positionOf("not base64!")).isInstanceOf(IllegalArgumentException.class);
    }
}
