package io.camelbenthos.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Statement splitting (Benthos's splitSQLStatements) and postgres placeholders for JDBC. */
class SqlStatementsTest {

    @Test
    void splitsOnSemicolonsOutsideQuotesAndComments() {
        assertThat(SqlStatements.split("INSERT INTO t VALUES ('a;b'); -- c;\nSELECT \"x;\" FROM t; /* d; */"))
                .containsExactly("INSERT INTO t VALUES ('a;b');", "-- c;\nSELECT \"x;\" FROM t; /* d; */");
        assertThat(SqlStatements.split("SELECT 1")).containsExactly("SELECT 1");
        assertThat(SqlStatements.split("SELECT 1; -- trailing")).containsExactly("SELECT 1; -- trailing");
    }

    @Test
    void postgresDollarPlaceholdersBecomeJdbcOnesInTheirOrder() {
        SqlStatements.Prepared p = SqlStatements.nativeQuery("postgres",
                "SELECT * FROM t WHERE a = $2 AND b = $1 AND c = '$3' AND d ? 'k' AND e = $2");
        assertThat(p.sql()).isEqualTo("SELECT * FROM t WHERE a = ? AND b = ? AND c = '$3' AND d ?? 'k' AND e = ?");
        assertThat(p.order(List.of("one", "two"))).containsExactly("two", "one", "two");
    }

    @Test
    void otherDriversKeepTheirQuestionMarks() {
        SqlStatements.Prepared p = SqlStatements.nativeQuery("mysql", "SELECT ? FROM t");
        assertThat(p.sql()).isEqualTo("SELECT ? FROM t");
        assertThat(p.order(List.of(1L))).containsExactly(1L);
    }
}
