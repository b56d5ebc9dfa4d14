package io.camelbenthos.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.impl.LongStringHelper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Header and property values as the strings Benthos's amqp_0_9 input gives them; headers the output sends. */
class DeliveryMetadataTest {

    @Test
    void headersAreFlattenedAndRenderedAsBenthosDoes() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("x-death", List.of(Map.of("count", 2L, "queue", LongStringHelper.asLongString("q1"))));
        headers.put("f32", 0.1f);
        headers.put("f64", 100.0d);
        headers.put("dec", new BigDecimal("123.45"));
        headers.put("when", new Date(1_700_000_000_000L));
        headers.put("raw", "bytes".getBytes(StandardCharsets.UTF_8));
        headers.put("none", null);
        headers.put("amqp_type", "from a header");
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder().headers(headers).type("kind").build();

        Map<String, Object> meta = DeliveryMetadata.of("ctag", new Envelope(7, true, "ex", "rk"), props);

        assertThat(meta).containsEntry("x_death_0_count", "2").containsEntry("x_death_0_queue", "q1")
                .containsEntry("f32", "0.1").containsEntry("f64", "100").containsEntry("dec", "123.45")
                .containsEntry("when", "2023-11-14T22:13:20Z").containsEntry("raw", "bytes")
                .containsEntry("amqp_type", "kind") // properties win a clash
                .containsEntry("amqp_priority", "0").containsEntry("amqp_delivery_tag", "7")
                .containsEntry("amqp_redelivered", "true").containsEntry("amqp_exchange", "ex")
                .containsEntry("amqp_routing_key", "rk").containsEntry("amqp_consumer_tag", "ctag")
                .doesNotContainKeys("none", "amqp_delivery_mode", "amqp_timestamp", "amqp_content_type");
    }

    @Test
    void publishedHeadersTurnUnderscoresIntoDashesAndLeaveCamelOut() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("my_key", "v");
        metadata.put("amqp_routing_key", "rk");
        metadata.put("CamelHttpMethod", "POST");
        metadata.put("doc", Map.of("a", List.of(1L, 2L)));
        metadata.put("huge", new java.math.BigInteger("18446744073709551615"));

        Map<String, Object> headers = PublishHeaders.of(metadata, List.of("amqp_"));

        assertThat(headers).containsOnlyKeys("my-key", "doc", "huge");
        assertThat(headers.get("doc")).isEqualTo(Map.of("a", List.of(1L, 2L)));
        assertThat(headers.get("huge")).isEqualTo("18446744073709551615");
    }
}
