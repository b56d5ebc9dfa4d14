package io.camelbenthos.sql;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.message.Message;
import java.util.List;
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
        List<Message> batch = messages(List.of(exchange));
        List<Object> args;
        try {
            args = SqlArgs.evaluate(args(), batch, 0);
        } catch (SqlArgs.ArgsException e) {
            LOG.debug("Arguments mapping failed: {}", e.getMessage());
            flag(exchange, e.getMessage());
            callback.done(true);
            return true;
        }
        String sql = query;
        if (unsafeDynamicQuery) {
            try {
                sql = interpolated().render(batch, 0);
            } catch (BloblangException e) {
                LOG.error("Query interoplation error: {}", e.getMessage());
                flag(exchange, "query interpolation error: " + e.getMessage());
                callback.done(true);
                return true;
            }
        }
        String statement = sql;
        SqlDatabase db = database(exchange.getContext());
        db.submit(c -> SqlExec.runNative(c, db, statement, args, execOnly)).whenComplete((rows, error) -> {
            if (error != null) {
                LOG.debug("Failed to run query: {}", SqlErrors.text(error));
                flag(exchange, SqlErrors.text(error));
            } else if (!execOnly) {
                exchange.getMessage().setBody(GoJson.encodeBytes(rows));
            }
            callback.done(false);
        });
        return false;
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
