package io.camelbenthos.sql;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.message.Message;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sql_raw} processor: runs {@code query} (the driver's own placeholders; with
 * {@code unsafe_dynamic_query} interpolated per message; several statements run in one transaction) with the
 * message's {@code args_mapping} values. Unless {@code exec_only}, the rows as a JSON array of objects replace the
 * content. A failure flags the unchanged message.
 */
public class SqlRawStep extends SqlStep {
    private static final Logger LOG = LoggerFactory.getLogger(SqlRawStep.class);

    private String query = "";
    private boolean unsafeDynamicQuery;
    private boolean execOnly;
    private volatile InterpolatedString compiledQuery;

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
        this.compiledQuery = null;
    }

    public boolean isUnsafeDynamicQuery() {
        return unsafeDynamicQuery;
    }

    public void setUnsafeDynamicQuery(boolean unsafeDynamicQuery) {
        this.unsafeDynamicQuery = unsafeDynamicQuery;
    }

    public boolean isExecOnly() {
        return execOnly;
    }

    public void setExecOnly(boolean execOnly) {
        this.execOnly = execOnly;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        return processEach(exchange, callback);
    }

    @Override
    protected CompletableFuture<Outcome> query(SqlDatabase db, List<Message> batch, int index) {
        List<Object> args;
        try {
            args = SqlArgs.evaluate(args(), batch, index);
        } catch (SqlArgs.ArgsException e) {
            LOG.debug("Arguments mapping failed: {}", e.getMessage());
            return CompletableFuture.completedFuture(Outcome.flagged(e.getMessage()));
        }
        String sql = query;
        if (unsafeDynamicQuery) {
            try {
                sql = interpolated().render(batch, index);
            } catch (BloblangException e) {
                LOG.error("Query interoplation error: {}", e.getMessage());
                return CompletableFuture.completedFuture(Outcome.flagged("query interpolation error: " + e.getMessage()));
            }
        }
        String statement = sql;
        return db.submit(c -> SqlExec.runNative(c, db, statement, args, execOnly)).handle((rows, error) -> {
            if (error != null) {
                LOG.debug("Failed to run query: {}", SqlErrors.text(error));
                return Outcome.flagged(SqlErrors.text(error));
            }
            return execOnly ? Outcome.of(null) : Outcome.of(GoJson.encodeBytes(rows));
        });
    }

    private InterpolatedString interpolated() {
        InterpolatedString q = compiledQuery;
        if (q == null) {
            q = InterpolatedString.parse(query);
            compiledQuery = q;
        }
        return q;
    }
}
