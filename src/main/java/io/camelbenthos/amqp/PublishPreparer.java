package io.camelbenthos.amqp;

import com.rabbitmq.client.AMQP;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * Renders one message into what amqp_0_9 publishes: exchange, routing key and properties evaluated per message (a
 * failed interpolation or a bad priority is a nack with Benthos's text), headers from the metadata
 * ({@link PublishHeaders}), the content as the body. With a {@code topic} exchange declared, {@code /} becomes
 * {@code .} in the key and type, as in Benthos since 4.51.
 */
final class PublishPreparer {
    private final InterpolatedString exchange;
    private final InterpolatedString key;
    private final InterpolatedString type;
    private final InterpolatedString contentType;
    private final InterpolatedString contentEncoding;
    private final InterpolatedString correlationId;
    private final InterpolatedString replyTo;
    private final InterpolatedString expiration;
    private final InterpolatedString messageId;
    private final InterpolatedString userId;
    private final InterpolatedString appId;
    private final InterpolatedString priority;
    private final boolean topicDots;
    private final int deliveryMode;
    private final List<String> excludePrefixes;

    /** What is published for one message. */
    record Prepared(String exchange, String key, AMQP.BasicProperties properties, byte[] body) {
    }

    PublishPreparer(Amqp09Endpoint e) {
        exchange = InterpolatedString.parse(e.getExchange());
        key = InterpolatedString.parse(e.getKey());
        type = InterpolatedString.parse(e.getType());
        contentType = InterpolatedString.parse(e.getContentType());
        contentEncoding = InterpolatedString.parse(e.getContentEncoding());
        correlationId = InterpolatedString.parse(e.getCorrelationId());
        replyTo = InterpolatedString.parse(e.getReplyTo());
        expiration = InterpolatedString.parse(e.getExpiration());
        messageId = InterpolatedString.parse(e.getMessageId());
        userId = InterpolatedString.parse(e.getUserId());
        appId = InterpolatedString.parse(e.getAppId());
        priority = InterpolatedString.parse(e.getPriority());
        topicDots = e.isExchangeDeclare() && "topic".equals(e.getExchangeType());
        deliveryMode = e.isPersistent() ? 2 : 1;
        excludePrefixes = e.getMetadataExcludePrefixes();
    }

    /** The exchange when it is not interpolated (declared once at connect), else null. */
    String staticExchange() {
        return exchange.isStatic() ? exchange.render(Message.of(new byte[0])) : null;
    }

    /**
     * One publish per message of the exchange: its batch, or the plain Camel message (body, headers) when it came from
     * plain Camel, read without changing the exchange. Any message failing to render fails them all, before anything
     * is published.
     */
    List<Prepared> prepare(Exchange camel) {
        List<Message> batch = camel.getMessage().getBody() instanceof MessageBatch b
                ? b.messages() : List.of(BenthosExchange.view(camel));
        List<Prepared> prepared = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            prepared.add(prepare(batch, i));
        }
        return prepared;
    }

    /** Interpolations see the whole batch ({@code batch_index()}, {@code batch_size()}), as in Benthos. */
    private Prepared prepare(List<Message> batch, int index) {
        Message m = batch.get(index);
        String ex = render(exchange, batch, index, "exchange name");
        String k = render(key, batch, index, "binding key");
        String t = render(type, batch, index, "msg type");
        if (topicDots) {
            k = k.replace('/', '.');
            t = t.replace('/', '.');
        }
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .headers(PublishHeaders.of(m.metadata(), excludePrefixes))
                .contentType(blankToNull(render(contentType, batch, index, "content type")))
                .contentEncoding(blankToNull(render(contentEncoding, batch, index, "content encoding")))
                .deliveryMode(deliveryMode)
                .priority(priority(render(priority, batch, index, "priority")))
                .type(blankToNull(t))
                .correlationId(blankToNull(render(correlationId, batch, index, "correlation ID")))
                .replyTo(blankToNull(render(replyTo, batch, index, "reply to")))
                .expiration(blankToNull(render(expiration, batch, index, "expiration")))
                .messageId(blankToNull(render(messageId, batch, index, "message ID")))
                .userId(blankToNull(render(userId, batch, index, "user ID")))
                .appId(blankToNull(render(appId, batch, index, "app ID")))
                .build();
        return new Prepared(ex, k, props, m.content());
    }

    private static String render(InterpolatedString template, List<Message> batch, int index, String what) {
        try {
            return template.render(batch, index);
        } catch (BloblangException e) {
            throw new NackException(what + " interpolation error: " + e.getMessage(), e);
        }
    }

    /** amqp091-go leaves empty short strings out of the frame; so does a null here. */
    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static int priority(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int p;
        try {
            p = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new NackException("failed to parse valid integer from priority expression: strconv.Atoi: parsing "
                    + "\"" + text + "\": invalid syntax");
        }
        if (p > 9 || p < 0) {
            throw new NackException("invalid priority parsed from expression, must be <= 9 and >= 0, got " + p);
        }
        return p;
    }
}
