package io.camelbenthos.sql;

import io.camelbenthos.components.outputs.BatchWriter;
import io.camelbenthos.message.Message;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code sql_insert}, output and processor (connectors reference §6.4): a batch becomes one multi-row
 * {@code [prefix] INSERT [options] INTO table (columns) VALUES (...),(...) [suffix]}, one row per message from
 * {@code args_mapping}. As an output the batch is all-or-nothing: a mapping or database error nacks every message
 * ({@code Failed to send message to sql_insert: ...}). As a processor the messages are left unchanged: a message whose
 * mapping fails is flagged and left out, a failed insert flags them all. Without {@code batching} each message is a
 * batch of one; with it, the output's batching step hands whole batches to {@link #write}.
 */
public class SqlInsertStep extends SqlStep implements BatchWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SqlInsertStep.class);

    private String table = "";
    private List<String> columns = List.of();
    private String prefix = "";
    private String suffix = "";
    private List<String> options = List.of();
    private boolean output = true;

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

    /** Keywords between INSERT and INTO ({@code IGNORE}). */
    public List<String> getOptions() {
        return options;
    }

    public void setOptions(List<String> options) {
        this.options = List.copyOf(options);
    }

    /** True for the output (nack), false for the processor (flag). */
    public boolean isOutput() {
        return output;
    }

    public void setOutput(boolean output) {
        this.output = output;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        write(List.of(exchange), () -> callback.done(false));
        return false;
    }

    @Override
    public void write(List<Exchange> batch, Runnable written) {
        SqlBatch messages = new SqlBatch(batch);
        List<List<Object>> rows = new ArrayList<>();
        List<Integer> inserted = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            try {
                rows.add(SqlArgs.evaluate(args(), messages.messages(), i));
                inserted.add(i);
            } catch (SqlArgs.ArgsException e) {
                if (output) {
                    nackAll(batch, e.getMessage());
                    written.run();
                    return;
                }
                LOG.debug("Arguments mapping failed: {}", e.getMessage());
                messages.flag(i, e.getMessage());
            }
        }
        if (rows.isEmpty()) {
            String text = "insert statements must have at least one set of values or select clause";
            if (output) {
                nackAll(batch, text);
            } else {
                flagAll(messages, java.util.stream.IntStream.range(0, messages.size()).boxed().toList(), text);
            }
            written.run();
            return;
        }
        String sql = sql(rows);
        SqlDatabase db = database(batch.get(0).getContext());
        db.submit(connection -> {
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                List<Object> all = new ArrayList<>();
                rows.forEach(all::addAll);
                SqlArgs.bind(db.driver(), st, all);
                st.executeUpdate();
            }
            return null;
        }).whenComplete((ignored, error) -> {
            // on success the exchanges are left as they came: the output acks, the processor changes nothing
            if (error != null) {
                if (output) {
                    nackAll(batch, SqlErrors.text(error));
                } else {
                    flagAll(messages, inserted, SqlErrors.text(error));
                }
            }
            written.run();
        });
    }

    /** The output's all-or-nothing: every transaction of the batch is nacked. */
    private static void nackAll(List<Exchange> batch, String text) {
        LOG.error("Failed to send message to sql_insert: {}", text);
        batch.forEach(e -> nack(e, text));
    }

    /** The processor's failed insert: the messages it carried are flagged. */
    private static void flagAll(SqlBatch messages, List<Integer> inserted, String text) {
        LOG.debug("Failed to run query: {}", text);
        inserted.forEach(i -> messages.flag(i, text));
    }

    /** squirrel's insert: a row's placeholders are as many as its values. */
    String sql(List<List<Object>> rows) {
        StringBuilder sql = new StringBuilder();
        if (!prefix.isEmpty()) {
            sql.append(prefix).append(' ');
        }
        sql.append("INSERT ");
        if (!options.isEmpty()) {
            sql.append(String.join(" ", options)).append(' ');
        }
        sql.append("INTO ").append(table).append(' ');
        if (!columns.isEmpty()) {
            sql.append('(').append(String.join(",", columns)).append(") ");
        }
        sql.append("VALUES ");
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : ",(");
            for (int c = 0; c < rows.get(r).size(); c++) {
                sql.append(c == 0 ? "?" : ",?");
            }
            sql.append(')');
        }
        if (!suffix.isEmpty()) {
            sql.append(' ').append(suffix);
        }
        return sql.toString();
    }
}
