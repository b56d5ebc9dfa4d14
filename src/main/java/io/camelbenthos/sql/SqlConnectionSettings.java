package io.camelbenthos.sql;

import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields every Benthos SQL component shares ({@code driver}, {@code dsn} and the connection fields, connectors
 * reference §6.1) as a JavaBean that the components' steps carry, so routes export.
 */
public class SqlConnectionSettings {
    private String driver = "";
    private String dsn = "";
    private List<String> initFiles = List.of();
    private String initStatement = "";
    private long connMaxIdleTimeMs;
    private long connMaxLifeTimeMs;
    private long connMaxIdle = 2;
    private long connMaxOpen;

    /** {@code driver}: the drivers this runtime has (Benthos lists more; the others are refused at lint). */
    public static FieldSpec driverField() {
        return FieldSpec.required("driver", FieldType.STRING, "A database driver to use.")
                .options("mysql", "postgres", "pgx", "clickhouse", "mssql", "sqlite", "oracle", "snowflake", "trino",
                        "gocosmos", "spanner", "databricks");
    }

    /** {@code dsn}. */
    public static FieldSpec dsnField() {
        return FieldSpec.required("dsn", FieldType.STRING, "A Data Source Name to identify the target database: "
                + "mysql `user:pass@tcp(host:3306)/db?params`, postgres `postgres://user:pass@host:5432/db?"
                + "sslmode=disable` (or key=value pairs), sqlite a file path or `file:` URI.");
    }

    /** The connection fields, after the component's own ones. */
    public static List<FieldSpec> connFields() {
        return List.of(
                FieldSpec.of("init_files", FieldType.STRING_LIST, null, "Files (glob patterns) of SQL statements "
                        + "executed once, on the first connection; a failure is logged as a warning.").asAdvanced(),
                FieldSpec.of("init_statement", FieldType.STRING, null, "An SQL statement executed once, on the first "
                        + "connection, after init_files; a failure is logged as a warning.").asAdvanced(),
                FieldSpec.of("conn_max_idle_time", FieldType.DURATION, null,
                        "Longest time a connection may be idle.").asAdvanced(),
                FieldSpec.of("conn_max_life_time", FieldType.DURATION, null,
                        "Longest time a connection may be reused.").asAdvanced(),
                FieldSpec.of("conn_max_idle", FieldType.INT, 2L,
                        "Most connections kept idle; <= 0 keeps none.").asAdvanced(),
                FieldSpec.of("conn_max_open", FieldType.INT, null,
                        "Most open connections; <= 0 (or unset) means no limit.").asAdvanced());
    }

    /** {@code fields} with driver and dsn in front and the connection fields after, as Benthos's specs list them. */
    public static List<FieldSpec> withConnectionFields(FieldSpec... fields) {
        List<FieldSpec> all = new ArrayList<>();
        all.add(driverField());
        all.add(dsnField());
        all.addAll(List.of(fields));
        all.addAll(connFields());
        return all;
    }

    /**
     * The settings of a component's config.
     *
     * @throws ConfigException when the driver is one this runtime has no JDBC driver for, or the DSN cannot be read
     */
    public static SqlConnectionSettings from(ComponentConfig config) {
        SqlConnectionSettings s = new SqlConnectionSettings();
        s.setDriver(config.string("driver"));
        s.setDsn(config.string("dsn"));
        try {
            SqlDsn.toJdbc(s.driver, s.dsn);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("driver '") ? "driver" : "dsn";
            throw new ConfigException(config.position(field), config.type() + ": " + e.getMessage());
        }
        if (config.isSet("init_files")) {
            s.setInitFiles(config.stringList("init_files"));
        }
        if (config.isSet("init_statement")) {
            s.setInitStatement(config.string("init_statement"));
        }
        if (config.isSet("conn_max_idle_time")) {
            s.setConnMaxIdleTimeMs(config.duration("conn_max_idle_time").toMillis());
        }
        if (config.isSet("conn_max_life_time")) {
            s.setConnMaxLifeTimeMs(config.duration("conn_max_life_time").toMillis());
        }
        s.setConnMaxIdle(config.integer("conn_max_idle"));
        if (config.isSet("conn_max_open")) {
            s.setConnMaxOpen(config.integer("conn_max_open"));
        }
        return s;
    }

    public String getDriver() {
        return driver;
    }

    public void setDriver(String driver) {
        this.driver = driver;
    }

    public String getDsn() {
        return dsn;
    }

    public void setDsn(String dsn) {
        this.dsn = dsn;
    }

    /** Glob patterns of files of SQL statements run once on first connect. */
    public List<String> getInitFiles() {
        return initFiles;
    }

    public void setInitFiles(List<String> initFiles) {
        this.initFiles = initFiles == null ? List.of() : List.copyOf(initFiles);
    }

    public String getInitStatement() {
        return initStatement;
    }

    public void setInitStatement(String initStatement) {
        this.initStatement = initStatement == null ? "" : initStatement;
    }

    /** 0: no limit. */
    public long getConnMaxIdleTimeMs() {
        return connMaxIdleTimeMs;
    }

    public void setConnMaxIdleTimeMs(long connMaxIdleTimeMs) {
        this.connMaxIdleTimeMs = connMaxIdleTimeMs;
    }

    /** 0: no limit. */
    public long getConnMaxLifeTimeMs() {
        return connMaxLifeTimeMs;
    }

    public void setConnMaxLifeTimeMs(long connMaxLifeTimeMs) {
        this.connMaxLifeTimeMs = connMaxLifeTimeMs;
    }

    public long getConnMaxIdle() {
        return connMaxIdle;
    }

    public void setConnMaxIdle(long connMaxIdle) {
        this.connMaxIdle = connMaxIdle;
    }

    /** <= 0: no limit. */
    public long getConnMaxOpen() {
        return connMaxOpen;
    }

    public void setConnMaxOpen(long connMaxOpen) {
        this.connMaxOpen = connMaxOpen;
    }
}
