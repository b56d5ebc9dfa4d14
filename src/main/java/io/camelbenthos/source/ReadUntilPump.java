package io.camelbenthos.source;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.camelbenthos.bloblang.Bloblang;
import java.time.Duration;
import org.apache.camel.CamelContext;

/** The {@code read_until} input's reader bean: the child's pump (used for its source) and the stop conditions. */
public class ReadUntilPump extends SourcePump {
    private SourcePump input;
    private String via = "";
    private String check = "";
    private long idleTimeoutMillis;
    private boolean restartInput;

    public ReadUntilPump() {
        setInputType("read_until");
    }

    /** Exported with each child's class, so that it loads back. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    public SourcePump getInput() {
        return input;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    public void setInput(SourcePump input) {
        this.input = input;
    }

    /** The route through the child's own processors, or "" for none. */
    public String getVia() {
        return via;
    }

    public void setVia(String via) {
        this.via = via;
    }

    /** The Bloblang check, or "" for none. */
    public String getCheck() {
        return check;
    }

    public void setCheck(String check) {
        this.check = check;
    }

    /** 0 for none. */
    public long getIdleTimeoutMillis() {
        return idleTimeoutMillis;
    }

    public void setIdleTimeoutMillis(long idleTimeoutMillis) {
        this.idleTimeoutMillis = idleTimeoutMillis;
    }

    public boolean isRestartInput() {
        return restartInput;
    }

    public void setRestartInput(boolean restartInput) {
        this.restartInput = restartInput;
    }

    @Override
    protected BatchSource openSource(CamelContext camel) {
        return new ReadUntilSource(() -> {
            BatchSource child = input.openSource(camel);
            return via.isEmpty() ? child : new BatchSource() {
                @Override
                public SourceBatch read() throws Exception {
                    SourceBatch b = child.read();
                    return b == null ? null : b.via(via);
                }

                @Override
                public void close() {
                    child.close();
                }
            };
        }, check.isEmpty() ? null : Bloblang.parse(check),
                idleTimeoutMillis > 0 ? Duration.ofMillis(idleTimeoutMillis) : null, restartInput);
    }
}
