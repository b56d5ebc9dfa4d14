package io.camelbenthos.kafka;

import io.camelbenthos.readiness.ConnectionState;
import io.camelbenthos.readiness.OutputConnection.Attempt;
import io.camelbenthos.readiness.ReplayBackoff;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll loop of a Kafka input, with Benthos's delivery semantics (connectors §1.1, §0.3):
 * <ul>
 *   <li>one thread owns the client: it connects (logging {@code Failed to connect to kafka: ...} and retrying with
 *       Benthos's input backoff, 100 ms to 1 s), polls, hands records to the route and commits;</li>
 *   <li>records are sent to the route asynchronously, at most {@code checkpointLimit} per partition unacked at once
 *       (fetching of a partition pauses meanwhile), in offset order;</li>
 *   <li>an ack (the exchange completed) is passed back to the poll thread, which advances the partition's
 *       {@link PartitionCheckpoint}; every {@code commitPeriodMs}, on revocation and at shutdown the offset after the
 *       acked prefix is committed, never past a message still pending;</li>
 *   <li>a nack (the exchange failed) replays the record, rebuilt from what was fetched, after {@link ReplayBackoff},
 *       until it is acked ({@code autoReplayNacks=false}: the nack counts as done, as Benthos commits it too).</li>
 * </ul>
 */
final class BenthosKafkaConsumer extends DefaultConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(BenthosKafkaConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long MAX_BACKOFF_MILLIS = 1000;
    private static final long MAX_DRAIN_MILLIS = 30_000;

    private final BenthosKafkaEndpoint endpoint;
    private final KafkaTopics topics;
    private final LinkedBlockingQueue<Delivery> acked = new LinkedBlockingQueue<>();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    /** Exchanges in the route right now (replays waiting for their turn not included). */
    private final AtomicInteger outstanding = new AtomicInteger();
    private volatile boolean stopping;
    /** Counted down on stop: ends a wait between connection attempts at once (no interrupt reaches the client). */
    private volatile CountDownLatch stopped = new CountDownLatch(1);
    private volatile KafkaConsumer<byte[], byte[]> client;
    private Thread poller;
    private ScheduledExecutorService replays;
    /** Poll thread only: the partitions this input holds now. */
    private final Map<TopicPartition, PartitionState> partitions = new HashMap<>();
    private long nextCommit;

    BenthosKafkaConsumer(BenthosKafkaEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.topics = KafkaTopics.parse(List.of(endpoint.getTopics()), endpoint.isExplicitOffsets());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        stopping = false;
        stopped = new CountDownLatch(1);
        replays = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "benthos-kafka-replay");
        poller = new Thread(this::run, "benthos-" + endpoint.getComponentType() + "-input");
        poller.setDaemon(true);
        poller.start();
    }

    @Override
    protected void doStop() throws Exception {
        stopping = true;
        stopped.countDown();
        KafkaConsumer<byte[], byte[]> current = client;
        if (current != null) {
            current.wakeup();
        }
        if (poller != null) {
            poller.join(drainMillis() + 10_000);
            poller = null;
        }
        if (replays != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(replays);
            replays = null;
        }
        super.doStop();
    }

    private long drainMillis() {
        long strategy = getEndpoint().getCamelContext().getShutdownStrategy().getTimeUnit()
                .toMillis(getEndpoint().getCamelContext().getShutdownStrategy().getTimeout());
        return Math.min(strategy, MAX_DRAIN_MILLIS);
    }

    /**
     * Sessions until stopped: connect, join, poll. A session that breaks on an unexpected client error is closed and
     * a new one connects, as Benthos's input goes back to its connect loop; messages of the old session still in
     * flight are then read again from the last commit.
     */
    private void run() {
        while (!stopping) {
            KafkaConsumer<byte[], byte[]> consumer = connect();
            if (consumer == null) {
                return;
            }
            client = consumer;
            try {
                if (!stopping) {
                    join(consumer);
                    nextCommit = System.currentTimeMillis() + endpoint.getCommitPeriodMs();
                    pollLoop(consumer);
                    drain(consumer);
                }
            } catch (RuntimeException e) {
                LOG.error(topics.isBalanced() ? "Kafka group session error: {}" : "Kafka message recv error: {}",
                        e.getMessage());
            } finally {
                client = null;
                try {
                    consumer.close(Duration.ofSeconds(5));
                } catch (RuntimeException e) {
                    LOG.debug("Closing the Kafka consumer: {}", e.getMessage());
                }
                partitions.clear();
                endpoint.getConnection().update(ConnectionState.PENDING);
            }
        }
    }

    /** Benthos's connect loop: a reachable broker answering with the input's settings, then the client. */
    private KafkaConsumer<byte[], byte[]> connect() {
        Properties properties = endpoint.clientProperties();
        double backoff = 100;
        while (!stopping) {
            String error;
            try {
                Attempt attempt = new KafkaConnector(properties).connect();
                error = attempt.error();
                if (error == null) {
                    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties);
                    endpoint.getConnection().update(ConnectionState.CONNECTED);
                    LOG.info("Input type {} is now active", endpoint.getComponentType());
                    return consumer;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (KafkaException e) {
                error = e.getMessage();
            }
            endpoint.getConnection().update(ConnectionState.failing(error));
            LOG.error("Failed to connect to {}: {}", endpoint.getComponentType(), error.replace("\n", "\\n"));
            try {
                if (stopped.await((long) backoff, TimeUnit.MILLISECONDS)) {
                    return null;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            backoff = Math.min(backoff * 1.5, MAX_BACKOFF_MILLIS);
        }
        return null;
    }

    /** Subscribes (balanced topics or a pattern, through the consumer group) or assigns the explicit partitions. */
    private void join(KafkaConsumer<byte[], byte[]> consumer) {
        if (!endpoint.getTopicPattern().isEmpty()) {
            consumer.subscribe(Pattern.compile(endpoint.getTopicPattern()), new Rebalance(consumer));
            return;
        }
        if (topics.isBalanced()) {
            consumer.subscribe(topics.balanced(), new Rebalance(consumer));
            return;
        }
        List<TopicPartition> assigned = new ArrayList<>();
        topics.explicit().forEach((topic, parts) -> parts.keySet().forEach(p -> assigned.add(new TopicPartition(topic, p))));
        consumer.assign(assigned);
        topics.explicit().forEach((topic, parts) -> parts.forEach((p, offset) -> {
            if (offset != KafkaTopics.DEFAULT_OFFSET) {
                consumer.seek(new TopicPartition(topic, p), offset);
            }
        }));
        assigned.forEach(tp -> partitions.put(tp, new PartitionState()));
    }

    private void pollLoop(KafkaConsumer<byte[], byte[]> consumer) {
        long errorBackoff = 100;
        while (!stopping) {
            wakeRequested.set(false);
            applyAcks();
            dispatchBacklogs();
            updatePauses(consumer);
            commitIfDue(consumer, false);
            ConsumerRecords<byte[], byte[]> records;
            try {
                records = consumer.poll(POLL);
                errorBackoff = 100;
            } catch (WakeupException e) {
                continue; // acks arrived, or stopping
            } catch (KafkaException e) {
                LOG.error("Kafka message recv error: {}", e.getMessage());
                if (!sleep(errorBackoff)) {
                    return;
                }
                errorBackoff = Math.min(errorBackoff * 2, MAX_BACKOFF_MILLIS);
                continue;
            }
            for (TopicPartition tp : records.partitions()) {
                PartitionState state = partitions.get(tp);
                if (state == null) {
                    continue;
                }
                long highWatermark = highWatermark(consumer, tp);
                for (ConsumerRecord<byte[], byte[]> record : records.records(tp)) {
                    state.backlog.add(new Delivery(state, tp, record, highWatermark));
                }
            }
        }
    }

    /** Waits between failed polls; false when stopping meanwhile. */
    private boolean sleep(long millis) {
        try {
            return !stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The partition's high watermark as the client last learnt it; -1 when unknown. */
    private static long highWatermark(KafkaConsumer<byte[], byte[]> consumer, TopicPartition tp) {
        try {
            OptionalLong lag = consumer.currentLag(tp);
            return lag.isPresent() ? consumer.position(tp, Duration.ZERO) + lag.getAsLong() : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void applyAcks() {
        Delivery d;
        while ((d = acked.poll()) != null) {
            apply(d);
        }
    }

    private void apply(Delivery d) {
        // an ack of a partition revoked meanwhile is dropped: its new owner reads from the committed offset
        if (partitions.get(d.partition) == d.owner) {
            d.owner.checkpoint.ack(d.record.offset());
        }
    }

    private void dispatchBacklogs() {
        int limit = Math.max(1, endpoint.getCheckpointLimit());
        for (PartitionState state : partitions.values()) {
            while (!state.backlog.isEmpty() && state.checkpoint.pending() < limit && !stopping) {
                Delivery d = state.backlog.poll();
                state.checkpoint.track(d.record.offset());
                dispatch(d);
            }
        }
    }

    /** Fetching of a partition pauses while records fetched for it wait for the checkpoint limit. */
    private void updatePauses(KafkaConsumer<byte[], byte[]> consumer) {
        List<TopicPartition> pause = new ArrayList<>();
        List<TopicPartition> resume = new ArrayList<>();
        partitions.forEach((tp, state) -> {
            boolean full = !state.backlog.isEmpty();
            if (full != state.paused) {
                (full ? pause : resume).add(tp);
                state.paused = full;
            }
        });
        if (!pause.isEmpty()) {
            consumer.pause(pause);
        }
        if (!resume.isEmpty()) {
            consumer.resume(resume);
        }
    }

    private void commitIfDue(KafkaConsumer<byte[], byte[]> consumer, boolean now) {
        if (endpoint.getConsumerGroup().isEmpty()) {
            return; // no group: nothing is ever committed (Benthos)
        }
        long time = System.currentTimeMillis();
        if (!now && time < nextCommit) {
            return;
        }
        nextCommit = time + endpoint.getCommitPeriodMs();
        Map<TopicPartition, OffsetAndMetadata> offsets = committable(partitions);
        if (offsets.isEmpty()) {
            return;
        }
        if (now) {
            consumer.commitSync(offsets);
            markCommitted(offsets);
            return;
        }
        consumer.commitAsync(offsets, (done, error) -> {
            if (error != null) {
                LOG.error("Failed to commit offsets: {}", error.getMessage());
            } else {
                markCommitted(done);
            }
        });
    }

    private Map<TopicPartition, OffsetAndMetadata> committable(Map<TopicPartition, PartitionState> states) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        states.forEach((tp, state) -> {
            long next = state.checkpoint.committable();
            if (next > state.committed) {
                offsets.put(tp, new OffsetAndMetadata(next));
            }
        });
        return offsets;
    }

    private void markCommitted(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((tp, offset) -> {
            PartitionState state = partitions.get(tp);
            if (state != null && offset.offset() > state.committed) {
                state.committed = offset.offset();
            }
        });
    }

    /** Stopping: waits (bounded) for the messages in the route to be acked, then commits what they allow. */
    private void drain(KafkaConsumer<byte[], byte[]> consumer) {
        long deadline = System.currentTimeMillis() + drainMillis();
        if (outstanding.get() > 0) {
            LOG.debug("Waiting for pending acks to resolve before shutting down.");
        }
        try {
            while (outstanding.get() > 0 && System.currentTimeMillis() < deadline) {
                Delivery d = acked.poll(50, TimeUnit.MILLISECONDS);
                if (d != null) {
                    apply(d);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        applyAcks();
        try {
            commitIfDue(consumer, true);
        } catch (RuntimeException e) {
            LOG.error("Failed to commit offsets: {}", e.getMessage());
        }
    }

    /** Hands a record to the route; the exchange's completion is its ack or nack. */
    private void dispatch(Delivery d) {
        Exchange exchange = createExchange(false);
        byte[] value = d.record.value();
        exchange.getMessage().setBody(value == null ? new byte[0] : value);
        exchange.getMessage().getHeaders().putAll(KafkaRecordMetadata.of(d.record, d.highWatermark,
                endpoint.isMultiHeader(), endpoint.isHeadersLast(), endpoint.isLagMetadata()));
        outstanding.incrementAndGet();
        try {
            getAsyncProcessor().process(exchange, doneSync -> completed(d, exchange));
        } catch (RuntimeException e) {
            exchange.setException(e);
            completed(d, exchange);
        }
    }

    private void completed(Delivery d, Exchange exchange) {
        Exception failure = exchange.getException();
        releaseExchange(exchange, false);
        outstanding.decrementAndGet();
        if (failure != null && endpoint.isAutoReplayNacks()) {
            if (stopping) {
                return; // not acked, so not committed: read again after a restart
            }
            d.retries++;
            LOG.debug("Replaying nacked message {}-{}@{}: {}", d.partition.topic(), d.partition.partition(),
                    d.record.offset(), failure.getMessage());
            ScheduledExecutorService pool = replays;
            if (pool != null) {
                try {
                    pool.schedule(() -> {
                        if (!stopping) {
                            dispatch(d);
                        }
                    }, ReplayBackoff.millis(d.retries), TimeUnit.MILLISECONDS);
                } catch (RuntimeException rejected) {
                    // stopping: the message stays uncommitted
                }
            }
            return;
        }
        acked.add(d);
        KafkaConsumer<byte[], byte[]> current = client;
        if (current != null && wakeRequested.compareAndSet(false, true)) {
            current.wakeup(); // the poll thread applies the ack now, maybe releasing the next record
        }
    }

    /** Partition bookkeeping; poll thread only. */
    private static final class PartitionState {
        final PartitionCheckpoint checkpoint = new PartitionCheckpoint();
        final ArrayDeque<Delivery> backlog = new ArrayDeque<>();
        long committed = -1;
        boolean paused;
    }

    /** One record on its way through the route (and its replays). */
    private static final class Delivery {
        final PartitionState owner;
        final TopicPartition partition;
        final ConsumerRecord<byte[], byte[]> record;
        final long highWatermark;
        int retries;

        Delivery(PartitionState owner, TopicPartition partition, ConsumerRecord<byte[], byte[]> record,
                 long highWatermark) {
            this.owner = owner;
            this.partition = partition;
            this.record = record;
            this.highWatermark = highWatermark;
        }
    }

    /** Group rebalances: revoked partitions commit their acked prefix first; lost ones commit nothing. */
    private final class Rebalance implements ConsumerRebalanceListener {
        private final KafkaConsumer<byte[], byte[]> consumer;

        Rebalance(KafkaConsumer<byte[], byte[]> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
            applyAcks();
            Map<TopicPartition, PartitionState> leaving = new HashMap<>();
            revoked.forEach(tp -> {
                PartitionState state = partitions.get(tp);
                if (state != null) {
                    leaving.put(tp, state);
                }
            });
            Map<TopicPartition, OffsetAndMetadata> offsets = committable(leaving);
            if (!offsets.isEmpty() && !endpoint.getConsumerGroup().isEmpty()) {
                try {
                    consumer.commitSync(offsets);
                } catch (RuntimeException e) {
                    LOG.error("Commit error on partition revoke: {}", e.getMessage());
                }
            }
            revoked.forEach(partitions::remove);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> lost) {
            lost.forEach(partitions::remove);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
            assigned.forEach(tp -> partitions.putIfAbsent(tp, new PartitionState()));
        }
    }
}
