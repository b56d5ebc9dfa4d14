package io.camelbenthos.mqtt;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders what mqtt publishes for each message, evaluated on the message alone as Benthos does: the topic (a failed
 * interpolation is a nack, {@code topic interpolation error: ...}) and the retained flag, where
 * {@code retained_interpolated} overrides {@code retained}: its failed interpolation logs
 * {@code Retained interpolation error: ...} and keeps {@code retained}, a value Go's ParseBool refuses logs
 * {@code Error parsing boolean value from retained flag: ...} and is false.
 */
final class MqttPublishPreparer {
    private static final Logger LOG = LoggerFactory.getLogger(MqttPublishPreparer.class);

    private final InterpolatedString topic;
    private final InterpolatedString retainedInterpolated;
    private final boolean retained;

    /** What is published for one message. */
    record Prepared(String topic, byte[] payload, boolean retained) {
    }

    MqttPublishPreparer(MqttEndpoint e) {
        topic = InterpolatedString.parse(e.getTopic());
        retainedInterpolated = e.getRetainedInterpolated().isEmpty()
                ? null : InterpolatedString.parse(e.getRetainedInterpolated());
        retained = e.isRetained();
    }

    /** One publish per message of the exchange's batch (or its plain Camel message); any failure fails them all. */
    List<Prepared> prepare(Exchange camel) {
        List<Message> batch = camel.getMessage().getBody() instanceof MessageBatch b
                ? b.messages() : List.of(BenthosExchange.view(camel));
        List<Prepared> prepared = new ArrayList<>(batch.size());
        for (Message m : batch) {
            String t;
            try {
                t = topic.render(m);
            } catch (BloblangException e) {
                throw new NackException("topic interpolation error: " + e.getMessage(), e);
            }
            prepared.add(new Prepared(t, m.content(), retained(m)));
        }
        return prepared;
    }

    private boolean retained(Message m) {
        if (retainedInterpolated == null) {
            return retained;
        }
        String text;
        try {
            text = retainedInterpolated.render(m);
        } catch (BloblangException e) {
            LOG.error("Retained interpolation error: {}", e.getMessage());
            return retained;
        }
        return switch (text) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> {
                LOG.error("Error parsing boolean value from retained flag: strconv.ParseBool: parsing \"{}\": "
                        + "invalid syntax", text);
                yield false;
            }
        };
    }
}
