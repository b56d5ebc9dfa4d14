package io.camelbenthos.sql;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.bloblang.go.GoTimeException;

/**
 * Benthos's {@code dsn} as users write it for its Go drivers, turned into a JDBC URL and properties:
 * <ul>
 *   <li>{@code postgres} (lib/pq): a URL {@code postgres://user:pass@host:5432/db?sslmode=disable} or key=value pairs
 *       {@code host=h port=5432 user=u password=p dbname=db sslmode=disable}; as lib/pq, SSL is required unless the
 *       DSN says otherwise. Parameters are sent as untyped text ({@code stringtype=unspecified}), as lib/pq sends
 *       them, so the server infers their types.</li>
 *   <li>{@code mysql} (go-sql-driver): {@code user:pass@tcp(host:3306)/db?params}, on MariaDB's client; the Go
 *       parameters that have a JDBC counterpart are translated ({@code tls}, {@code timeout}, {@code readTimeout},
 *       {@code multiStatements}), Go-only ones dropped ({@code parseTime} is kept for the row conversion), others
 *       passed on as driver options.</li>
 *   <li>{@code sqlite} (modernc): a file path or {@code file:} URI; {@code _pragma=name(value)} parameters become
 *       sqlite-jdbc's pragma properties.</li>
 * </ul>
 */
public final class SqlDsn {
    private SqlDsn() {
    }

    /**
     * The JDBC target of {@code dsn} for {@code driver}.
     *
     * @throws IllegalArgumentException with a Go-like reason when the DSN cannot be read or the driver is not one
     *     of postgres, mysql, sqlite
     */
    public static JdbcTarget toJdbc(String driver, String dsn) {
        return switch (driver) {
            case "postgres", "pgx" -> postgres(dsn);
            case "mysql" -> mysql(dsn);
            case "sqlite" -> sqlite(dsn);
            default -> throw new IllegalArgumentException("driver '" + driver
                    + "' is not supported here (supported: postgres, mysql, sqlite)");
        };
    }

    // ---------------------------------------------------------------- postgres

    private static JdbcTarget postgres(String dsn) {
        Map<String, String> kv = dsn.startsWith("postgres://") || dsn.startsWith("postgresql://")
                ? postgresUrl(dsn) : postgresKeyValues(dsn);
        String host = kv.remove("host");
        String port = kv.remove("port");
        String db = kv.remove("dbname");
        Properties props = new Properties();
        String user = kv.remove("user");
        String password = kv.remove("password");
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        // lib/pq's default is "require"; pgjdbc's would be "prefer"
        String sslmode = kv.remove("sslmode");
        props.setProperty("sslmode", sslmode == null || sslmode.isEmpty() ? "require" : sslmode);
        String connectTimeout = kv.remove("connect_timeout");
        if (connectTimeout != null) {
            props.setProperty("connectTimeout", connectTimeout);
        }
        String appName = kv.remove("application_name");
        if (appName != null) {
            props.setProperty("ApplicationName", appName);
        }
        kv.remove("fallback_application_name");
        props.setProperty("stringtype", "unspecified");
        // anything else (options, sslcert, ...) goes to pgjdbc as is
        kv.forEach(props::setProperty);
        String h = host == null || host.isEmpty() ? "localhost" : host;
        if (h.startsWith("/")) {
            throw new IllegalArgumentException("unix socket hosts are not supported: " + h);
        }
        StringBuilder url = new StringBuilder("jdbc:postgresql://");
        url.append(h.contains(":") && !h.startsWith("[") && !h.contains(",") ? "[" + h + "]" : h);
        if (port != null && !port.isEmpty() && !h.contains(",")) {
            url.append(':').append(port);
        }
        url.append('/').append(db == null ? "" : db);
        return new JdbcTarget(url.toString(), props, false);
    }

    private static Map<String, String> postgresUrl(String dsn) {
        URI uri;
        try {
            uri = new URI(dsn);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("parse \"" + dsn + "\": " + e.getMessage());
        }
        Map<String, String> kv = new LinkedHashMap<>();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            kv.put("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                kv.put("password", decode(userInfo.substring(colon + 1)));
            }
        }
        if (uri.getHost() != null) {
            kv.put("host", uri.getHost());
        } else if (uri.getRawAuthority() != null) {
            // several hosts: URI leaves them in the authority
            String authority = uri.getRawAuthority();
            kv.put("host", authority.substring(authority.indexOf('@') + 1));
        }
        if (uri.getPort() >= 0) {
            kv.put("port", Integer.toString(uri.getPort()));
        }
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            kv.put("dbname", path.substring(1));
        }
        kv.putAll(query(uri.getRawQuery()));
        return kv;
    }

    /** lib/pq's key=value form: space-separated, values optionally single-quoted with backslash escapes. */
    static Map<String, String> postgresKeyValues(String dsn) {
        Map<String, String> kv = new LinkedHashMap<>();
        int i = 0;
        int n = dsn.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(dsn.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int eq = dsn.indexOf('=', i);
            if (eq < 0) {
                throw new IllegalArgumentException("missing \"=\" after \"" + dsn.substring(i) + "\" in connection info string\"");
            }
            String key = dsn.substring(i, eq).strip();
            i = eq + 1;
            while (i < n && Character.isWhitespace(dsn.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && dsn.charAt(i) == '\'') {
                i++;
                while (i < n && dsn.charAt(i) != '\'') {
                    char c = dsn.charAt(i++);
                    if (c == '\\' && i < n) {
                        c = dsn.charAt(i++);
                    }
                    value.append(c);
                }
                if (i >= n) {
                    throw new IllegalArgumentException("unterminated quoted string literal in connection string");
                }
                i++;
            } else {
                while (i < n && !Character.isWhitespace(dsn.charAt(i))) {
                    char c = dsn.charAt(i++);
                    if (c == '\\' && i < n) {
                        c = dsn.charAt(i++);
                    }
                    value.append(c);
                }
            }
            kv.put(key, value.toString());
        }
        return kv;
    }

    // ---------------------------------------------------------------- mysql

    private static JdbcTarget mysql(String dsn) {
        int slash = dsn.lastIndexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("invalid DSN: missing the slash separating the database name");
        }
        String head = dsn.substring(0, slash);
        String tail = dsn.substring(slash + 1);
        int q = tail.indexOf('?');
        String db = q < 0 ? tail : tail.substring(0, q);
        Map<String, String> params = q < 0 ? new LinkedHashMap<>() : query(tail.substring(q + 1));

        Properties props = new Properties();
        int at = head.lastIndexOf('@');
        String address = head;
        if (at >= 0) {
            String userInfo = head.substring(0, at);
            address = head.substring(at + 1);
            int colon = userInfo.indexOf(':');
            props.setProperty("user", colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) {
                props.setProperty("password", userInfo.substring(colon + 1));
            }
        }
        String net = "tcp";
        String addr = "";
        int paren = address.indexOf('(');
        if (paren >= 0) {
            if (!address.endsWith(")")) {
                throw new IllegalArgumentException("invalid DSN: network address not terminated (missing closing brace)");
            }
            net = address.substring(0, paren);
            addr = address.substring(paren + 1, address.length() - 1);
        } else if (!address.isEmpty()) {
            net = address;
        }
        String hostPort;
        if (net.equals("unix")) {
            props.setProperty("localSocket", addr.isEmpty() ? "/tmp/mysql.sock" : addr);
            hostPort = "localhost";
        } else if (net.equals("tcp") || net.equals("tcp6") || net.equals("tcp4")) {
            hostPort = addr.isEmpty() ? "127.0.0.1:3306" : addr.contains(":") ? addr : addr + ":3306";
        } else {
            throw new IllegalArgumentException("invalid DSN: unknown network " + net);
        }

        // go-sql-driver scans TINYINT(1) as an int64, not a bool
        props.setProperty("tinyInt1isBit", "false");
        boolean parseTime = false;
        for (Map.Entry<String, String> p : params.entrySet()) {
            String key = p.getKey();
            String value = p.getValue();
            switch (key) {
                case "parseTime" -> parseTime = value.equals("true") || value.equals("1");
                case "tls" -> props.setProperty("sslMode", switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "1" -> "verify-full";
                    case "skip-verify", "preferred" -> "trust";
                    default -> "disable";
                });
                case "timeout" -> props.setProperty("connectTimeout", Long.toString(millis(key, value)));
                case "readTimeout" -> props.setProperty("socketTimeout", Long.toString(millis(key, value)));
                case "multiStatements" -> props.setProperty("allowMultiQueries", value);
                // Go-only settings without a JDBC counterpart (the JDBC driver negotiates utf8mb4 itself)
                case "loc", "charset", "collation", "interpolateParams", "writeTimeout", "allowNativePasswords",
                     "allowCleartextPasswords", "allowOldPasswords", "clientFoundRows", "columnsWithAlias",
                     "checkConnLiveness", "maxAllowedPacket", "rejectReadOnly", "serverPubKey", "time_zone",
                     "allowAllFiles", "allowFallbackToPlaintext", "connectionAttributes" -> {
                }
                default -> props.setProperty(key, value);
            }
        }
        return new JdbcTarget("jdbc:mariadb://" + hostPort + "/" + db, props, parseTime);
    }

    private static long millis(String key, String value) {
        try {
            return Duration.ofNanos(GoDuration.parse(value)).toMillis();
        } catch (GoTimeException e) {
            throw new IllegalArgumentException("invalid DSN: " + key + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- sqlite

    private static JdbcTarget sqlite(String dsn) {
        Properties props = new Properties();
        int q = dsn.indexOf('?');
        String file = q < 0 ? dsn : dsn.substring(0, q);
        StringBuilder kept = new StringBuilder();
        if (q >= 0) {
            for (String pair : dsn.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equals("_pragma")) {
                    pragma(value, props);
                } else if (!key.startsWith("_")) {
                    // SQLite's own URI parameters (mode, cache, immutable, ...)
                    kept.append(kept.length() == 0 ? "?" : "&").append(pair);
                }
            }
        }
        if (file.startsWith("file:") || kept.length() > 0) {
            props.setProperty("open_mode", Integer.toString(0x06 | 0x40)); // read-write, create, SQLITE_OPEN_URI
        }
        String target = kept.length() > 0 && !file.startsWith("file:") ? "file:" + file : file;
        return new JdbcTarget("jdbc:sqlite:" + target + kept, props, false);
    }

    /** {@code name(value)}: sqlite-jdbc reads most pragmas from properties of the same name. */
    private static void pragma(String spec, Properties props) {
        int open = spec.indexOf('(');
        if (open < 0 || !spec.endsWith(")")) {
            return;
        }
        String name = spec.substring(0, open).strip().toLowerCase(Locale.ROOT);
        String value = spec.substring(open + 1, spec.length() - 1).strip();
        if (value.equals("1") || value.equalsIgnoreCase("on") || value.equalsIgnoreCase("yes")) {
            value = name.equals("busy_timeout") ? value : "true";
        } else if (value.equals("0") || value.equalsIgnoreCase("off") || value.equalsIgnoreCase("no")) {
            value = name.equals("busy_timeout") ? value : "false";
        }
        props.setProperty(name, value);
    }

    // ---------------------------------------------------------------- shared

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
