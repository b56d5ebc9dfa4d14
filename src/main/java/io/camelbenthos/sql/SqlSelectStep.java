package io.camelbenthos.sql;

import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.message.Message;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sql_select} processor: {@code [prefix] SELECT columns FROM table [WHERE where] [suffix]} with the
 * message's {@code args_mapping} values for the where clause's {@code ?}; the rows, as a JSON array of objects,
 * replace the content (metadata kept). A failure flags the unchanged message.
 */
public class SqlSelectStep extends SqlStep {
    private static final Logger LOG = LoggerFactory.getLogger(SqlSelectStep.class);

    private String table = "";
    private List<String> columns = List.of();
    private String where = "";
    private String prefix = "";
    private String suffix = "";

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public List<String> getColumns() {
        return columns;
    }

    public void setColumns(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where == null ? "" : where;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    public String getSuffix() {
        return suffix;
    }

    public void setSuffix(String suffix) {
        this.suffix = suffix == null ? "" : suffix;
    }

    /** squirrel's select, with JDBC's {@code ?} (squirrel's $n for postgres is the same binding). */
    public static String sql(String prefix, List<String> columns, String table, String where, String suffix) {
        StringBuilder sql = new StringBuilder();
        if (!prefix.isEmpty()) {
            sql.append(prefix).append(' ');
        }
        sql.append("SELECT ").append(String.join(", ", columns)).append(" FROM ").append(table);
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(where);
        }
        if (!suffix.isEmpty()) {
            sql.append(' ').append(suffix);
        }
        return sql.toString();
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
        String sql = sql(prefix, columns, table, where, suffix);
        return db.submit(c -> SqlExec.run(c, db, sql, where.isEmpty() ? List.of() : args, false))
                .handle((rows, error) -> {
                    if (error != null) {
                        LOG.debug("Failed to run query: {}", SqlErrors.text(error));
                        return Outcome.flagged(SqlErrors.text(error));
                    }
                    return Outcome.of(GoJson.encodeBytes(rows));
                });
    }
}
