package io.camelbenthos.components.inputs;

import io.camelbenthos.config.Position;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.camelbenthos.runtime.InputLifecycle;
import io.camelbenthos.scanner.Scanner;
import io.camelbenthos.scanner.ScannerFactory;
import io.camelbenthos.scanner.Scanners;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code stdin} input's reader: started once, it reads standard input (on a daemon thread) through a scanner
 * ({@code scanner}, else the codec: {@code lines} skipping empty lines, or {@code all-bytes}) and sends each batch,
 * synchronously, to the input's delivery route; a nack is logged and reading goes on. Returns at end of input.
 */
public class StdinPump implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(StdinPump.class);

    private String target = "";
    private String codec = "lines";
    private String streamId = "";
    private Map<String, Object> scanner;

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

    /** The {@code scanner} config, or null to read with the codec. */
    public Map<String, Object> getScanner() {
        return scanner;
    }

    public void setScanner(Map<String, Object> scanner) {
        this.scanner = scanner;
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
        try (Scanner in = scannerFactory().open(System.in, "stdin")) {
            List<Message> batch;
            // "not stopping" rather than "started": the reader may begin while the context is still starting
            while (!stopping(camel) && (batch = in.next()) != null) {
                // the codecs skip empty lines, as this input always has
                List<Message> kept = scanner == null && codec.equals("lines")
                        ? batch.stream().filter(m -> m.content().length > 0).toList() : batch;
                if (!kept.isEmpty()) {
                    send(producer, kept);
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

    private ScannerFactory scannerFactory() {
        if (scanner != null) {
            return Scanners.parse(scanner, new Position("stdin", 0, 0));
        }
        return Scanners.fromCodec(codec, Integer.MAX_VALUE, new Position("stdin", 0, 0));
    }

    private static boolean stopping(CamelContext camel) {
        ServiceStatus status = camel.getStatus();
        return status.isStopping() || status.isStopped();
    }

    private void send(ProducerTemplate producer, List<Message> messages) {
        Exchange result = producer.send(target, e -> e.getMessage().setBody(MessageBatch.of(messages)));
        if (result.getException() != null) {
            LOG.error("Failed to deliver stdin message: {}", result.getException().getMessage());
        }
    }
}
