package io.camelbenthos.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Benthos DSNs as users write them, translated to JDBC (connectors reference §6.1). */
class SqlDsnTest {

    @Test
    void aPostgresUrlBecomesAJdbcUrlWithTheCredentialsAsProperties() {
        JdbcTarget t = SqlDsn.toJdbc("postgres", "postgres://foo%40x:p%3Ass@db.local:6543/shop?sslmode=disable&application_name=bt");
        assertThat(t.url()).isEqualTo("jdbc:postgresql://db.local:6543/shop");
        assertThat(t.properties()).containsEntry("user", "foo@x").containsEntry("password", "p:ss")
                .containsEntry("sslmode", "disable").containsEntry("ApplicationName", "bt")
                .containsEntry("stringtype", "unspecified");
    }

    @Test
    void postgresRequiresSslUnlessTheDsnSaysOtherwiseAsLibPqDoes() {
        assertThat(SqlDsn.toJdbc("postgres", "postgres://u@h/db").properties()).containsEntry("sslmode", "require");
    }

    @Test
    void aPostgresKeyValueDsnIsAccepted() {
        JdbcTarget t = SqlDsn.toJdbc("postgres", "host=h port=5433 user=u password='a b\\'c' dbname=d sslmode=disable");
        assertThat(t.url()).isEqualTo("jdbc:postgresql://h:5433/d");
        assertThat(t.properties()).containsEntry("user", "u").containsEntry("password", "a b'c")
                .containsEntry("sslmode", "disable");
    }

    @Test
    void aGoMysqlDsnBecomesAMariadbUrl() {
        JdbcTarget t = SqlDsn.toJdbc("mysql", "foouser:foo@pass@tcp(db:3307)/foodb?parseTime=true&timeout=5s&tls=skip-verify&useCompression=true");
        assertThat(t.url()).isEqualTo("jdbc:mariadb://db:3307/foodb");
        assertThat(t.parseTime()).isTrue();
        assertThat(t.properties()).containsEntry("user", "foouser").containsEntry("password", "foo@pass")
                .containsEntry("connectTimeout", "5000").containsEntry("sslMode", "trust")
                .containsEntry("useCompression", "true").doesNotContainKey("parseTime");
    }

    @Test
    void aMysqlDsnWithoutAddressUsesTheGoDriversDefault() {
        assertThat(SqlDsn.toJdbc("mysql", "root@/test").url()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/test");
        assertThat(SqlDsn.toJdbc("mysql", "/test").properties()).doesNotContainKey("user");
        assertThat(SqlDsn.toJdbc("mysql", "u@unix(/run/mysqld.sock)/x").properties())
                .containsEntry("localSocket", "/run/mysqld.sock");
    }

    @Test
    void aMysqlDsnWithoutSlashIsRefusedInTheGoDriversWords() {
        assertThatThrownBy(() -> SqlDsn.toJdbc("mysql", "root@tcp(h:1)"))
                .hasMessage("invalid DSN: missing the slash separating the database name");
    }

    @Test
    void anSqlitePathOrFileUriIsKeptAndPragmasBecomeProperties() {
        assertThat(SqlDsn.toJdbc("sqlite", "/tmp/x.db").url()).isEqualTo("jdbc:sqlite:/tmp/x.db");
        JdbcTarget t = SqlDsn.toJdbc("sqlite", "file:/tmp/x.db?_pragma=foreign_keys(1)&_pragma=busy_timeout(5000)&mode=rwc");
        assertThat(t.url()).isEqualTo("jdbc:sqlite:file:/tmp/x.db?mode=rwc");
        assertThat(t.properties()).containsEntry("foreign_keys", "true").containsEntry("busy_timeout", "5000");
    }

    @Test
    void aDriverWithoutAJdbcDriverHereIsRefused() {
        assertThatThrownBy(() -> SqlDsn.toJdbc("oracle", "oracle://x"))
                .hasMessageContaining("driver 'oracle' is not supported here");
    }
}
