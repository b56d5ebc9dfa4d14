package io.camelbenthos.source;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.camelbenthos.runtime.InputLifecycle;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link BatchSource} for an input (connectors reference §0.1, §0.3): started once by the input's one-shot
 * timer route, on a thread of its own (reads block), it sends each batch to the input's delivery route and waits for
 * the outcome. A nacked batch is sent again (copies of the messages as read; the first two retries at once, then
 * 1 ms growing ×1.1 up to 1 s) until acked, or with {@code auto_replay_nacks: false} its nack goes to the source. A
 * failed read is logged {@code Failed to read message: ...} and retried after 100 ms growing to 1 s. Once the source
 * is exhausted the input closes (the stream ends when all its inputs have).
 *
 * <p>A JavaBean: the subclasses hold the input's settings and build the source when the pump starts.
 */
public abstract class SourcePump implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(SourcePump.class);

    private String target = "";
    private String streamId = "";
    private String inputType = "";
    private boolean autoReplayNacks = true;
    private volatile boolean stopped;

    /** The endpoint of the input's delivery route (its processors, then the pipeline). */
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

    /** The Benthos input type, for the logs and the thread's name. */
    public String getInputType() {
        return inputType;
    }

    public void setInputType(String inputType) {
        this.inputType = inputType;
    }

    public boolean isAutoReplayNacks() {
        return autoReplayNacks;
    }

    public void setAutoReplayNacks(boolean autoReplayNacks) {
        this.autoReplayNacks = autoReplayNacks;
    }

    /** Builds the source from the settings; an exception here is logged and the input closes. */
    protected abstract BatchSource openSource(CamelContext camel) throws Exception;

    /** Stops reading after the batch in hand. */
    @JsonIgnore
    public void stop() {
        stopped = true;
    }

    @Override
    public void process(Exchange trigger) {
        CamelContext camel = trigger.getContext();
        stopped = false;
        Thread reader = new Thread(() -> run(camel), "camel-benthos-" + inputType);
        reader.setDaemon(true);
        reader.start();
    }

    private void run(CamelContext camel) {
        ProducerTemplate producer = camel.createProducerTemplate();
        try (BatchSource source = openSource(camel)) {
            LOG.info("Input type {} is now active", inputType);
            pump(source, producer, camel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.error("Failed to connect to {}: {}", inputType, e.getMessage());
        } finally {
            producer.stop();
            // end of input: the stream can end once its other inputs have closed too
            InputLifecycle.of(camel).inputClosed(streamId);
        }
    }

    private void pump(BatchSource source, ProducerTemplate producer, CamelContext camel) throws InterruptedException {
        long backoff = 100;
        while (!stopping(camel)) {
            SourceBatch batch;
            try {
                batch = source.read();
                backoff = 100;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                LOG.error("Failed to read message: {}", e.getMessage());
                Thread.sleep(backoff);
                backoff = Math.min(1000, backoff * 2);
                continue;
            }
            if (batch == null) {
                return;
            }
            if (!batch.messages().isEmpty()) {
                deliver(producer, batch, camel);
            }
        }
    }

    /** Sends one batch until it is acked (or, without replays, once) and reports the outcome to the source. */
    private void deliver(ProducerTemplate producer, SourceBatch batch, CamelContext camel) throws InterruptedException {
        double wait = 0;
        int attempt = 0;
        while (true) {
            List<Message> copies = batch.messages().stream().map(Message::copy).toList();
            Exchange result = producer.send(batch.via() == null ? target : batch.via(),
                    e -> e.getMessage().setBody(MessageBatch.of(copies)));
            Exception error = result.getException();
            if (error == null) {
                batch.ack().accept(null);
                return;
            }
            if (!autoReplayNacks || stopping(camel)) {
                LOG.debug("Message rejected: {}", error.getMessage());
                batch.ack().accept(error);
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
}
