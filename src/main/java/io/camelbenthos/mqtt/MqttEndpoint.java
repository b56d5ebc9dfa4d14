package io.camelbenthos.mqtt;

import io.camelbenthos.readiness.ConnectionState;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;

/**
 * One mqtt input (consumer) or output (producer). Every option has Benthos's default; durations are milliseconds,
 * the producer's {@code topic} and {@code retainedInterpolated} are Benthos interpolations (best written as
 * {@code RAW(...)}). The endpoint also holds the connection state its consumer or producer reports, which
 * {@link MqttProbe} shows on {@code /ready}.
 */
public class MqttEndpoint extends DefaultEndpoint {
    private String name = "";
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
    /** Custom TLS settings are enabled. */
    private boolean tls = false;
    /** Do not verify the server's certificate. */
    private boolean tlsSkipCertVerify = false;
    /** PEM root certificates to trust. */
    private String tlsRootCas = "";
    /** File of PEM root certificates to trust. */
    private String tlsRootCasFile = "";
    /** PEM client certificate chain. */
    private String tlsClientCert = "";
    /** File of the PEM client certificate chain. */
    private String tlsClientCertFile = "";
    /** PEM client key (unencrypted PKCS#8). */
    private String tlsClientKey = "";
    /** File of the PEM client key. */
    private String tlsClientKeyFile = "";
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
    private volatile Supplier<ConnectionState> connectionState = () -> ConnectionState.PENDING;

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

    /** The state of the connection of this endpoint's consumer or producer, for {@code /ready}. */
    public ConnectionState connectionState() {
        return connectionState.get();
    }

    /** Where {@link #connectionState()} comes from: the consumer or producer, once started. */
    void connectionState(Supplier<ConnectionState> source) {
        this.connectionState = source;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public boolean isTls() {
        return tls;
    }

    public void setTls(boolean tls) {
        this.tls = tls;
    }

    public boolean isTlsSkipCertVerify() {
        return tlsSkipCertVerify;
    }

    public void setTlsSkipCertVerify(boolean tlsSkipCertVerify) {
        this.tlsSkipCertVerify = tlsSkipCertVerify;
    }

    public String getTlsRootCas() {
        return tlsRootCas;
    }

    public void setTlsRootCas(String tlsRootCas) {
        this.tlsRootCas = tlsRootCas == null ? "" : tlsRootCas;
    }

    public String getTlsRootCasFile() {
        return tlsRootCasFile;
    }

    public void setTlsRootCasFile(String tlsRootCasFile) {
        this.tlsRootCasFile = tlsRootCasFile == null ? "" : tlsRootCasFile;
    }

    public String getTlsClientCert() {
        return tlsClientCert;
    }

    public void setTlsClientCert(String tlsClientCert) {
        this.tlsClientCert = tlsClientCert == null ? "" : tlsClientCert;
    }

    public String getTlsClientCertFile() {
        return tlsClientCertFile;
    }

    public void setTlsClientCertFile(String tlsClientCertFile) {
        this.tlsClientCertFile = tlsClientCertFile == null ? "" : tlsClientCertFile;
    }

    public String getTlsClientKey() {
        return tlsClientKey;
    }

    public void setTlsClientKey(String tlsClientKey) {
        this.tlsClientKey = tlsClientKey == null ? "" : tlsClientKey;
    }

    public String getTlsClientKeyFile() {
        return tlsClientKeyFile;
    }

    public void setTlsClientKeyFile(String tlsClientKeyFile) {
        this.tlsClientKeyFile = tlsClientKeyFile == null ? "" : tlsClientKeyFile;
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
