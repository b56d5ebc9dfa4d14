package io.camelbenthos.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code sql_raw} output against real databases (connectors reference §6.5). */
class SqlRawOutputTest {
    @TempDir
    Path dir;

    private static String config(TestDatabase db, String output) {
        return """
                input:
                  test_direct: {name: in}
                output:
                  sql_raw:
                    driver: %s
                    dsn: '%s'
                %s
                """.formatted(db.driver, db.dsn, output.indent(4).stripTrailing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void runsTheQueryPerMessageWithItsArguments(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER, name VARCHAR(50))");
            String placeholders = driver.equals("postgres") ? "$2, $1" : "?, ?";
            String args = driver.equals("postgres") ? "[ this.name, this.id ]" : "[ this.id, this.name ]";
            try (StreamHarness h = new StreamHarness(config(db, """
                    query: INSERT INTO %s (id, name) VALUES (%s)
                    args_mapping: 'root = %s'
                    """.formatted(t, placeholders, args)))) {
                assertThat(h.send("in", "{\"id\":1,\"name\":\"a\"}").getException()).isNull();
                Exchange failed = h.send("in", "{\"id\":\"not a number\",\"name\":\"b\"}");
                if (!driver.equals("sqlite")) { // sqlite stores the text as it is
                    assertThat(failed.getException()).isNotNull();
                    assertThat(failed.getException().getMessage()).startsWith("running query: ");
                }
            }
            assertThat(db.rows("SELECT name FROM " + t + " WHERE id = 1")).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void queriesWithWhenRunTheFirstMatchingOneInATransaction(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER, name VARCHAR(50))");
            String p1 = driver.equals("postgres") ? "$1" : "?";
            String p2 = driver.equals("postgres") ? "$2" : "?";
            try (StreamHarness h = new StreamHarness(config(db, """
                    queries:
                      - query: DELETE FROM %1$s WHERE id = %2$s
                        args_mapping: 'root = [ this.id ]'
                        when: 'this.op == "delete"'
                      - query: INSERT INTO %1$s (id, name) VALUES (%2$s, %3$s)
                        args_mapping: 'root = [ this.id, this.name ]'
                    """.formatted(t, p1, p2)))) {
                assertThat(h.send("in", "{\"op\":\"insert\",\"id\":1,\"name\":\"a\"}").getException()).isNull();
                assertThat(h.send("in", "{\"op\":\"insert\",\"id\":2,\"name\":\"b\"}").getException()).isNull();
                assertThat(h.send("in", "{\"op\":\"delete\",\"id\":1}").getException()).isNull();
            }
            assertThat(db.rows("SELECT id FROM " + t)).extracting(r -> r.get("id")).containsExactly("2");
        }
    }

    @Test
    void aFailingQueryOfSeveralRollsBackTheOthers() throws Exception {
        try (TestDatabase db = TestDatabase.open("sqlite", dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER)");
            try (StreamHarness h = new StreamHarness(config(db, """
                    queries:
                      - query: INSERT INTO %s (id) VALUES (1)
                      - query: INSERT INTO nope (id) VALUES (1)
                    """.formatted(t)))) {
                Exchange e = h.send("in", "{}");
                assertThat(e.getException()).hasMessageStartingWith("running query: ").hasMessageContaining("nope");
            }
            assertThat(db.rows("SELECT id FROM " + t)).isEmpty();
        }
    }

    @Test
    void aWhenThatIsNoBoolNacks() throws Exception {
        try (TestDatabase db = TestDatabase.open("sqlite", dir)) {
            try (StreamHarness h = new StreamHarness(config(db, """
                    queries:
                      - query: SELECT 2
                        when: 'root = 5'
                    """))) {
                Exchange e = h.send("in", "{}");
                assertThat(e.getException()).hasMessage("when condition returned non-boolean value: int64");
            }
        }
    }

    @Test
    void neitherQueryNorQueriesIsAConfigError() throws Exception {
        try (TestDatabase db = TestDatabase.open("sqlite", dir)) {
            assertThatThrownBy(() -> new StreamHarness(config(db, "max_in_flight: 1")))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("either field 'query' or field 'queries' is required");
        }
    }

    @Test
    void aDriverWithoutJdbcDriverHereIsAConfigError() {
        assertThatThrownBy(() -> new StreamHarness("""
                input:
                  test_direct: {name: in}
                output:
                  sql_raw: {driver: oracle, dsn: 'oracle://x', query: SELECT 1}
                """)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("sql_raw: driver 'oracle' is not supported here");
    }
}
