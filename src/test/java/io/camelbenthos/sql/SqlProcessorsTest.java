package io.camelbenthos.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code sql_insert}, {@code sql_select} and {@code sql_raw} processors against real databases. */
class SqlProcessorsTest {
    @TempDir
    Path dir;

    private static String config(TestDatabase db, String processors) {
        return """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                %s
                output:
                  test_sink: {name: out}
                """.formatted(processors.replace("DRIVER", db.driver).replace("DSN", "'" + db.dsn + "'")
                .indent(4).stripTrailing());
    }

    private static String run(String yaml, String body) throws Exception {
        try (StreamHarness h = new StreamHarness(yaml)) {
            assertThat(h.send("in", body).getException()).isNull();
            return TestComponents.SINKS.get("out").get(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void insertThenSelectReturnsTheRowsAsAnArrayOfObjects(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER, name VARCHAR(50), score DECIMAL(5,2))");
            db.exec("INSERT INTO " + t + " (id, name, score) VALUES (1, 'old', 1.50)");
            String out = run(config(db, """
                    - sql_insert:
                        driver: DRIVER
                        dsn: DSN
                        table: %s
                        columns: [id, name, score]
                        args_mapping: 'root = [ this.id, this.name, this.score ]'
                    - sql_select:
                        driver: DRIVER
                        dsn: DSN
                        table: %s
                        columns: [id, name]
                        where: id >= ? AND name != ?
                        args_mapping: 'root = [ this.id - 1, "none" ]'
                        suffix: ORDER BY id
                    """.formatted(t, t)), "{\"id\":2,\"name\":\"new\",\"score\":2.25}");
            assertThat(out).isEqualTo("[{\"id\":1,\"name\":\"old\"},{\"id\":2,\"name\":\"new\"}]");
            assertThat(db.rows("SELECT score FROM " + t + " WHERE id = 2").get(0).get("score")).startsWith("2.25");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void rawQueriesUseTheDriversOwnPlaceholders(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER, name VARCHAR(50))");
            String p1 = driver.equals("postgres") ? "$1" : "?";
            String p2 = driver.equals("postgres") ? "$2" : "?";
            String out = run(config(db, """
                    - sql_raw:
                        driver: DRIVER
                        dsn: DSN
                        query: INSERT INTO %s (id, name) VALUES (%s, %s)
                        args_mapping: 'root = [ this.id, this.name ]'
                        exec_only: true
                    - sql_raw:
                        driver: DRIVER
                        dsn: DSN
                        query: SELECT name FROM %s WHERE id = %s
                        args_mapping: 'root = [ this.id ]'
                    """.formatted(t, p1, p2, t, p1)), "{\"id\":7,\"name\":\"seven\"}");
            assertThat(out).isEqualTo("[{\"name\":\"seven\"}]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void severalStatementsRunInOneTransactionAndTheLastGivesTheRows(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER)");
            String out = run(config(db, """
                    - sql_raw:
                        driver: DRIVER
                        dsn: DSN
                        query: "INSERT INTO %s (id) VALUES (1); INSERT INTO %s (id) VALUES (2); SELECT count(*) AS n FROM %s"
                    """.formatted(t, t, t)), "{}");
            assertThat(out).isEqualTo("[{\"n\":2}]");
        }
    }

    @Test
    void execOnlyKeepsTheMessageAndAFailureFlagsIt() throws Exception {
        try (TestDatabase db = TestDatabase.open("sqlite", dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER)");
            String yaml = config(db, """
                    - sql_raw:
                        driver: DRIVER
                        dsn: DSN
                        query: INSERT INTO %s (id) VALUES (?)
                        args_mapping: 'root = [ this.id ]'
                        exec_only: true
                    - sql_raw:
                        driver: DRIVER
                        dsn: DSN
                        query: SELECT nope FROM %s
                    """.formatted(t, t));
            String out = run(yaml, "{\"id\":3}");
            assertThat(out).startsWith("{\"id\":3} [error: ").contains("no such column: nope");
            assertThat(db.rows("SELECT id FROM " + t)).hasSize(1);
        }
    }

    @Test
    void unsafeDynamicQueriesAreInterpolatedPerMessage() throws Exception {
        try (TestDatabase db = TestDatabase.open("sqlite", dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER)");
            db.exec("INSERT INTO " + t + " (id) VALUES (4)");
            String out = run(config(db, """
                    - sql_raw:
                        driver: DRIVER
                        dsn: DSN
                        unsafe_dynamic_query: true
                        query: 'SELECT id FROM ${! this.table }'
                    """), "{\"table\":\"" + t + "\"}");
            assertThat(out).isEqualTo("[{\"id\":4}]");
        }
    }

    @Test
    void aMappingErrorFlagsTheMessageWithBenthossText() throws Exception {
        try (TestDatabase db = TestDatabase.open("sqlite", dir)) {
            String out = run(config(db, """
                    - sql_select:
                        driver: DRIVER
                        dsn: DSN
                        table: whatever
                        columns: ['*']
                        where: id = ?
                        args_mapping: 'root = "x"'
                    """), "{}");
            assertThat(out).startsWith("{} [error: mapping returned non-structured result: invalid character 'x'");
        }
    }

    @Test
    void anSqliteMemoryDatabaseIsOneConnectionSoItKeepsItsTables() throws Exception {
        String yaml = """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - sql_raw:
                        driver: sqlite
                        dsn: ':memory:'
                        init_statement: CREATE TABLE seen (id INTEGER)
                        query: "INSERT INTO seen (id) VALUES (1); SELECT count(*) AS n FROM seen"
                output:
                  test_sink: {name: out}
                """;
        try (StreamHarness h = new StreamHarness(yaml)) {
            var producer = h.camel().createProducerTemplate();
            var sent = java.util.stream.IntStream.range(0, 4).mapToObj(i -> producer.asyncSend("direct:test.in",
                    e -> e.getMessage().setBody("{}".getBytes()))).toList();
            for (var f : sent) {
                assertThat(f.get(30, java.util.concurrent.TimeUnit.SECONDS).getException()).isNull();
            }
        }
        assertThat(TestComponents.SINKS.get("out")).containsExactlyInAnyOrder(
                "[{\"n\":1}]", "[{\"n\":2}]", "[{\"n\":3}]", "[{\"n\":4}]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void selectAndRawRunOncePerMessageOfABatchEachWithItsOwnResultOrFlag(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER, name VARCHAR(50))");
            db.exec("INSERT INTO " + t + " (id, name) VALUES (1, 'one'), (2, 'two')");
            String yaml = config(db, """
                    - mapping: 'meta k = "m" + batch_index().string()'
                    - sql_select:
                        driver: DRIVER
                        dsn: DSN
                        table: %s
                        columns: [name]
                        where: id = ?
                        args_mapping: 'root = [ this.id ]'
                    """.formatted(t));
            try (StreamHarness h = new StreamHarness(yaml)) {
                Exchange done = h.sendBatch("in", "{\"id\":2}", "not json", "{\"id\":1}");
                assertThat(done.getException()).isNull();
                List<Message> out = BenthosExchange.batch(done).messages();
                assertThat(out).extracting(Message::contentAsString)
                        .containsExactly("[{\"name\":\"two\"}]", "not json", "[{\"name\":\"one\"}]");
                assertThat(out).extracting(Message::errored).containsExactly(false, true, false);
                assertThat(out).extracting(m -> m.metadata().get("k")).containsExactly("m0", "m1", "m2");
            }
            String raw = config(db, """
                    - sql_raw:
                        driver: DRIVER
                        dsn: DSN
                        query: SELECT count(*) AS n FROM %s WHERE id <= %s
                        args_mapping: 'root = [ this.id ]'
                    """.formatted(t, driver.equals("postgres") ? "$1" : "?"));
            try (StreamHarness h = new StreamHarness(raw)) {
                assertThat(StreamHarness.bodies(h.sendBatch("in", "{\"id\":1}", "{\"id\":2}")))
                        .containsExactly("[{\"n\":1}]", "[{\"n\":2}]");
            }
        }
    }

    @Test
    void insertProcessorWritesABatchAsOneInsertAndFlagsOnlyTheMessageWhoseMappingFails() throws Exception {
        try (TestDatabase db = TestDatabase.open("sqlite", dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER)");
            try (StreamHarness h = new StreamHarness(config(db, """
                    - sql_insert:
                        driver: DRIVER
                        dsn: DSN
                        table: %s
                        columns: [id]
                        args_mapping: 'root = [ this.id ]'
                    """.formatted(t)))) {
                Exchange done = h.sendBatch("in", "{\"id\":1}", "bad", "{\"id\":3}");
                List<Message> out = BenthosExchange.batch(done).messages();
                assertThat(out).extracting(Message::contentAsString).containsExactly("{\"id\":1}", "bad", "{\"id\":3}");
                assertThat(out).extracting(Message::errored).containsExactly(false, true, false);
            }
            assertThat(db.rows("SELECT id FROM " + t + " ORDER BY id")).extracting(r -> r.get("id"))
                    .containsExactly("1", "3");
        }
    }
}
