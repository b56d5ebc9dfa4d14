package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** routes/sql_people.yaml: http_server to an sqlite sql_insert output, with a sql_select processor in a branch. */
class SqlPeopleRouteTest {
    @TempDir
    Path dir;

    @Test
    void storesEachRowAndRepliesWithWhatWasAlreadyThere() throws Exception {
        Path db = dir.resolve("people.db");
        try (RouteHarness route = RouteHarness.start("sql_people.yaml", Map.of("SQL_DSN", db.toString()))) {
            var first = route.post("{\"id\":1,\"name\":\"foo\"}");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).isEqualTo("{\"id\":1,\"name\":\"foo\",\"seen_before\":0}");
            var second = route.post("{\"id\":2,\"name\":\"foo\"}");
            assertThat(second.body()).isEqualTo("{\"id\":2,\"name\":\"foo\",\"seen_before\":1}");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM people")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void anHttpStreamOfOnlySqlAndMappingStepsRepliesFromTheEventLoopPath() throws Exception {
        Path db = dir.resolve("ev.db");
        String yaml = """
                input:
                  http_server: {path: /post}
                pipeline:
                  processors:
                    - sql_raw:
                        driver: sqlite
                        dsn: '%s'
                        init_statement: CREATE TABLE IF NOT EXISTS hits (name TEXT)
                        query: "INSERT INTO hits (name) VALUES (?); SELECT count(*) AS n FROM hits"
                        args_mapping: 'root = [ content().string() ]'
                    - mapping: 'root = "hits: " + this.index(0).n.string()'
                output:
                  sync_response: {}
                """.formatted(db);
        try (RouteHarness route = RouteHarness.startYaml("sql_ev.yaml", yaml, Map.of())) {
            assertThat(route.post("a").body()).isEqualTo("hits: 1");
            assertThat(route.post("b").body()).isEqualTo("hits: 2");
        }
    }
}
