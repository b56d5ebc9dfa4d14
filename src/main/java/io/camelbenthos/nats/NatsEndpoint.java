package io.camelbenthos.nats;

import io.camelbenthos.camel.ClientEndpoint;
import java.util.List;
import java.util.Map;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;

/**
 * One NATS input (consumer), output or {@code nats_kv} processor (producer), of one {@link NatsKind}. Every option
 * has Benthos's default; interpolated options are best written as {@code RAW(...)}. Map and list options are listed
 * in {@link NatsComponent}. The endpoint also holds the connection state its consumer or producer reports, which
 * {@link io.camelbenthos.camel.ClientEndpointProbe} shows on {@code /ready}.
 */
public class NatsEndpoint extends ClientEndpoint {
    private NatsKind kind = NatsKind.CORE;
    private Map<String, String> headers = Map.of();
    private List<String> metadataPrefixes = List.of();
    private List<String> metadataPatterns = List.of();
    /** Comma-separated server URLs. */
    private String urls = "";
    /** Reconnect attempts after a lost connection; negative is forever; unset (MIN_VALUE) is the client's 60. */
    private int maxReconnects = Integer.MIN_VALUE;
    /** User name (with password). */
    private String user = "";
    /** Password (with user). */
    private String password = "";
    /** Authentication token. */
    private String token = "";
    /** Consumer: the subject to subscribe to; producer: the subject, interpolated per message. */
    private String subject = "";
    /** Consumer: the queue group. */
    private String queue = "";
    /** Core consumer: publish +ACK to the reply subject of a message once acked. */
    private boolean sendAck = true;
    /** Core consumer: milliseconds the -NAK of a nacked message asks to wait; 0 none. */
    private long nakDelay = 0;
    /** Core consumer: messages buffered by the client before it drops (slow consumer). */
    private int prefetchCount = 500000;
    /** Core and KV consumers: a nacked message is replayed until acked; false: dropped (core: -NAK). */
    private boolean autoReplayNacks = true;
    /** JetStream consumer: the stream. */
    private String stream = "";
    /** JetStream consumer: the durable consumer name. */
    private String durable = "";
    /** JetStream consumer: bind to the existing consumer {@code durable} of {@code stream}. */
    private boolean bind = false;
    /** JetStream consumer: create a missing stream. */
    private boolean createStream = false;
    /** JetStream consumer: deliver policy: all, last, last_per_subject or new. */
    private String deliver = "all";
    /** JetStream consumer: milliseconds before an unacked message is redelivered. */
    private long ackWait = 30000;
    /** JetStream consumer: messages delivered but not yet acked at most. */
    private int maxAckPending = 1024;
    /** KV: the bucket. */
    private String bucket = "";
    /** KV consumer: the keys watched (wildcards); producer: the key, interpolated. */
    private String key = "";
    /** KV consumer: skip delete and purge markers. */
    private boolean ignoreDeletes = false;
    /** KV consumer: every revision, not only the latest of each key. */
    private boolean includeHistory = false;
    /** KV consumer: entries without their values. */
    private boolean metaOnly = false;
    /** KV producer: empty is the output's put; else the nats_kv processor's operation. */
    private String operation = "";
    /** KV processor: the revision (get_revision, update), interpolated. */
    private String revision = "";
    /** KV processor: milliseconds an operation may take. */
    private long timeout = 5000;
    /** Producer: messages being written at once. */
    private int maxInFlight = 64;
    public NatsEndpoint(String uri, NatsComponent component) {
        super(uri, component);
    }

    @Override
    public Producer createProducer() {
        return operation.isEmpty() ? new NatsPublisher(this) : new KvOperationProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        NatsConsumer consumer = switch (kind) {
            case CORE -> new CoreConsumer(this, processor);
            case JETSTREAM -> new JetStreamConsumer(this, processor);
            case KV -> new KvConsumer(this, processor);
        };
        configureConsumer(consumer);
        return consumer;
    }

    /** The server URLs, each item split at commas as Benthos does. */
    List<String> urlList() {
        return NatsUrls.expand(List.of(urls));
    }

    public NatsKind getKind() {
        return kind;
    }

    public void setKind(NatsKind kind) {
        this.kind = kind;
    }

    public Map<String, String> getHeaders() {
        return headers;
    }

    public void setHeaders(Map<String, String> headers) {
        this.headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }

    public List<String> getMetadataPrefixes() {
        return metadataPrefixes;
    }

    public void setMetadataPrefixes(List<String> metadataPrefixes) {
        this.metadataPrefixes = List.copyOf(metadataPrefixes);
    }

    public List<String> getMetadataPatterns() {
        return metadataPatterns;
    }

    public void setMetadataPatterns(List<String> metadataPatterns) {
        this.metadataPatterns = List.copyOf(metadataPatterns);
    }

    public String getUrls() {
        return urls;
    }

    public void setUrls(String urls) {
        this.urls = urls == null ? "" : urls;
    }

    public int getMaxReconnects() {
        return maxReconnects;
    }

    public void setMaxReconnects(int maxReconnects) {
        this.maxReconnects = maxReconnects;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user == null ? "" : user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token == null ? "" : token;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject == null ? "" : subject;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue == null ? "" : queue;
    }

    public boolean isSendAck() {
        return sendAck;
    }

    public void setSendAck(boolean sendAck) {
        this.sendAck = sendAck;
    }

    public long getNakDelay() {
        return nakDelay;
    }

    public void setNakDelay(long nakDelay) {
        this.nakDelay = nakDelay;
    }

    public int getPrefetchCount() {
        return prefetchCount;
    }

    public void setPrefetchCount(int prefetchCount) {
        this.prefetchCount = prefetchCount;
    }

    public boolean isAutoReplayNacks() {
        return autoReplayNacks;
    }

    public void setAutoReplayNacks(boolean autoReplayNacks) {
        this.autoReplayNacks = autoReplayNacks;
    }

    public String getStream() {
        return stream;
    }

    public void setStream(String stream) {
        this.stream = stream == null ? "" : stream;
    }

    public String getDurable() {
        return durable;
    }

    public void setDurable(String durable) {
        this.durable = durable == null ? "" : durable;
    }

    public boolean isBind() {
        return bind;
    }

    public void setBind(boolean bind) {
        this.bind = bind;
    }

    public boolean isCreateStream() {
        return createStream;
    }

    public void setCreateStream(boolean createStream) {
        this.createStream = createStream;
    }

    public String getDeliver() {
        return deliver;
    }

    public void setDeliver(String deliver) {
        this.deliver = deliver == null ? "" : deliver;
    }

    public long getAckWait() {
        return ackWait;
    }

    public void setAckWait(long ackWait) {
        this.ackWait = ackWait;
    }

    public int getMaxAckPending() {
        return maxAckPending;
    }

    public void setMaxAckPending(int maxAckPending) {
        this.maxAckPending = maxAckPending;
    }

    public String getBucket() {
        return bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket == null ? "" : bucket;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key == null ? "" : key;
    }

    public boolean isIgnoreDeletes() {
        return ignoreDeletes;
    }

    public void setIgnoreDeletes(boolean ignoreDeletes) {
        this.ignoreDeletes = ignoreDeletes;
    }

    public boolean isIncludeHistory() {
        return includeHistory;
    }

    public void setIncludeHistory(boolean includeHistory) {
        this.includeHistory = includeHistory;
    }

    public boolean isMetaOnly() {
        return metaOnly;
    }

    public void setMetaOnly(boolean metaOnly) {
        this.metaOnly = metaOnly;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation == null ? "" : operation;
    }

    public String getRevision() {
        return revision;
    }

    public void setRevision(String revision) {
        this.revision = revision == null ? "" : revision;
    }

    public long getTimeout() {
        return timeout;
    }

    public void setTimeout(long timeout) {
        this.timeout = timeout;
    }

    public int getMaxInFlight() {
        return maxInFlight;
    }

    public void setMaxInFlight(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }
}
