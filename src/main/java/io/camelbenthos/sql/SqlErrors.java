package io.camelbenthos.sql;

import java.sql.SQLTransientConnectionException;

/** Error texts as close to what Benthos prints as JDBC allows. */
public final class SqlErrors {
    private SqlErrors() {
    }

    /**
     * The text of a failure: the pool's "connection is not available" is replaced by the reason the connection could
     * not be made (the driver's own words, as Go prints its dial error); otherwise the driver's message.
     */
    public static String text(Throwable e) {
        Throwable t = e;
        if (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof SQLTransientConnectionException && t.getCause() != null) {
            Throwable root = t.getCause();
            while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
                root = root.getCause();
            }
            return message(root);
        }
        return message(t);
    }

    /** Server errors in the Go drivers' words: lib/pq {@code pq: <message>}, go-sql-driver {@code Error N (S): m}. */
    private static String message(Throwable t) {
        if (t instanceof org.postgresql.util.PSQLException pg && pg.getServerErrorMessage() != null
                && pg.getServerErrorMessage().getMessage() != null) {
            return "pq: " + pg.getServerErrorMessage().getMessage();
        }
        String text = t.getMessage() == null ? t.toString() : t.getMessage();
        if (t instanceof java.sql.SQLException sql && sql.getClass().getName().startsWith("java.sql.")
                && sql.getErrorCode() > 0 && sql.getSQLState() != null && text.startsWith("(conn=")) {
            // MariaDB's client prefixes its connection id
            return "Error " + sql.getErrorCode() + " (" + sql.getSQLState() + "): " + text.substring(text.indexOf(')') + 2);
        }
        return text;
    }
}
