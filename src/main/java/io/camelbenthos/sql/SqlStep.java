package io.camelbenthos.sql;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * The base of the SQL components' steps: the connection settings, the {@link SqlDatabase} opened on first use and
 * closed with the step, and the two ways a step reports an outcome (an output nacks the exchange, a processor flags
 * the message). Steps are asynchronous: they hand the JDBC work to the database's executor and complete the exchange
 * from there, so no pipeline thread waits on the database. JavaBeans, so routes export.
 */
public abstract class SqlStep extends AsyncProcessorSupport implements CamelContextAware {
    private SqlConnectionSettings connection = new SqlConnectionSettings();
    private String name = "sql";
    private String argsMapping = "";
    private CamelContext camelContext;
    private SqlDatabase database;
    private volatile Mapping compiledArgs;

    /** driver, dsn and the connection fields. */
    public SqlConnectionSettings getConnection() {
        return connection;
    }

    public void setConnection(SqlConnectionSettings connection) {
        this.connection = connection;
    }

    /** The pool's and its threads' name (the step id). */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** {@code args_mapping} ("" for none). */
    public String getArgsMapping() {
        return argsMapping;
    }

    public void setArgsMapping(String argsMapping) {
        this.argsMapping = argsMapping == null ? "" : argsMapping;
        this.compiledArgs = null;
    }

    @Override
    @JsonIgnore // not a setting: export must not write the context out
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    /** The database handle, opened on first use (opening does not connect). */
    protected synchronized SqlDatabase database(CamelContext camel) {
        if (database == null) {
            database = new SqlDatabase(camel != null ? camel : camelContext, this, name, connection);
        }
        return database;
    }

    /** The compiled {@code args_mapping}, or null when there is none. */
    protected Mapping args() {
        if (argsMapping.isBlank()) {
            return null;
        }
        Mapping m = compiledArgs;
        if (m == null) {
            m = Bloblang.parse(argsMapping);
            compiledArgs = m;
        }
        return m;
    }

    /** One message's outcome in a processor: its new content (null: unchanged), or the text it is flagged with. */
    protected record Outcome(byte[] content, String error) {
        static Outcome of(byte[] content) {
            return new Outcome(content, null);
        }

        static Outcome flagged(String error) {
            return new Outcome(null, error);
        }
    }

    /**
     * A processor's query for message {@code index} of {@code batch}; completes, on any thread, with its outcome
     * (immediately when the message fails before reaching the database).
     */
    protected CompletableFuture<Outcome> query(SqlDatabase db, List<Message> batch, int index) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is not a per-message processor");
    }

    /**
     * Benthos's SQL processors on a batch: each message runs its own query, one after the other in batch order (as
     * Benthos loops over the batch), and gets its own result or error flag; the exchange completes after the last.
     */
    protected boolean processEach(Exchange exchange, AsyncCallback callback) {
        List<Message> batch = BenthosExchange.batch(exchange).messages();
        if (batch.isEmpty()) {
            callback.done(true);
            return true;
        }
        List<Message> results = new ArrayList<>(batch);
        return runFrom(0, database(exchange.getContext()), exchange, batch, results, callback, true);
    }

    /** Runs the queries from message {@code i} on; loops while they complete at once, so no stack builds up. */
    private boolean runFrom(int i, SqlDatabase db, Exchange exchange, List<Message> batch, List<Message> results,
                            AsyncCallback callback, boolean sync) {
        for (int at = i; at < batch.size(); at++) {
            CompletableFuture<Outcome> f = query(db, batch, at);
            if (!f.isDone()) {
                int index = at;
                f.whenComplete((o, e) -> {
                    record(results, index, o, e);
                    runFrom(index + 1, db, exchange, batch, results, callback, false);
                });
                return false;
            }
            Outcome o = null;
            Throwable error = null;
            try {
                o = f.join();
            } catch (RuntimeException e) {
                error = e;
            }
            record(results, at, o, error);
        }
        BenthosExchange.setBatch(exchange, MessageBatch.of(results));
        callback.done(sync);
        return sync;
    }

    private static void record(List<Message> results, int index, Outcome o, Throwable error) {
        String text = error != null ? SqlErrors.text(error) : o.error();
        if (text != null) {
            results.set(index, results.get(index).copy().setError(new NackException(text)));
        } else if (o.content() != null) {
            results.set(index, results.get(index).copy().setContent(o.content()));
        }
    }

    /** An output's nack. */
    protected static void nack(Exchange exchange, String text) {
        exchange.setException(new NackException(text));
    }

    /** A processor's error flag: the message flows on, flagged. */
    protected static void flag(Exchange exchange, String text) {
        BenthosExchange.flag(exchange, new NackException(text));
    }

    /** Opens the pool with the route (opening never connects), sparing the first message the driver's loading. */
    @Override
    protected synchronized void doStart() throws Exception {
        super.doStart();
        if (camelContext != null) {
            database(camelContext);
        }
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (database != null) {
            database.close();
            database = null;
        }
        super.doStop();
    }
}
