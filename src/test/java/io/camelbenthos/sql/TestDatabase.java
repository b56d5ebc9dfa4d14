package io.camelbenthos.sql;

import io.camelbenthos.testing.Services;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real database for a test, one per Benthos driver: the local PostgreSQL and MariaDB (skipped, or failed under CI,
 * when not reachable) or an sqlite file in the test's temp directory. Each gives a unique table name, a Benthos DSN
 * and its own JDBC connection to set up and read back; tables it made are dropped on close.
 */
public final class TestDatabase implements AutoCloseable {
    public final String driver;
    public final String dsn;
    private final Connection jdbc;
    private final List<String> tables = new ArrayList<>();

    private TestDatabase(String driver, String dsn, Connection jdbc) {
        this.driver = driver;
        this.dsn = dsn;
        this.jdbc = jdbc;
    }

    /** {@code postgres}, {@code mysql} or {@code sqlite} (in {@code dir}). */
    public static TestDatabase open(String driver, Path dir) throws SQLException {
        switch (driver) {
            case "postgres" -> {
                String host = Services.host("postgres");
                int port = Services.port("postgres", 5432);
                Services.require("PostgreSQL", host, port);
                return new TestDatabase(driver, "postgres://postgres@" + host + ":" + port + "/test?sslmode=disable",
                        DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/test?user=postgres"));
            }
            case "mysql" -> {
                String host = Services.host("mariadb");
                int port = Services.port("mariadb", 3306);
                Services.require("MariaDB", host, port);
                return new TestDatabase(driver, "root@tcp(" + host + ":" + port + ")/test",
                        DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/test?user=root"));
            }
            case "sqlite" -> {
                Path file = dir.resolve("test.db");
                return new TestDatabase(driver, file.toString(), DriverManager.getConnection("jdbc:sqlite:" + file));
            }
            default -> throw new IllegalArgumentException(driver);
        }
    }

    /** A fresh table name, dropped on close. */
    public String table() {
        String name = "cb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        tables.add(name);
        return name;
    }

    /** Runs DDL/DML on the test's own connection. */
    public void exec(String sql) throws SQLException {
        try (Statement st = jdbc.createStatement()) {
            st.execute(sql);
        }
    }

    /** The rows of a query, as column label to {@code getString}. */
    public List<Map<String, String>> rows(String sql) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Statement st = jdbc.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try {
            for (String t : tables) {
                exec("DROP TABLE IF EXISTS " + t);
            }
        } finally {
            jdbc.close();
        }
    }
}
