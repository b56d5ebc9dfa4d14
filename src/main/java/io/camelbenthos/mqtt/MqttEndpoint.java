package io.camelbenthos.mqtt;

import io.camelbenthos.camel.ClientEndpoint;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;

/**
 * One mqtt input (consumer) or output (producer). Every option has Benthos's default; durations are milliseconds,
 * the producer's {@code topic} and {@code retainedInterpolated} are Benthos interpolations (best written as
 * {@code RAW(...)}). The endpoint also holds the connection state its consumer or producer reports, which
 * {@link io.camelbenthos.camel.ClientEndpointProbe} shows on {@code /ready}.
 */
public class MqttEndpoint extends ClientEndpoint {
    /** Consumer: the topic filters to subscribe to (indexed options {@code topic.N}). */
    private List<String> topics = List.of();
    /** Comma-separated broker URLs ({@code tcp://}, {@code ssl://}, {@code ws://}, {@code wss://}). */
    private String urls = "";
    /** The client id; empty lets the broker choose one (clean sessions only). */
    private String clientId = "";
    /** {@code nanoid} appends a random 21-character suffix to the client id. */
    private String dynamicClientIdSuffix = "";
    /** Milliseconds a connection attempt may take. */
    private long connectTimeout = 30_000;
    /** Register a last will. */
    private boolean willEnabled = false;
    /** The will's QoS. */
    private int willQos = 0;
    /** The will is retained. */
    private boolean willRetained = false;
    /** The will's topic. */
    private String willTopic = "";
    /** The will's payload. */
    private String willPayload = "";
    /** The user name. */
    private String user = "";
    /** The password. */
    private String password = "";
    /** Seconds between keepalive pings. */
    private int keepalive = 30;
    /** Consumer: the QoS of every subscription; producer: the QoS of every publish. */
    private int qos = 1;
    /** Consumer: start a clean session (false keeps the broker's session of the client id). */
    private boolean cleanSession = true;
    /** Consumer: a nacked message is processed again until acked; false: it is dropped (acked). */
    private boolean autoReplayNacks = true;
    /** Producer: the topic, a Benthos interpolation evaluated per message. */
    private String topic = "";
    /** Producer: publish retained. */
    private boolean retained = false;
    /** Producer: an interpolation yielding {@code true}/{@code false}, overriding {@code retained}. */
    private String retainedInterpolated = "";
    /** Producer: milliseconds handing a publish to the client may take. */
    private long writeTimeout = 3_000;
    /** Producer: publishes awaiting the broker's acknowledgement at once. */
    private int maxInFlight = 64;

    public MqttEndpoint(String uri, MqttComponent component) {
        super(uri, component);
    }

    @Override
    public Producer createProducer() {
        return new MqttProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        MqttConsumer consumer = new MqttConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** The broker URLs, in order. */
    List<String> urlList() {
        return Arrays.stream(urls.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    MqttDialer dialer() {
        return new MqttDialer(this);
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = List.copyOf(topics);
    }

    public String getUrls() {
        return urls;
    }

    public void setUrls(String urls) {
        this.urls = urls == null ? "" : urls;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId == null ? "" : clientId;
    }

    public String getDynamicClientIdSuffix() {
        return dynamicClientIdSuffix;
    }

    public void setDynamicClientIdSuffix(String dynamicClientIdSuffix) {
        this.dynamicClientIdSuffix = dynamicClientIdSuffix == null ? "" : dynamicClientIdSuffix;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public boolean isWillEnabled() {
        return willEnabled;
    }

    public void setWillEnabled(boolean willEnabled) {
        this.willEnabled = willEnabled;
    }

    public int getWillQos() {
        return willQos;
    }

    public void setWillQos(int willQos) {
        this.willQos = willQos;
    }

    public boolean isWillRetained() {
        return willRetained;
    }

    public void setWillRetained(boolean willRetained) {
        this.willRetained = willRetained;
    }

    public String getWillTopic() {
        return willTopic;
    }

    public void setWillTopic(String willTopic) {
        this.willTopic = willTopic == null ? "" : willTopic;
    }

    public String getWillPayload() {
        return willPayload;
    }

    public void setWillPayload(String willPayload) {
        this.willPayload = willPayload == null ? "" : willPayload;
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

    public int getKeepalive() {
        return keepalive;
    }

    public void setKeepalive(int keepalive) {
        this.keepalive = keepalive;
    }

    public int getQos() {
        return qos;
    }

    public void setQos(int qos) {
        this.qos = qos;
    }

    public boolean isCleanSession() {
        return cleanSession;
    }

    public void setCleanSession(boolean cleanSession) {
        this.cleanSession = cleanSession;
    }

    public boolean isAutoReplayNacks() {
        return autoReplayNacks;
    }

    public void setAutoReplayNacks(boolean autoReplayNacks) {
        this.autoReplayNacks = autoReplayNacks;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic == null ? "" : topic;
    }

    public boolean isRetained() {
        return retained;
    }

    public void setRetained(boolean retained) {
        this.retained = retained;
    }

    public String getRetainedInterpolated() {
        return retainedInterpolated;
    }

    public void setRetainedInterpolated(String retainedInterpolated) {
        this.retainedInterpolated = retainedInterpolated == null ? "" : retainedInterpolated;
    }

    public long getWriteTimeout() {
        return writeTimeout;
    }

    public void setWriteTimeout(long writeTimeout) {
        this.writeTimeout = writeTimeout;
    }

    public int getMaxInFlight() {
        return maxInFlight;
    }

    public void setMaxInFlight(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }
}
