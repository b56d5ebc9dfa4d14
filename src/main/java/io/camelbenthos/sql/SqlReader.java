package io.camelbenthos.sql;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.message.Message;
import io.camelbenthos.readiness.ConnectionProbe;
import io.camelbenthos.readiness.ConnectionState;
import io.camelbenthos.runtime.InputLifecycle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader of the {@code sql_select} and {@code sql_raw} inputs (connectors reference §6.2, §6.3), started once by
 * the input's one-shot timer route, on a thread of its own (JDBC blocks; no Camel thread waits on it). As Benthos's
 * input: connecting runs the query ({@code args_mapping} evaluated once, on an empty message); a failure is logged
 * {@code Failed to connect to <type>: ...} and retried with back-off 100 ms to 1 s; then each row becomes a message
 * (a JSON object, no metadata) sent to the input's delivery route; a nacked message is sent again until acked
 * ({@code auto_replay_nacks}, default) or dropped; after the last row, or a row error, the input ends. It is the
 * input's {@code /ready} probe too.
 */
public class SqlReader implements Processor, ConnectionProbe {
    private static final Logger LOG = LoggerFactory.getLogger(SqlReader.class);

    private SqlConnectionSettings connection = new SqlConnectionSettings();
    private String inputType = "sql_select";
    private String query = "";
    private boolean nativePlaceholders;
    private String argsMapping = "";
    private boolean autoReplayNacks = true;
    private String target = "";
    private String streamId = "";
    private String name = "sql";
    private volatile ConnectionState state = ConnectionState.PENDING;
    private volatile boolean stopped;

    public SqlConnectionSettings getConnection() {
        return connection;
    }

    public void setConnection(SqlConnectionSettings connection) {
        this.connection = connection;
    }

    /** {@code sql_select} or {@code sql_raw}, for the logs. */
    public String getInputType() {
        return inputType;
    }

    public void setInputType(String inputType) {
        this.inputType = inputType;
    }

    /** The query; JDBC placeholders, or the driver's own when {@link #isNativePlaceholders()}. */
    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** True for sql_raw: the query is in the driver's own placeholder style and may hold several statements. */
    public boolean isNativePlaceholders() {
        return nativePlaceholders;
    }

    public void setNativePlaceholders(boolean nativePlaceholders) {
        this.nativePlaceholders = nativePlaceholders;
    }

    public String getArgsMapping() {
        return argsMapping;
    }

    public void setArgsMapping(String argsMapping) {
        this.argsMapping = argsMapping == null ? "" : argsMapping;
    }

    public boolean isAutoReplayNacks() {
        return autoReplayNacks;
    }

    public void setAutoReplayNacks(boolean autoReplayNacks) {
        this.autoReplayNacks = autoReplayNacks;
    }

    /** The endpoint of the delivery route. */
    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getStreamId() {
        return streamId;
    }

    public void setStreamId(String streamId) {
        this.streamId = streamId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    @JsonIgnore
    public ConnectionState state() {
        return state;
    }

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public void process(Exchange trigger) {
        CamelContext camel = trigger.getContext();
        stopped = false;
        Thread reader = new Thread(() -> read(camel), "camel-benthos-" + inputType + "-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(CamelContext camel) {
        ProducerTemplate producer = camel.createProducerTemplate();
        try (SqlDatabase db = new SqlDatabase(camel, this, name, connection)) {
            long backoff = 100;
            while (!stopping(camel)) {
                try {
                    db.run(c -> {
                        readRows(camel, db, c, producer);
                        return null;
                    });
                    return;
                } catch (ConnectFailed e) {
                    String text = SqlErrors.text(e.getCause());
                    state = ConnectionState.failing(text);
                    LOG.error("Failed to connect to {}: {}", inputType, text);
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    // the pool could not hand out a connection: also a failed connect
                    String text = SqlErrors.text(e);
                    state = ConnectionState.failing(text);
                    LOG.error("Failed to connect to {}: {}", inputType, text);
                }
                Thread.sleep(backoff);
                backoff = Math.min(1000, backoff * 2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            producer.stop();
            // end of input: the stream can end once its other inputs have closed too
            InputLifecycle.of(camel).inputClosed(streamId);
        }
    }

    /** The connect step failed (query or mapping): retried. */
    private static final class ConnectFailed extends Exception {
        private static final long serialVersionUID = 1L;

        ConnectFailed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private void readRows(CamelContext camel, SqlDatabase db, Connection c, ProducerTemplate producer)
            throws ConnectFailed, InterruptedException {
        PreparedStatement st = null;
        ResultSet rs;
        SqlRows rows;
        try {
            List<Object> args = SqlArgs.evaluate(argsMapping.isBlank() ? null : Bloblang.parse(argsMapping),
                    List.of(Message.of(new byte[0])), 0, true);
            String sql = query;
            if (nativePlaceholders) {
                List<String> statements = SqlStatements.split(query);
                // all but the last statement run first (arguments to the first), the rows come from the last
                for (int i = 0; i < statements.size() - 1; i++) {
                    SqlStatements.Prepared p = SqlStatements.nativeQuery(db.driver(), statements.get(i));
                    SqlExec.run(c, db, p.sql(), p.order(args), true);
                    args = List.of();
                }
                SqlStatements.Prepared p = SqlStatements.nativeQuery(db.driver(),
                        statements.isEmpty() ? query : statements.get(statements.size() - 1));
                sql = p.sql();
                args = p.order(args);
            }
            st = c.prepareStatement(sql);
            SqlArgs.bind(db.driver(), st, args);
            rs = st.executeQuery();
            rows = new SqlRows(rs, db.driver(), db.parseTime());
        } catch (Exception e) {
            close(st);
            throw new ConnectFailed(e);
        }
        state = ConnectionState.CONNECTED;
        LOG.info("Input type {} is now active", inputType);
        try {
            while (!stopping(camel) && rs.next()) {
                deliver(producer, GoJson.encodeBytes(rows.row(rs)), camel);
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            // a row error is returned once; then the input ends, as in Benthos
            LOG.error("Failed to read message: {}", SqlErrors.text(e));
        } finally {
            close(st);
            state = ConnectionState.PENDING;
        }
    }

    /** Sends one row; a nack is replayed (first twice at once, then 1 ms growing ×1.1 to 1 s) or dropped. */
    private void deliver(ProducerTemplate producer, byte[] content, CamelContext camel) throws InterruptedException {
        double wait = 0;
        int attempt = 0;
        while (!stopping(camel)) {
            Exchange result = producer.send(target, e -> e.getMessage().setBody(content));
            if (result.getException() == null) {
                return;
            }
            if (!autoReplayNacks) {
                LOG.debug("Message rejected: {}", result.getException().getMessage());
                return;
            }
            attempt++;
            if (attempt > 2) {
                wait = wait == 0 ? 1 : Math.min(1000, wait * 1.1);
                Thread.sleep((long) wait);
            }
        }
    }

    private boolean stopping(CamelContext camel) {
        ServiceStatus status = camel.getStatus();
        return stopped || status.isStopping() || status.isStopped();
    }

    private static void close(PreparedStatement st) {
        if (st != null) {
            try {
                st.close();
            } catch (Exception ignored) {
                // closing a statement of a connection that went away
            }
        }
    }
}
