package io.camelbenthos.sql;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.List;
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

    /** The Benthos messages of a batch of exchanges. */
    protected static List<Message> messages(List<Exchange> batch) {
        List<Message> messages = new ArrayList<>(batch.size());
        for (Exchange e : batch) {
            messages.add(BenthosExchange.toMessage(e));
        }
        return messages;
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
