package io.camelbenthos.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.readiness.ConnectionState;
import io.camelbenthos.runtime.InputLifecycle;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code sql_select} and {@code sql_raw} inputs (connectors reference §6.2, §6.3): a row per message, then the end. */
class SqlInputsTest {
    @TempDir
    Path dir;

    private static String config(String input) {
        return """
                input:
                %s
                output:
                  test_sink: {name: out}
                """.formatted(input.indent(2).stripTrailing());
    }

    private static List<String> sink() {
        return TestComponents.SINKS.getOrDefault("out", List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void sqlSelectEmitsOneMessagePerRowThenTheInputEnds(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER, name VARCHAR(50))");
            db.exec("INSERT INTO " + t + " (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
            try (StreamHarness h = new StreamHarness(config("""
                    sql_select:
                      driver: %s
                      dsn: '%s'
                      table: %s
                      columns: [id, name]
                      where: id > ?
                      args_mapping: 'root = [ 1 ]'
                      suffix: ORDER BY id
                    """.formatted(driver, db.dsn, t)))) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> InputLifecycle.of(h.camel()).isClosed("test"));
                assertThat(sink()).containsExactly("{\"id\":2,\"name\":\"b\"}", "{\"id\":3,\"name\":\"c\"}");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void sqlRawRunsItsOwnQuery(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER, name VARCHAR(50))");
            db.exec("INSERT INTO " + t + " (id, name) VALUES (1, 'a'), (2, 'b')");
            String p = driver.equals("postgres") ? "$1" : "?";
            try (StreamHarness h = new StreamHarness(config("""
                    sql_raw:
                      driver: %s
                      dsn: '%s'
                      query: SELECT name FROM %s WHERE id = %s
                      args_mapping: 'root = [ 2 ]'
                    """.formatted(driver, db.dsn, t, p)))) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> InputLifecycle.of(h.camel()).isClosed("test"));
                assertThat(sink()).containsExactly("{\"name\":\"b\"}");
            }
        }
    }

    @Test
    void aNackedRowIsReplayedUntilAcked() throws Exception {
        try (TestDatabase db = TestDatabase.open("sqlite", dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER)");
            db.exec("INSERT INTO " + t + " (id) VALUES (1)");
            String yaml = config("""
                    sql_raw:
                      driver: sqlite
                      dsn: '%s'
                      query: SELECT id FROM %s
                    """.formatted(db.dsn, t)).replace("test_sink: {name: out}", "test_sink: {name: out, fail_first: 3}");
            try (StreamHarness h = new StreamHarness(yaml)) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> InputLifecycle.of(h.camel()).isClosed("test"));
                assertThat(sink()).containsExactly("{\"id\":1}");
                assertThat(TestComponents.ATTEMPTS.get("out").get()).isEqualTo(4);
            }
        }
    }

    @Test
    void aDatabaseThatIsDownIsRetriedAndShownOnReady() throws Exception {
        int closed = AvailablePortFinder.getNextAvailable();
        try (StreamHarness h = new StreamHarness(config("""
                sql_select:
                  driver: postgres
                  dsn: postgres://postgres@127.0.0.1:%d/test?sslmode=disable
                  table: t
                  columns: ['*']
                """.formatted(closed)))) {
            SqlReader reader = h.camel().getRegistry().lookupByNameAndType("test.input.reader", SqlReader.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> reader.state().error() != null);
            ConnectionState state = reader.state();
            assertThat(state.connected()).isFalse();
            assertThat(state.error()).contains("127.0.0.1:" + closed);
            assertThat(InputLifecycle.of(h.camel()).isClosed("test")).isFalse();
        }
    }
}
