package io.camelbenthos.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.testing.StreamHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bloblang values as arguments: strings, numbers, bools, null, timestamps and bytes reach each database as Go sends them. */
class SqlArgumentTypesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void scalarsAndTimestampsAreStored(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String t = db.table();
            String time = switch (driver) {
                case "postgres" -> "TIMESTAMPTZ";
                case "mysql" -> "DATETIME(3)";
                default -> "TEXT";
            };
            String bool = driver.equals("postgres") ? "BOOLEAN" : "INTEGER";
            db.exec("CREATE TABLE " + t + " (i BIGINT, f DOUBLE PRECISION, b " + bool + ", s VARCHAR(20), n VARCHAR(5), "
                    + "ts " + time + ", num VARCHAR(20))");
            String yaml = """
                    input:
                      test_direct: {name: in}
                    output:
                      sql_insert:
                        driver: %s
                        dsn: '%s'
                        table: %s
                        columns: [i, f, b, s, n, ts, num]
                        args_mapping: |
                          root = [ this.i, this.f, true, "héllo", null,
                                   "2024-01-02T03:04:05.678Z".ts_parse("2006-01-02T15:04:05.999Z07:00"), this.num ]
                    """.formatted(driver, db.dsn, t);
            try (StreamHarness h = new StreamHarness(yaml)) {
                assertThat(h.send("in", "{\"i\":9007199254740993,\"f\":2.5,\"num\":12.75}").getException()).isNull();
            }
            var row = db.rows("SELECT * FROM " + t).get(0);
            assertThat(row.get("i")).isEqualTo("9007199254740993");
            assertThat(Double.parseDouble(row.get("f"))).isEqualTo(2.5);
            assertThat(row.get("b")).isIn("1", "t", "true");
            assertThat(row.get("s")).isEqualTo("héllo");
            assertThat(row.get("n")).isNull();
            assertThat(row.get("ts")).startsWith("2024-01-02").contains("03:04:05.678");
            assertThat(row.get("num")).isEqualTo("12.75");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void aSqlRawBatchOfSeveralQueriesIsOneTransaction(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER PRIMARY KEY)");
            String p = driver.equals("postgres") ? "$1" : "?";
            String yaml = """
                    input:
                      test_direct: {name: in}
                    output:
                      sql_raw:
                        driver: %s
                        dsn: '%s'
                        queries:
                          - query: INSERT INTO %s (id) VALUES (%s)
                            args_mapping: 'root = [ this.id ]'
                          - query: SELECT 1
                        batching: {count: 2}
                    """.formatted(driver, db.dsn, t, p);
            try (StreamHarness h = new StreamHarness(yaml)) {
                var producer = h.camel().createProducerTemplate();
                var first = producer.asyncSend("direct:test.in", e -> e.getMessage().setBody("{\"id\":1}".getBytes()));
                var second = producer.asyncSend("direct:test.in", e -> e.getMessage().setBody("{\"id\":1}".getBytes()));
                // the duplicate key fails the batch's transaction: both messages are nacked, nothing is stored
                assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS).getException()).isNotNull();
                assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS).getException()).isNotNull();
            }
            assertThat(db.rows("SELECT id FROM " + t)).isEmpty();
        }
    }
}
