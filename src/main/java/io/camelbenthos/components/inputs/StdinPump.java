package io.camelbenthos.components.inputs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import io.camelbenthos.runtime.InputLifecycle;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code stdin} input's reader: started once, it reads standard input line by line and sends each non-empty
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
    public void process(Exchange trigger) throws IOException {
        ProducerTemplate producer = trigger.getContext().createProducerTemplate();
        try {
            if (codec.equals("all-bytes")) {
                send(producer, System.in.readAllBytes());
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null && trigger.getContext().getStatus().isStarted()) {
                if (!line.isEmpty()) {
                    send(producer, line.getBytes(StandardCharsets.UTF_8));
                }
            }
        } finally {
            producer.stop();
            // End of input: the stream can end once its other inputs have closed too.
            InputLifecycle.of(trigger.getContext()).inputClosed(streamId);
        }
    }

    private void send(ProducerTemplate producer, byte[] content) {
        Exchange result = producer.send(target, e -> e.getMessage().setBody(content));
        if (result.getException() != null) {
            LOG.error("Failed to deliver stdin message: {}", result.getException().getMessage());
        }
    }
}
