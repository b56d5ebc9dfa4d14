package io.camelbenthos.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.testing.StreamHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code sql_insert} output against real databases (connectors reference §6.4). */
class SqlInsertOutputTest {
    @TempDir
    Path dir;

    private static String config(TestDatabase db, String table, String extra) {
        return """
                input:
                  test_direct: {name: in}
                output:
                  sql_insert:
                    driver: %s
                    dsn: '%s'
                    table: %s
                    columns: [id, name]
                    args_mapping: 'root = [ this.id, this.name ]'
                %s
                """.formatted(db.driver, db.dsn, table, extra.indent(4).stripTrailing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void insertsARowPerMessageAndAcks(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String table = db.table();
            db.exec("CREATE TABLE " + table + " (id INTEGER, name VARCHAR(50))");
            try (StreamHarness h = new StreamHarness(config(db, table, ""))) {
                assertThat(h.send("in", "{\"id\":1,\"name\":\"a\"}").getException()).isNull();
                assertThat(h.send("in", "{\"id\":2,\"name\":null}").getException()).isNull();
            }
            Map<String, String> second = new java.util.LinkedHashMap<>();
            second.put("id", "2");
            second.put("name", null);
            assertThat(db.rows("SELECT id, name FROM " + table + " ORDER BY id"))
                    .containsExactly(Map.of("id", "1", "name", "a"), second);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void aBatchIsOneInsertAckedOnceWritten(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String table = db.table();
            db.exec("CREATE TABLE " + table + " (id INTEGER, name VARCHAR(50))");
            try (StreamHarness h = new StreamHarness(config(db, table, "batching: {count: 3}"))) {
                ProducerTemplate producer = h.camel().createProducerTemplate();
                List<CompletableFuture<Exchange>> sent = List.of(1, 2, 3).stream()
                        .map(i -> producer.asyncSend("direct:test.in", e -> e.getMessage()
                                .setBody(("{\"id\":" + i + ",\"name\":\"n" + i + "\"}").getBytes())))
                        .toList();
                for (CompletableFuture<Exchange> f : sent) {
                    assertThat(f.get(30, TimeUnit.SECONDS).getException()).isNull();
                }
            }
            assertThat(db.rows("SELECT name FROM " + table + " ORDER BY id")).extracting(r -> r.get("name"))
                    .containsExactly("n1", "n2", "n3");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void aDatabaseErrorNacksTheMessage(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String table = db.table(); // never created
            try (StreamHarness h = new StreamHarness(config(db, table, ""))) {
                Exchange e = h.send("in", "{\"id\":1,\"name\":\"a\"}");
                assertThat(e.getException()).isNotNull();
                assertThat(e.getException().getMessage()).containsIgnoringCase(table);
            }
        }
    }

    @Test
    void anArgsMappingThatIsNoArrayNacksWithBenthossText() throws Exception {
        try (TestDatabase db = TestDatabase.open("sqlite", dir)) {
            String table = db.table();
            db.exec("CREATE TABLE " + table + " (id INTEGER, name VARCHAR(50))");
            String yaml = config(db, table, "").replace("root = [ this.id, this.name ]", "root = this");
            try (StreamHarness h = new StreamHarness(yaml)) {
                Exchange e = h.send("in", "{\"id\":1}");
                assertThat(e.getException()).hasMessage("mapping returned non-array result: map[string]interface {}");
            }
            assertThat(db.rows("SELECT * FROM " + table)).isEmpty();
        }
    }

    @Test
    void aDatabaseThatIsDownNacksEachMessageAndTheStreamStaysUp() throws Exception {
        int closed = AvailablePortFinder.getNextAvailable();
        String yaml = """
                input:
                  test_direct: {name: in}
                output:
                  sql_insert:
                    driver: postgres
                    dsn: postgres://postgres@127.0.0.1:%d/test?sslmode=disable
                    table: t
                    columns: [id]
                    args_mapping: 'root = [ 1 ]'
                """.formatted(closed);
        try (StreamHarness h = new StreamHarness(yaml)) {
            for (int i = 0; i < 2; i++) {
                Exchange e = h.send("in", "{}");
                assertThat(e.getException()).isNotNull();
                assertThat(e.getException().getMessage()).contains("127.0.0.1:" + closed);
            }
            assertThat(h.camel().getStatus().isStarted()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void oneTransactionOfSeveralMessagesIsOneInsertAndOneAck(String driver) throws Exception {
        try (TestDatabase db = TestDatabase.open(driver, dir)) {
            String table = db.table();
            db.exec("CREATE TABLE " + table + " (id INTEGER, name VARCHAR(50))");
            try (StreamHarness h = new StreamHarness(config(db, table, ""))) {
                assertThat(h.sendBatch("in", "{\"id\":1,\"name\":\"a\"}", "{\"id\":2,\"name\":\"b\"}")
                        .getException()).isNull();
                assertThat(h.sendBatch("in", "{\"id\":3,\"name\":\"c\"}", "not json").getException())
                        .as("a message whose mapping fails nacks the whole transaction, nothing written").isNotNull();
            }
            assertThat(db.rows("SELECT name FROM " + table + " ORDER BY id")).extracting(r -> r.get("name"))
                    .containsExactly("a", "b");
        }
    }
}
