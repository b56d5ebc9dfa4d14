package io.camelbenthos.amqp;

import io.camelbenthos.camel.ClientEndpoint;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;

/**
 * One amqp_0_9 input (consumer) or output (producer). Every option has Benthos's default; the producer's
 * string options are Benthos interpolations (best written as {@code RAW(...)} so Camel leaves them alone). List and
 * map options are listed in {@link Amqp09Component}. The endpoint also holds the connection state its consumer or
 * producer reports, which {@link io.camelbenthos.camel.ClientEndpointProbe} shows on {@code /ready}.
 */
public class Amqp09Endpoint extends ClientEndpoint {
    /** One {@code bindings_declare} item. */
    public record Binding(String exchange, String key) {
    }

    /** Comma-separated URLs, tried in order. */
    private String urls = "";
    /** Consumer: the queue to consume from. */
    private String queue = "";
    /** Consumer: the consumer tag; empty lets the broker choose one. */
    private String consumerTag = "";
    /** Consumer: basic.qos prefetch count. */
    private int prefetchCount = 10;
    /** Consumer: basic.qos prefetch size in bytes. */
    private int prefetchSize = 0;
    /** Consumer: the broker acks on delivery (at-most-once). */
    private boolean autoAck = false;
    /** Consumer: declare the queue before consuming. */
    private boolean queueDeclare = false;
    /** Consumer: the declared queue is durable. */
    private boolean queueDurable = true;
    /** Consumer: the declared queue auto-deletes. */
    private boolean queueAutoDelete = false;
    /** Producer: the exchange, interpolated per message. */
    private String exchange = "";
    /** Producer: the routing key, interpolated. */
    private String key = "";
    /** Producer: the type property, interpolated. */
    private String type = "";
    /** Producer: the content type, interpolated. */
    private String contentType = "application/octet-stream";
    /** Producer: the content encoding, interpolated. */
    private String contentEncoding = "";
    /** Producer: the correlation id, interpolated. */
    private String correlationId = "";
    /** Producer: the reply-to property, interpolated. */
    private String replyTo = "";
    /** Producer: the expiration property, interpolated. */
    private String expiration = "";
    /** Producer: the message id, interpolated. */
    private String messageId = "";
    /** Producer: the user id, interpolated. */
    private String userId = "";
    /** Producer: the app id, interpolated. */
    private String appId = "";
    /** Producer: the priority (0-9), interpolated; empty is 0. */
    private String priority = "";
    /** Producer: declare the exchange. */
    private boolean exchangeDeclare = false;
    /** Producer: the type of a declared exchange. */
    private String exchangeType = "direct";
    /** Producer: the declared exchange is durable. */
    private boolean exchangeDurable = true;
    /** Producer: delivery mode 2 instead of 1. */
    private boolean persistent = false;
    /** Producer: the mandatory flag (an unroutable message is a nack). */
    private boolean mandatory = false;
    /** Producer: the immediate flag (RabbitMQ refuses it). */
    private boolean immediate = false;
    /** Producer: milliseconds; accepted as Benthos does, where it bounds only the publish call. */
    private long timeout = 0;
    /** Producer: messages awaiting the broker's confirm at once. */
    private int maxInFlight = 64;
    private List<String> nackRejectPatterns = List.of();
    private List<String> metadataExcludePrefixes = List.of();
    private List<Binding> bindings = List.of();
    private Map<String, String> queueArguments = Map.of();
    private Map<String, String> exchangeArguments = Map.of();

    public Amqp09Endpoint(String uri, Amqp09Component component) {
        super(uri, component);
    }

    @Override
    public Producer createProducer() {
        return new Amqp09Producer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Amqp09Consumer consumer = new Amqp09Consumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** The URLs to try, in order. */
    List<String> urlList() {
        return AmqpDialer.expand(Arrays.asList(urls.split(",")));
    }

    AmqpDialer dialer() {
        return new AmqpDialer(urlList(), tlsSettings());
    }

    public List<String> getNackRejectPatterns() {
        return nackRejectPatterns;
    }

    public void setNackRejectPatterns(List<String> nackRejectPatterns) {
        this.nackRejectPatterns = List.copyOf(nackRejectPatterns);
    }

    public List<String> getMetadataExcludePrefixes() {
        return metadataExcludePrefixes;
    }

    public void setMetadataExcludePrefixes(List<String> metadataExcludePrefixes) {
        this.metadataExcludePrefixes = List.copyOf(metadataExcludePrefixes);
    }

    public List<Binding> getBindings() {
        return bindings;
    }

    public void setBindings(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    public Map<String, String> getQueueArguments() {
        return queueArguments;
    }

    public void setQueueArguments(Map<String, String> queueArguments) {
        this.queueArguments = Map.copyOf(queueArguments);
    }

    public Map<String, String> getExchangeArguments() {
        return exchangeArguments;
    }

    public void setExchangeArguments(Map<String, String> exchangeArguments) {
        this.exchangeArguments = Map.copyOf(exchangeArguments);
    }

    public String getUrls() {
        return urls;
    }

    public void setUrls(String urls) {
        this.urls = urls == null ? "" : urls;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue == null ? "" : queue;
    }

    public String getConsumerTag() {
        return consumerTag;
    }

    public void setConsumerTag(String consumerTag) {
        this.consumerTag = consumerTag == null ? "" : consumerTag;
    }

    public int getPrefetchCount() {
        return prefetchCount;
    }

    public void setPrefetchCount(int prefetchCount) {
        this.prefetchCount = prefetchCount;
    }

    public int getPrefetchSize() {
        return prefetchSize;
    }

    public void setPrefetchSize(int prefetchSize) {
        this.prefetchSize = prefetchSize;
    }

    public boolean isAutoAck() {
        return autoAck;
    }

    public void setAutoAck(boolean autoAck) {
        this.autoAck = autoAck;
    }

    public boolean isQueueDeclare() {
        return queueDeclare;
    }

    public void setQueueDeclare(boolean queueDeclare) {
        this.queueDeclare = queueDeclare;
    }

    public boolean isQueueDurable() {
        return queueDurable;
    }

    public void setQueueDurable(boolean queueDurable) {
        this.queueDurable = queueDurable;
    }

    public boolean isQueueAutoDelete() {
        return queueAutoDelete;
    }

    public void setQueueAutoDelete(boolean queueAutoDelete) {
        this.queueAutoDelete = queueAutoDelete;
    }

    public String getExchange() {
        return exchange;
    }

    public void setExchange(String exchange) {
        this.exchange = exchange == null ? "" : exchange;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key == null ? "" : key;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null ? "" : type;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType == null ? "" : contentType;
    }

    public String getContentEncoding() {
        return contentEncoding;
    }

    public void setContentEncoding(String contentEncoding) {
        this.contentEncoding = contentEncoding == null ? "" : contentEncoding;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId == null ? "" : correlationId;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo == null ? "" : replyTo;
    }

    public String getExpiration() {
        return expiration;
    }

    public void setExpiration(String expiration) {
        this.expiration = expiration == null ? "" : expiration;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId == null ? "" : messageId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId == null ? "" : userId;
    }

    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId == null ? "" : appId;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority == null ? "" : priority;
    }

    public boolean isExchangeDeclare() {
        return exchangeDeclare;
    }

    public void setExchangeDeclare(boolean exchangeDeclare) {
        this.exchangeDeclare = exchangeDeclare;
    }

    public String getExchangeType() {
        return exchangeType;
    }

    public void setExchangeType(String exchangeType) {
        this.exchangeType = exchangeType == null ? "" : exchangeType;
    }

    public boolean isExchangeDurable() {
        return exchangeDurable;
    }

    public void setExchangeDurable(boolean exchangeDurable) {
        this.exchangeDurable = exchangeDurable;
    }

    public boolean isPersistent() {
        return persistent;
    }

    public void setPersistent(boolean persistent) {
        this.persistent = persistent;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean isImmediate() {
        return immediate;
    }

    public void setImmediate(boolean immediate) {
        this.immediate = immediate;
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
