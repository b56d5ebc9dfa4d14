package io.camelbenthos.components.inputs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import io.camelbenthos.runtime.InputLifecycle;
import java.nio.charset.StandardCharsets;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code stdin} input's reader: started once, it reads standard input (on a daemon thread) line by line and sends each non-empty
 * line, synchronously, to the input's delivery route; a nack is logged and reading goes on. Returns at end of input.
 */
public class StdinPump implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(StdinPump.class);

    private String target = "";
    private String codec = "lines";
    private String streamId = "";

    public String getStreamId() {
        return streamId;
    }

    public void setStreamId(String streamId) {
        this.streamId = streamId;
    }

    public String getTarget() {
        return target;
    }

    /** The endpoint of the delivery route. */
    public void setTarget(String target) {
        this.target = target;
    }

    public String getCodec() {
        return codec;
    }

    /** {@code lines} (one message per line) or {@code all-bytes} (the whole input as one message). */
    public void setCodec(String codec) {
        this.codec = codec;
    }

    @Override
    public void process(Exchange trigger) {
        // A thread of its own: a read blocked on an idle terminal must not hold up a graceful shutdown, which waits
        // for in-flight exchanges (the messages already read are tracked on the delivery route).
        CamelContext camel = trigger.getContext();
        Thread reader = new Thread(() -> pump(camel), "camel-benthos-stdin");
        reader.setDaemon(true);
        reader.start();
    }

    private void pump(CamelContext camel) {
        ProducerTemplate producer = camel.createProducerTemplate();
        try {
            if (codec.equals("all-bytes")) {
                send(producer, System.in.readAllBytes());
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            // "not stopping" rather than "started": the reader may begin while the context is still starting
            while ((line = reader.readLine()) != null && !stopping(camel)) {
                if (!line.isEmpty()) {
                    send(producer, line.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            LOG.error("Failed to read stdin: {}", e.getMessage());
        } finally {
            producer.stop();
            // End of input: the stream can end once its other inputs have closed too.
            InputLifecycle.of(camel).inputClosed(streamId);
        }
    }

    private static boolean stopping(CamelContext camel) {
        ServiceStatus status = camel.getStatus();
        return status.isStopping() || status.isStopped();
    }

    private void send(ProducerTemplate producer, byte[] content) {
        Exchange result = producer.send(target,
                e -> e.getMessage().setBody(io.camelbenthos.message.MessageBatch.of(io.camelbenthos.message.Message.of(content))));
        if (result.getException() != null) {
            LOG.error("Failed to deliver stdin message: {}", result.getException().getMessage());
        }
    }
}
