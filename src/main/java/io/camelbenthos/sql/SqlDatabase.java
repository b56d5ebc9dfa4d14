package io.camelbenthos.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One component's database handle, as Go's {@code sql.DB}: a HikariCP pool opened lazily (opening never connects,
 * so a database that is down does not fail the start; each query then fails and is retried by whoever asked) plus a
 * dedicated executor with one thread per pooled connection, where every blocking JDBC call runs. Callers get a
 * {@link CompletableFuture} and never block a Camel thread. {@code init_files} and {@code init_statement} run once,
 * on the first successful connection, failures logged as Benthos's warnings.
 */
public final class SqlDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqlDatabase.class);
    private static final String HIKARI_LEVEL = "org.slf4j.simpleLogger.log.com.zaxxer.hikari";

    static {
        // Under slf4j-simple, the pool's own lines (start, shutdown, "marked as broken" with a stack trace) stay out
        // unless the user chose a level: the components log each failure once, in Benthos's words.
        if (System.getProperty(HIKARI_LEVEL) == null) {
            System.setProperty(HIKARI_LEVEL, "error");
        }
    }
    /** Go's sql.DB has no open limit by default; a pool needs one. */
    static final int UNLIMITED_OPEN = 64;

    /** A blocking piece of work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws Exception;
    }

    private final SqlConnectionSettings settings;
    private final JdbcTarget target;
    private final HikariDataSource pool;
    private final ExecutorService executor;
    private final AtomicBoolean initialised = new AtomicBoolean();

    public SqlDatabase(CamelContext camel, Object owner, String name, SqlConnectionSettings settings) {
        this.settings = settings;
        this.target = SqlDsn.toJdbc(settings.getDriver(), settings.getDsn());
        int maxOpen = settings.getConnMaxOpen() > 0 ? (int) settings.getConnMaxOpen() : UNLIMITED_OPEN;
        boolean memory = inMemory(settings);
        if (memory) {
            maxOpen = 1;
        }
        HikariConfig config = config(name, maxOpen);
        if (memory) {
            // the one connection is the database: never retire it
            config.setIdleTimeout(0);
            config.setMaxLifetime(0);
        }
        this.pool = new HikariDataSource(config);
        this.executor = camel.getExecutorServiceManager().newFixedThreadPool(owner, "sql " + name, maxOpen);
    }

    /**
     * An sqlite database in memory lives as long as its connection and is private to it, so such a component keeps
     * one connection (Go's pool would open a second, empty database under concurrent use).
     */
    static boolean inMemory(SqlConnectionSettings settings) {
        String dsn = settings.getDsn();
        return settings.getDriver().equals("sqlite")
                && (dsn.contains(":memory:") || dsn.contains("mode=memory")) && !dsn.contains("cache=shared");
    }

    private HikariConfig config(String name, int maxOpen) {
        HikariConfig c = new HikariConfig();
        c.setPoolName(name);
        c.setJdbcUrl(target.url());
        c.setDataSourceProperties(target.properties());
        c.setMaximumPoolSize(maxOpen);
        // Go keeps up to conn_max_idle connections after use but never opens idle ones ahead: no minimum here, so a
        // database that is down is not polled in the background; an unused connection retires after the idle time.
        c.setMinimumIdle(0);
        long idle = settings.getConnMaxIdle() <= 0 ? 10_000 : settings.getConnMaxIdleTimeMs();
        c.setIdleTimeout(idle <= 0 ? 0 : Math.max(10_000, idle));
        long life = settings.getConnMaxLifeTimeMs();
        c.setMaxLifetime(life <= 0 ? 0 : Math.max(30_000, life));
        c.setConnectionTimeout(3_000);
        c.setInitializationFailTimeout(-1); // opening the pool must not connect (Go's sql.Open does not)
        if (settings.getDriver().equals("sqlite")) {
            c.setConnectionTestQuery("SELECT 1");
        }
        return c;
    }

    /** The driver, as the config names it. */
    public String driver() {
        return settings.getDriver();
    }

    /** mysql's {@code parseTime}. */
    public boolean parseTime() {
        return target.parseTime();
    }

    /** Runs {@code work} on the executor with a pooled connection (auto-commit), the init statements first. */
    public <T> CompletableFuture<T> submit(Work<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try (Connection connection = pool.getConnection()) {
                    initOnce(connection);
                    result.complete(work.run(connection));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RuntimeException rejected) { // stopping
            result.completeExceptionally(new SQLException("sql: database is closed"));
        }
        return result;
    }

    /** Runs {@code work} on the calling thread (which must be one that may block, e.g. an input's reader). */
    public <T> T run(Work<T> work) throws Exception {
        try (Connection connection = pool.getConnection()) {
            initOnce(connection);
            return work.run(connection);
        }
    }

    private void initOnce(Connection connection) {
        if (!initialised.compareAndSet(false, true)) {
            return;
        }
        for (Path file : initFiles()) {
            try {
                exec(connection, Files.readString(file));
                LOG.debug("Successfully ran init_file '{}'", file);
            } catch (IOException | SQLException e) {
                LOG.warn("Failed to execute init_file '{}': {}", file, SqlErrors.text(e));
            }
        }
        if (!settings.getInitStatement().isBlank()) {
            try {
                exec(connection, settings.getInitStatement());
                LOG.debug("Successfully ran init_statement");
            } catch (SQLException e) {
                LOG.warn("Failed to execute init_statement: {}", SqlErrors.text(e));
            }
        }
    }

    /** Runs a script: Go's drivers take several statements in one Exec (mysql with multiStatements); JDBC one each. */
    private static void exec(Connection connection, String script) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String statement : SqlStatements.split(script)) {
                st.execute(statement);
            }
        }
    }

    /** init_files expanded: a pattern with glob characters (`**` too) is matched under its fixed leading directory. */
    private List<Path> initFiles() {
        List<Path> files = new ArrayList<>();
        for (String pattern : settings.getInitFiles()) {
            if (!pattern.matches(".*[*?\\[{].*")) {
                files.add(Paths.get(pattern));
                continue;
            }
            String fixed = pattern.substring(0, Math.max(0, pattern.lastIndexOf('/', firstGlob(pattern)) + 1));
            Path base = Paths.get(fixed.isEmpty() ? "." : fixed);
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(fixed.length()));
            try (Stream<Path> walk = Files.walk(base)) {
                walk.filter(Files::isRegularFile).filter(p -> matcher.matches(base.relativize(p)))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                LOG.warn("Failed to expand init_files pattern '{}': {}", pattern, e.getMessage());
            }
        }
        return files;
    }

    private static int firstGlob(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if ("*?[{".indexOf(pattern.charAt(i)) >= 0) {
                return i;
            }
        }
        return pattern.length();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        pool.close();
    }
}
