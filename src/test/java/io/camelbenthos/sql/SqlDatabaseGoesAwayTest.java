package io.camelbenthos.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TcpForwarder;
import io.camelbenthos.testing.TestComponents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that goes away and comes back: failures are nacks or flags, the next use reconnects, nothing stops. */
class SqlDatabaseGoesAwayTest {
    @TempDir
    Path dir;

    @Test
    void theOutputReconnectsAfterItsConnectionsWereCut() throws Exception {
        try (TestDatabase db = TestDatabase.open("postgres", dir);
             TcpForwarder proxy = new TcpForwarder(io.camelbenthos.testing.Services.host("postgres"),
                     io.camelbenthos.testing.Services.port("postgres", 5432))) {
            String t = db.table();
            db.exec("CREATE TABLE " + t + " (id INTEGER)");
            String yaml = """
                    input:
                      test_direct: {name: in}
                    pipeline:
                      processors:
                        - sql_select:
                            driver: postgres
                            dsn: postgres://postgres@127.0.0.1:%1$d/test?sslmode=disable
                            table: %2$s
                            columns: ['count(*) AS n']
                    output:
                      broker:
                        pattern: fan_out
                        outputs:
                          - sql_insert:
                              driver: postgres
                              dsn: postgres://postgres@127.0.0.1:%1$d/test?sslmode=disable
                              table: %2$s
                              columns: [id]
                              args_mapping: 'root = [ 1 ]'
                          - test_sink: {name: out}
                    """.formatted(proxy.port(), t);
            try (StreamHarness h = new StreamHarness(yaml)) {
                assertThat(h.send("in", "{}").getException()).isNull();
                proxy.dropAll();
                // the fan_out retries its failed child until the pool has a fresh connection
                assertThat(h.send("in", "{}").getException()).isNull();
                await().atMost(Duration.ofSeconds(30)).until(() -> db.rows("SELECT id FROM " + t).size() == 2);
                assertThat(TestComponents.SINKS.get("out")).hasSize(2).first().isEqualTo("[{\"n\":0}]");
            }
        }
    }

    @Test
    void initFilesAndTheInitStatementRunOnceOnTheFirstConnection() throws Exception {
        Path init = Files.createDirectories(dir.resolve("init/sub"));
        Files.writeString(init.resolve("a.sql"), "CREATE TABLE people (id INTEGER); INSERT INTO people VALUES (1);");
        Files.writeString(dir.resolve("init/b.txt"), "not SQL, not matched");
        try (TestDatabase db = TestDatabase.open("sqlite", dir)) {
            String yaml = """
                    input:
                      test_direct: {name: in}
                    pipeline:
                      processors:
                        - sql_raw:
                            driver: sqlite
                            dsn: '%s'
                            query: SELECT count(*) AS n FROM people
                            init_files: [ '%s/init/**/*.sql' ]
                            init_statement: INSERT INTO people VALUES (2)
                    output:
                      test_sink: {name: out}
                    """.formatted(db.dsn, dir);
            try (StreamHarness h = new StreamHarness(yaml)) {
                h.send("in", "{}");
                h.send("in", "{}");
            }
            assertThat(TestComponents.SINKS.get("out")).containsExactly("[{\"n\":2}]", "[{\"n\":2}]");
        }
    }
}
