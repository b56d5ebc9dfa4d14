package io.camelbenthos.redis;

import io.camelbenthos.camel.ClientEndpoint;
import java.util.List;
import java.util.Map;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;

/**
 * One Benthos redis input (consumer) or output (producer) of the {@code benthos-redis} component; {@code type} says
 * which ({@code redis_list}, {@code redis_pubsub}, {@code redis_streams}, {@code redis_hash}). Every option has
 * Benthos's default; the producer's string options are Benthos interpolations (best written as {@code RAW(...)}).
 * List and map options are listed in {@link BenthosRedisComponent}. The endpoint also holds the connection state its
 * consumer or producer reports, which {@link io.camelbenthos.camel.ClientEndpointProbe} shows on {@code /ready}.
 */
public class BenthosRedisEndpoint extends ClientEndpoint {
    /** Which Benthos component: redis_list, redis_pubsub, redis_streams or redis_hash. */
    private String type = "";
    /** The url field: comma-separated redis:// or rediss:// addresses. */
    private String url = "";
    /** simple, cluster or failover. */
    private String kind = "simple";
    /** The sentinel master name (kind failover). */
    private String master = "";
    /** The client name the server shows. */
    private String clientName = "redpanda-connect";
    /** redis_list: the list (consumer), interpolated (producer); redis_hash: the hash, interpolated. */
    private String key = "";
    /** redis_list: blpop or brpop (consumer), rpush or lpush (producer). */
    private String command = "";
    /** Consumer: milliseconds a blocking pop or XREADGROUP waits. */
    private long timeout = 5000;
    /** Consumer: a nacked message is delivered again rather than dropped. */
    private boolean autoReplayNacks = true;
    /** Consumer: messages in flight at once (0: up to 1024); producer: accepted, writes are pipelined. */
    private int maxInFlight = 0;
    /** redis_pubsub consumer: channels are PSUBSCRIBE patterns. */
    private boolean usePatterns = false;
    /** redis_pubsub producer: the channel, interpolated. */
    private String channel = "";
    /** redis_streams consumer: the consumer group. */
    private String consumerGroup = "";
    /** redis_streams consumer: the consumer name within the group. */
    private String clientId = "";
    /** redis_streams consumer: create missing streams with the group (MKSTREAM). */
    private boolean createStreams = true;
    /** redis_streams consumer: a new group starts at the oldest entry (else at new ones). */
    private boolean startFromOldest = true;
    /** redis_streams consumer: milliseconds between XACK flushes. */
    private long commitPeriod = 1000;
    /** redis_streams consumer: XREADGROUP COUNT. */
    private int limit = 10;
    /** redis_streams: the entry field holding the message. */
    private String bodyKey = "body";
    /** redis_streams producer: the stream, interpolated. */
    private String stream = "";
    /** redis_streams producer: the entry id, interpolated. */
    private String id = "*";
    /** redis_streams producer: MAXLEN ~ n when above 0. */
    private long maxLength = 0;
    /** redis_hash producer: every metadata entry becomes a field. */
    private boolean walkMetadata = false;
    /** redis_hash producer: the top-level keys of the JSON body become fields. */
    private boolean walkJsonObject = false;
    private List<String> channels = List.of();
    private List<String> streams = List.of();
    private List<String> metadataExcludePrefixes = List.of();
    private Map<String, String> fields = Map.of();

    public BenthosRedisEndpoint(String uri, BenthosRedisComponent component) {
        super(uri, component);
    }

    @Override
    public Producer createProducer() {
        return new RedisProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer = switch (type) {
            case "redis_list" -> new RedisListConsumer(this, processor);
            case "redis_pubsub" -> new RedisPubSubConsumer(this, processor);
            case "redis_streams" -> new RedisStreamsConsumer(this, processor);
            default -> throw new IllegalArgumentException("benthos-redis: no input of type '" + type + "'");
        };
        configureConsumer(consumer);
        return consumer;
    }

    /** The client fields as one value. */
    public RedisClientSettings clientSettings() {
        return new RedisClientSettings(url, kind, master, clientName, tlsSettings());
    }

    public List<String> getChannels() {
        return channels;
    }

    public void setChannels(List<String> channels) {
        this.channels = List.copyOf(channels);
    }

    public List<String> getStreams() {
        return streams;
    }

    public void setStreams(List<String> streams) {
        this.streams = List.copyOf(streams);
    }

    public List<String> getMetadataExcludePrefixes() {
        return metadataExcludePrefixes;
    }

    public void setMetadataExcludePrefixes(List<String> metadataExcludePrefixes) {
        this.metadataExcludePrefixes = List.copyOf(metadataExcludePrefixes);
    }

    /** redis_hash producer: field name to interpolated value, in order. */
    public Map<String, String> getFields() {
        return fields;
    }

    public void setFields(Map<String, String> fields) {
        this.fields = fields;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null ? "" : type;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url == null ? "" : url;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getMaster() {
        return master;
    }

    public void setMaster(String master) {
        this.master = master == null ? "" : master;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName == null ? "" : clientName;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key == null ? "" : key;
    }

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        this.command = command == null ? "" : command;
    }

    public long getTimeout() {
        return timeout;
    }

    public void setTimeout(long timeout) {
        this.timeout = timeout;
    }

    public boolean isAutoReplayNacks() {
        return autoReplayNacks;
    }

    public void setAutoReplayNacks(boolean autoReplayNacks) {
        this.autoReplayNacks = autoReplayNacks;
    }

    public int getMaxInFlight() {
        return maxInFlight;
    }

    public void setMaxInFlight(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    public boolean isUsePatterns() {
        return usePatterns;
    }

    public void setUsePatterns(boolean usePatterns) {
        this.usePatterns = usePatterns;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel == null ? "" : channel;
    }

    public String getConsumerGroup() {
        return consumerGroup;
    }

    public void setConsumerGroup(String consumerGroup) {
        this.consumerGroup = consumerGroup == null ? "" : consumerGroup;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId == null ? "" : clientId;
    }

    public boolean isCreateStreams() {
        return createStreams;
    }

    public void setCreateStreams(boolean createStreams) {
        this.createStreams = createStreams;
    }

    public boolean isStartFromOldest() {
        return startFromOldest;
    }

    public void setStartFromOldest(boolean startFromOldest) {
        this.startFromOldest = startFromOldest;
    }

    public long getCommitPeriod() {
        return commitPeriod;
    }

    public void setCommitPeriod(long commitPeriod) {
        this.commitPeriod = commitPeriod;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    public String getBodyKey() {
        return bodyKey;
    }

    public void setBodyKey(String bodyKey) {
        this.bodyKey = bodyKey == null ? "" : bodyKey;
    }

    public String getStream() {
        return stream;
    }

    public void setStream(String stream) {
        this.stream = stream == null ? "" : stream;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id;
    }

    public long getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(long maxLength) {
        this.maxLength = maxLength;
    }

    public boolean isWalkMetadata() {
        return walkMetadata;
    }

    public void setWalkMetadata(boolean walkMetadata) {
        this.walkMetadata = walkMetadata;
    }

    public boolean isWalkJsonObject() {
        return walkJsonObject;
    }

    public void setWalkJsonObject(boolean walkJsonObject) {
        this.walkJsonObject = walkJsonObject;
    }
}
