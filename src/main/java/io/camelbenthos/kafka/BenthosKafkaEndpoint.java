package io.camelbenthos.kafka;

import java.util.Properties;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.component.kafka.KafkaConfiguration;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * One Kafka input. The path is the input's {@code topics} items, comma-separated, in Benthos's syntax
 * ({@link KafkaTopics}). Options:
 * <ul>
 *   <li>{@code brokers} (required), {@code clientId}, {@code consumerGroup} (empty: no group, nothing committed),
 *       {@code instanceId}, {@code rackId};</li>
 *   <li>{@code startOffset} {@code earliest} / {@code latest} / {@code committed}: where a partition without a
 *       committed offset starts;</li>
 *   <li>{@code checkpointLimit} (default 1024): messages of one partition in flight at most; 1 is lock-step;</li>
 *   <li>{@code commitPeriodMs} (default 1000): how often acked offsets are committed;</li>
 *   <li>{@code autoReplayNacks} (default true): a nacked message is sent again until acked; false: a nack counts as
 *       done (committed);</li>
 *   <li>{@code multiHeader}, {@code headersLast} (franz: headers override the {@code kafka_*} keys),
 *       {@code lagMetadata} (set {@code kafka_lag}), {@code explicitOffsets} ({@code topic:partition:offset});</li>
 *   <li>{@code topicPattern}: a regular expression of topics to subscribe to instead of the path;</li>
 *   <li>{@code sessionTimeoutMs}, {@code heartbeatIntervalMs}, {@code rebalanceTimeoutMs},
 *       {@code isolationLevel};</li>
 *   <li>{@code componentType}: the Benthos type named in log lines ({@code kafka}, {@code kafka_franz}, ...);</li>
 *   <li>{@code connection=#bean}: the {@link KafkaInputConnection} {@code /ready} reads;</li>
 *   <li>camel-kafka's connection options ({@code securityProtocol}, {@code saslMechanism}, {@code sslTruststore*},
 *       {@code additionalProperties.*}, ...).</li>
 * </ul>
 */
public class BenthosKafkaEndpoint extends DefaultEndpoint {
    private String topics = "";
    private String brokers = "";
    private String clientId = "benthos";
    private String consumerGroup = "";
    private String instanceId = "";
    private String rackId = "";
    private String startOffset = "earliest";
    private int checkpointLimit = 1024;
    private long commitPeriodMs = 1000;
    private boolean autoReplayNacks = true;
    private boolean multiHeader;
    private boolean headersLast;
    private boolean lagMetadata = true;
    private boolean explicitOffsets;
    private String topicPattern = "";
    private int sessionTimeoutMs = 10_000;
    private int heartbeatIntervalMs = 3_000;
    private int rebalanceTimeoutMs = 60_000;
    private String isolationLevel = "read_uncommitted";
    private String componentType = "kafka";
    private KafkaInputConnection connection = new KafkaInputConnection();
    private KafkaConfiguration connectionSettings = new KafkaConfiguration();

    public BenthosKafkaEndpoint(String uri, BenthosKafkaComponent component) {
        super(uri, component);
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("benthos-kafka is an input: it has no producer");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        BenthosKafkaConsumer consumer = new BenthosKafkaConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** The client properties: camel-kafka's connection settings, then this input's own. */
    Properties clientProperties() {
        Properties p = connectionSettings.createConsumerProperties();
        // camel-kafka's consumer defaults that this input sets itself (or must not set at all)
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        p.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, switch (startOffset) {
            case "latest" -> "latest";
            case "committed" -> "none";
            default -> "earliest";
        });
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(sessionTimeoutMs));
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, String.valueOf(heartbeatIntervalMs));
        // the Java client's rebalance timeout is max.poll.interval.ms; the poll loop never stalls, acks are async
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, String.valueOf(rebalanceTimeoutMs));
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel);
        if (!rackId.isEmpty()) {
            p.put(ConsumerConfig.CLIENT_RACK_CONFIG, rackId);
        }
        if (!consumerGroup.isEmpty()) {
            p.put(ConsumerConfig.GROUP_ID_CONFIG, consumerGroup);
            if (!instanceId.isEmpty()) {
                p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
            }
        }
        return p;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getBrokers() {
        return brokers;
    }

    public void setBrokers(String brokers) {
        this.brokers = brokers;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getConsumerGroup() {
        return consumerGroup;
    }

    public void setConsumerGroup(String consumerGroup) {
        this.consumerGroup = consumerGroup;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    public String getRackId() {
        return rackId;
    }

    public void setRackId(String rackId) {
        this.rackId = rackId;
    }

    public String getStartOffset() {
        return startOffset;
    }

    public void setStartOffset(String startOffset) {
        this.startOffset = startOffset;
    }

    public int getCheckpointLimit() {
        return checkpointLimit;
    }

    public void setCheckpointLimit(int checkpointLimit) {
        this.checkpointLimit = checkpointLimit;
    }

    public long getCommitPeriodMs() {
        return commitPeriodMs;
    }

    public void setCommitPeriodMs(long commitPeriodMs) {
        this.commitPeriodMs = commitPeriodMs;
    }

    public boolean isAutoReplayNacks() {
        return autoReplayNacks;
    }

    public void setAutoReplayNacks(boolean autoReplayNacks) {
        this.autoReplayNacks = autoReplayNacks;
    }

    public boolean isMultiHeader() {
        return multiHeader;
    }

    public void setMultiHeader(boolean multiHeader) {
        this.multiHeader = multiHeader;
    }

    public boolean isHeadersLast() {
        return headersLast;
    }

    public void setHeadersLast(boolean headersLast) {
        this.headersLast = headersLast;
    }

    public boolean isLagMetadata() {
        return lagMetadata;
    }

    public void setLagMetadata(boolean lagMetadata) {
        this.lagMetadata = lagMetadata;
    }

    public boolean isExplicitOffsets() {
        return explicitOffsets;
    }

    public void setExplicitOffsets(boolean explicitOffsets) {
        this.explicitOffsets = explicitOffsets;
    }

    public String getTopicPattern() {
        return topicPattern;
    }

    public void setTopicPattern(String topicPattern) {
        this.topicPattern = topicPattern;
    }

    public int getSessionTimeoutMs() {
        return sessionTimeoutMs;
    }

    public void setSessionTimeoutMs(int sessionTimeoutMs) {
        this.sessionTimeoutMs = sessionTimeoutMs;
    }

    public int getHeartbeatIntervalMs() {
        return heartbeatIntervalMs;
    }

    public void setHeartbeatIntervalMs(int heartbeatIntervalMs) {
        this.heartbeatIntervalMs = heartbeatIntervalMs;
    }

    public int getRebalanceTimeoutMs() {
        return rebalanceTimeoutMs;
    }

    public void setRebalanceTimeoutMs(int rebalanceTimeoutMs) {
        this.rebalanceTimeoutMs = rebalanceTimeoutMs;
    }

    public String getIsolationLevel() {
        return isolationLevel;
    }

    public void setIsolationLevel(String isolationLevel) {
        this.isolationLevel = isolationLevel;
    }

    public String getComponentType() {
        return componentType;
    }

    public void setComponentType(String componentType) {
        this.componentType = componentType;
    }

    public KafkaInputConnection getConnection() {
        return connection;
    }

    public void setConnection(KafkaInputConnection connection) {
        this.connection = connection;
    }

    KafkaConfiguration getConnectionSettings() {
        return connectionSettings;
    }

    void setConnectionSettings(KafkaConfiguration connectionSettings) {
        this.connectionSettings = connectionSettings;
    }
}
