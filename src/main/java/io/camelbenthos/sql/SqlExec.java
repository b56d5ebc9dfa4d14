package io.camelbenthos.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Running statements on a connection as Go's {@code db.QueryContext}/{@code ExecContext} would. */
public final class SqlExec {
    private SqlExec() {
    }

    /**
     * Runs {@code sql} (placeholders already JDBC's {@code ?}) with {@code args}; returns its rows as Benthos shapes
     * them, or an empty array for a statement without a result set, or null when {@code execOnly}.
     */
    public static List<Object> run(Connection c, SqlDatabase db, String sql, List<Object> args, boolean execOnly)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            SqlArgs.bind(db.driver(), st, args);
            if (execOnly) {
                st.execute();
                return null;
            }
            if (!st.execute()) {
                return List.of();
            }
            try (ResultSet rs = st.getResultSet()) {
                return SqlRows.toArray(rs, db.driver(), db.parseTime());
            }
        }
    }

    /**
     * Runs a query in the driver's native placeholder style that may hold several statements: one statement runs
     * as is; several run in one transaction, the arguments going to the first and the rows coming from the last
     * (Benthos's multi-statement handling).
     */
    public static List<Object> runNative(Connection c, SqlDatabase db, String query, List<Object> args,
                                         boolean execOnly) throws SQLException {
        List<String> statements = SqlStatements.split(query);
        if (statements.size() <= 1) {
            SqlStatements.Prepared p = SqlStatements.nativeQuery(db.driver(), query);
            return run(c, db, p.sql(), p.order(args), execOnly);
        }
        c.setAutoCommit(false);
        try {
            List<Object> result = null;
            List<Object> remaining = args;
            for (int i = 0; i < statements.size(); i++) {
                SqlStatements.Prepared p = SqlStatements.nativeQuery(db.driver(), statements.get(i));
                boolean last = i == statements.size() - 1;
                result = run(c, db, p.sql(), p.order(remaining), execOnly || !last);
                remaining = List.of();
            }
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
