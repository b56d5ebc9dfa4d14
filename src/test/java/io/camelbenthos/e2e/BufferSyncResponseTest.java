package io.camelbenthos.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camelbenthos.testing.TestComponents;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The early-ack pattern of processors reference §21.3 over real HTTP: {@code http_server} with input-level
 * processors that build and store the reply, a {@code memory} buffer, slow work after it. The reply is sent once the
 * buffer took the message, with what the input-level {@code sync_response} stored, while the pipeline still holds it.
 */
class BufferSyncResponseTest {
    private static final String EARLY_ACK = """
            input:
              http_server: {path: /post}
              processors:
                - mapping: 'root = {"accepted": true, "got": content().string()}'
                - sync_response: {}
                - mapping: 'root = this.got.uppercase()'
            buffer:
              memory: {}
            pipeline:
              processors:
                - test_gate: {name: slow}
                - sync_response: {}
            output:
              broker:
                outputs:
                  - sync_response: {}
                  - test_sink: {name: out}
            """;

    @Test
    void theReplyIsWhatTheInputStoredAndIsSentBeforeTheSlowWork() throws Exception {
        try (RouteHarness route = RouteHarness.startYaml("early_ack.yaml", EARLY_ACK, Map.of())) {
            var response = route.post("foo bar");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"accepted\":true,\"got\":\"foo bar\"}");
            // the pipeline holds the message only now; the sync_response processor and output after the buffer
            // still find the request's store (nobody reads it any more) and do not fail the message
            assertThat(TestComponents.gate("slow").awaitEntered(1)).isTrue();
            assertThat(TestComponents.sink("out")).isEmpty();
            TestComponents.gate("slow").open();
            await().atMost(Duration.ofSeconds(30)).until(() -> TestComponents.sink("out").equals(List.of("FOO BAR")));
        }
    }

    @Test
    void withNothingStoredBeforeTheBufferTheReplyIsAnEmpty200() throws Exception {
        String config = """
                input:
                  http_server: {path: /post}
                buffer:
                  memory: {}
                pipeline:
                  processors:
                    - test_gate: {name: slow2}
                output:
                  sync_response: {}
                """;
        try (RouteHarness route = RouteHarness.startYaml("early_ack_empty.yaml", config, Map.of())) {
            var response = route.post("foo bar");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEmpty();
            assertThat(TestComponents.gate("slow2").awaitEntered(1)).isTrue();
            TestComponents.gate("slow2").open();
        }
    }
}
