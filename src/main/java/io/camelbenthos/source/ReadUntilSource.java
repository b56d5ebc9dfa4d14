package io.camelbenthos.source;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.BoolQuery;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.message.Message;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code read_until} input (connectors reference §8.2): the child's batches pass until {@code check} holds for a
 * batch's first message; that batch goes on marked {@code benthos_read_until: final} and, once it is acked, the input
 * ends (a nack goes to the child and reading goes on). With {@code idle_timeout} the input also ends when the child
 * gives nothing for that long. A child that ends is opened again with {@code restart_input}, else the input ends.
 */
public final class ReadUntilSource implements BatchSource {
    private static final Logger LOG = LoggerFactory.getLogger(ReadUntilSource.class);

    private final Callable<BatchSource> opener;
    private final Mapping check;
    private final Duration idleTimeout;
    private final boolean restartInput;
    private final ExecutorService reads;
    private BatchSource child;
    private volatile boolean done;
    private long restartWait = 1;

    /**
     * @param check null for none
     * @param idleTimeout null for none
     */
    public ReadUntilSource(Callable<BatchSource> opener, Mapping check, Duration idleTimeout, boolean restartInput) {
        this.opener = opener;
        this.check = check;
        this.idleTimeout = idleTimeout;
        this.restartInput = restartInput;
        this.reads = idleTimeout == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "camel-benthos-read_until");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public SourceBatch read() throws Exception {
        while (!done) {
            if (child == null) {
                child = opener.call();
            }
            SourceBatch batch = readChild();
            if (done) {
                return null;
            }
            if (batch == null) {
                child.close();
                child = null;
                if (!restartInput) {
                    return null;
                }
                Thread.sleep(restartWait);
                restartWait = Math.min(100, restartWait * 2);
                continue;
            }
            restartWait = 1;
            if (batch.messages().isEmpty() || check == null || !passes(batch.messages().get(0))) {
                return batch;
            }
            batch.messages().get(0).metadata().put("benthos_read_until", "final");
            return batch.withAck(error -> {
                batch.ack().accept(error);
                if (error == null) {
                    done = true;
                }
            });
        }
        return null;
    }

    private SourceBatch readChild() throws Exception {
        if (reads == null) {
            return child.read();
        }
        Future<SourceBatch> pending = reads.submit(child::read);
        try {
            return pending.get(idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            LOG.info("Idle timeout reached");
            done = true;
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The check on a message: a failure is logged and counts as false. */
    private boolean passes(Message message) {
        try {
            return BoolQuery.test(check, message);
        } catch (BloblangException e) {
            LOG.error("Failed to execute check query: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        if (child != null) {
            child.close();
            child = null;
        }
        if (reads != null) {
            reads.shutdownNow();
        }
    }
}
