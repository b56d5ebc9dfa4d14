package io.camelbenthos.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.testing.StreamHarness;
import io.camelbenthos.testing.TestComponents;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column values as Benthos's Go drivers scan them (connectors reference §6.1 "Row → message"): NUMERIC/DECIMAL and
 * JSON as strings, integers and floats as numbers, postgres times as RFC 3339 timestamps, mysql times as text without
 * {@code parseTime}, NULL as null.
 */
class SqlRowShapesTest {
    @TempDir
    Path dir;

    private String select(TestDatabase db, String query) throws Exception {
        String yaml = """
                input:
                  test_direct: {name: in}
                pipeline:
                  processors:
                    - sql_raw:
                        driver: %s
                        dsn: '%s'
                        query: "%s"
                output:
                  test_sink: {name: out}
                """.formatted(db.driver, db.dsn, query);
        try (StreamHarness h = new StreamHarness(yaml)) {
            h.send("in", "{}");
            return TestComponents.SINKS.get("out").get(0);
        }
    }

    @Test
    void postgres() throws Exception {
        try (TestDatabase db = TestDatabase.open("postgres", dir)) {
            assertThat(select(db, "SELECT 1::int AS i, 2::bigint AS b, 1.5::float8 AS f, 1.50::numeric(5,2) AS n, "
                    + "true AS t, 'x'::text AS s, NULL::text AS z, '{\\\"a\\\":1}'::jsonb AS j, "
                    + "'2024-01-02 03:04:05.123456+00'::timestamptz AS ts, '2024-01-02 03:04:05'::timestamp AS tl"))
                    .isEqualTo("[{\"b\":2,\"f\":1.5,\"i\":1,\"j\":\"{\\\"a\\\": 1}\",\"n\":\"1.50\",\"s\":\"x\","
                            + "\"t\":true,\"tl\":\"2024-01-02T03:04:05Z\",\"ts\":\"2024-01-02T03:04:05.123456Z\",\"z\":null}]");
        }
    }

    @Test
    void mysql() throws Exception {
        try (TestDatabase db = TestDatabase.open("mysql", dir)) {
            assertThat(select(db, "SELECT 1 AS i, CAST(1.5 AS DOUBLE) AS f, CAST(1.50 AS DECIMAL(5,2)) AS n, "
                    + "'x' AS s, NULL AS z, TIMESTAMP('2024-01-02 03:04:05') AS ts, true AS t"))
                    .isEqualTo("[{\"f\":1.5,\"i\":1,\"n\":\"1.50\",\"s\":\"x\",\"t\":1,"
                            + "\"ts\":\"2024-01-02 03:04:05\",\"z\":null}]");
        }
    }

    @Test
    void sqlite() throws Exception {
        try (TestDatabase db = TestDatabase.open("sqlite", dir)) {
            assertThat(select(db, "SELECT 1 AS i, 1.5 AS f, 'x' AS s, NULL AS z"))
                    .isEqualTo("[{\"f\":1.5,\"i\":1,\"s\":\"x\",\"z\":null}]");
        }
    }

    @Test
    void mysqlWithParseTimeGivesTimestamps() throws Exception {
        try (TestDatabase db = TestDatabase.open("mysql", dir)) {
            String yaml = """
                    input:
                      test_direct: {name: in}
                    pipeline:
                      processors:
                        - sql_raw:
                            driver: mysql
                            dsn: '%s?parseTime=true'
                            query: "SELECT TIMESTAMP('2024-01-02 03:04:05.5') AS ts, DATE('2024-01-02') AS d"
                    output:
                      test_sink: {name: out}
                    """.formatted(db.dsn);
            try (StreamHarness h = new StreamHarness(yaml)) {
                h.send("in", "{}");
            }
            assertThat(TestComponents.SINKS.get("out"))
                    .containsExactly("[{\"d\":\"2024-01-02T00:00:00Z\",\"ts\":\"2024-01-02T03:04:05.5Z\"}]");
        }
    }
}
