package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.kafka.EmbeddedKafkaBroker;
import io.camelbenthos.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * routes/sync_response_processor.yaml: the response is snapshotted mid-pipeline, Kafka gets the later state, and
 * the reply waits for Kafka's acknowledgement.
 */
class SyncResponseProcessorRouteTest {
    private static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void startKafka() {
        kafka = E2eKafka.start("foo_topic");
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void repliesWithTheSnapshotAndSendsTheFinalMessageToKafka() throws Exception {
        try (RouteHarness route = RouteHarness.start("sync_response_processor.yaml",
                Map.of("KAFKA_ADDRESSES", kafka.bootstrapServers()))) {
            var response = route.post("foo bar", "X-Request-Id", "r-1");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("foo bar baz");
            ConsumerRecord<byte[], byte[]> record = TopicReader.readAll(kafka.bootstrapServers(), "foo_topic", 1).get(0);
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("FOO BAR BAZ");
            // Record headers are the message's Benthos metadata (as in Benthos, http_server makes the request's
            // headers metadata, Go-canonical) and nothing of Camel's own bookkeeping.
            assertThat(headerKeys(record)).contains("http_server_verb", "http_server_request_path", "X-Request-Id")
                    .noneMatch(k -> k.startsWith("Camel") || k.startsWith("camel") || k.startsWith("kafka."));
        }
    }

    /** The Kafka write keeps failing past the input's timeout: 408, never a 200. */
    @Test
    void timesOutInsteadOfReplyingWhenKafkaIsUnreachable() throws Exception {
        String nowhere = "127.0.0.1:" + AvailablePortFinder.find().getPort();
        try (RouteHarness route = RouteHarness.start("sync_response_processor.yaml",
                Map.of("KAFKA_ADDRESSES", nowhere), "input.http_server.timeout=1s")) {
            var response = route.post("foo bar");

            assertThat(response.statusCode()).isEqualTo(408);
        }
    }

    private static List<String> headerKeys(ConsumerRecord<byte[], byte[]> record) {
        List<String> keys = new ArrayList<>();
        for (Header h : record.headers()) {
            keys.add(h.key());
        }
        return keys;
    }
}
