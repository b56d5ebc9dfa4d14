package io.camelbenthos.sql;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.components.outputs.BatchWriter;
import io.camelbenthos.message.Message;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sql_raw} output (connectors reference §6.5). One query: each message runs it on its own, outside a
 * transaction, and only the messages that failed are nacked ({@code running query: ...},
 * {@code arguments mapping failed: ...}); a false {@code when} skips (acks) the message. Several queries: the whole
 * batch runs in one transaction, each message running every query in order or, with {@code when} conditions, the
 * first whose condition holds; any error rolls back and nacks the batch. A query's text may hold several
 * statements, run in a transaction of their own (or in the batch's). Without {@code batching} each message is a
 * batch of one.
 */
public class SqlRawWriter extends SqlStep implements BatchWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SqlRawWriter.class);

    private List<SqlRawQuery> queries = List.of();
    private boolean unsafeDynamicQuery;

    public List<SqlRawQuery> getQueries() {
        return queries;
    }

    public void setQueries(List<SqlRawQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    public boolean isUnsafeDynamicQuery() {
        return unsafeDynamicQuery;
    }

    public void setUnsafeDynamicQuery(boolean unsafeDynamicQuery) {
        this.unsafeDynamicQuery = unsafeDynamicQuery;
    }

    /** What one message runs: the query texts and their arguments; none when a false {@code when} skips it. */
    private record Planned(List<String> statements, List<List<Object>> args) {
    }

    private static final class PlanException extends Exception {
        private static final long serialVersionUID = 1L;

        PlanException(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        write(List.of(exchange), () -> callback.done(false));
        return false;
    }

    @Override
    public void write(List<Exchange> batch, Runnable written) {
        SqlBatch flat = new SqlBatch(batch);
        List<Message> messages = flat.messages();
        SqlDatabase db = database(batch.get(0).getContext());
        if (queries.size() == 1) {
            writePerMessage(db, flat, written);
            return;
        }
        List<Planned> plans = new ArrayList<>();
        try {
            for (int i = 0; i < messages.size(); i++) {
                plans.add(plan(messages, i));
            }
        } catch (PlanException e) {
            failAll(batch, e.getMessage());
            written.run();
            return;
        }
        db.submit(c -> {
            runTransaction(c, db, plans);
            return null;
        }).whenComplete((ignored, error) -> {
            if (error != null) {
                failAll(batch, SqlErrors.text(error));
            }
            written.run();
        });
    }

    /** One query: each message runs it on its own; a message that fails nacks its transaction. */
    private void writePerMessage(SqlDatabase db, SqlBatch flat, Runnable written) {
        List<Message> messages = flat.messages();
        List<Planned> plans = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            try {
                plans.add(plan(messages, i));
            } catch (PlanException e) {
                plans.add(null);
                fail(flat.owner(i), e.getMessage());
            }
        }
        db.submit(c -> {
            List<String> errors = new ArrayList<>();
            for (Planned p : plans) {
                String error = null;
                if (p != null && !p.statements().isEmpty()) {
                    try {
                        SqlExec.runNative(c, db, p.statements().get(0), p.args().get(0), true);
                    } catch (SQLException | RuntimeException e) {
                        error = "running query: " + SqlErrors.text(e);
                    }
                }
                errors.add(error);
            }
            return errors;
        }).whenComplete((errors, error) -> {
            for (int i = 0; i < messages.size(); i++) {
                if (plans.get(i) == null) {
                    continue;
                }
                String text = error != null ? "running query: " + SqlErrors.text(error) : errors.get(i);
                if (text != null) {
                    fail(flat.owner(i), text);
                }
            }
            written.run();
        });
    }

    private static void runTransaction(Connection c, SqlDatabase db, List<Planned> plans) throws SQLException {
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw new SQLException("beginning transaction: " + SqlErrors.text(e), e);
        }
        try {
            for (Planned p : plans) {
                for (int q = 0; q < p.statements().size(); q++) {
                    try {
                        for (String statement : SqlStatements.split(p.statements().get(q))) {
                            SqlStatements.Prepared prepared = SqlStatements.nativeQuery(db.driver(), statement);
                            SqlExec.run(c, db, prepared.sql(), prepared.order(p.args().get(q)), true);
                        }
                    } catch (SQLException | RuntimeException e) {
                        throw new SQLException("running query: " + SqlErrors.text(e), e);
                    }
                }
            }
            try {
                c.commit();
            } catch (SQLException e) {
                throw new SQLException("committing transaction: " + SqlErrors.text(e), e);
            }
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                LOG.warn("Failed to rollback transaction: {}", SqlErrors.text(rollback));
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The queries message {@code i} runs, with their arguments and texts evaluated. */
    private Planned plan(List<Message> messages, int i) throws PlanException {
        boolean conditional = queries.stream().anyMatch(q -> q.whenMapping() != null);
        List<String> statements = new ArrayList<>();
        List<List<Object>> args = new ArrayList<>();
        for (int j = 0; j < queries.size(); j++) {
            SqlRawQuery q = queries.get(j);
            if (q.whenMapping() != null) {
                String forQuery = queries.size() == 1 ? "" : " for query " + j;
                if (!when(q.whenMapping(), messages, i, forQuery)) {
                    continue;
                }
            }
            try {
                args.add(SqlArgs.evaluate(q.args(), messages, i));
            } catch (SqlArgs.ArgsException e) {
                boolean mappingError = !e.getMessage().startsWith("mapping returned non-");
                throw new PlanException(mappingError ? "arguments mapping failed: " + e.getMessage() : e.getMessage());
            }
            try {
                statements.add(unsafeDynamicQuery ? q.interpolated().render(messages, i) : q.getQuery());
            } catch (BloblangException e) {
                throw new PlanException("query interpolation error: " + e.getMessage());
            }
            if (conditional) {
                break; // the first matching query only
            }
        }
        return new Planned(statements, args);
    }

    private static boolean when(Mapping when, List<Message> messages, int i, String forQuery) throws PlanException {
        Optional<Message> out;
        try {
            out = when.apply(messages, i);
        } catch (BloblangException e) {
            throw new PlanException("when condition evaluation failed" + forQuery + ": " + e.getMessage());
        }
        Object value = null;
        if (out.isPresent()) {
            Message m = out.get();
            try {
                value = m.hasStructuredCache() ? m.structuredCache() : GoJsonDecoder.decodeFirst(m.content());
            } catch (QueryException e) {
                throw new PlanException("when condition returned non-structured result" + forQuery + ": "
                        + e.getMessage());
            }
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String what = forQuery.isEmpty() ? "when condition" : "when condition" + forQuery;
        throw new PlanException(what + " returned non-boolean value: " + SqlArgs.goType(value));
    }

    private static void fail(Exchange exchange, String text) {
        LOG.error("Failed to send message to sql_raw: {}", text);
        nack(exchange, text);
    }

    private static void failAll(List<Exchange> batch, String text) {
        LOG.error("Failed to send message to sql_raw: {}", text);
        batch.forEach(e -> nack(e, text));
    }
}
