package io.camelbenthos.export;

import org.junit.jupiter.api.Test;

/** Streams with a buffer still export as Camel YAML DSL that loads back as the translated routes and beans. */
class BufferExportTest {
    @Test
    void aMemoryBufferWithABatchPolicyLoadsBack() throws Exception {
        ExportRoundTripTest.assertExportLoadsBackAsTheTranslation("memory.yaml", """
                input:
                  http_server:
                    path: /post
                  processors:
                    - sync_response: {}
                buffer:
                  memory:
                    limit: 1000
                    batch_policy:
                      enabled: true
                      count: 2
                      period: 1s
                      processors:
                        - mapping: 'root = content().uppercase()'
                output:
                  drop: {}
                """);
    }

    @Test
    void aSystemWindowLoadsBack() throws Exception {
        ExportRoundTripTest.assertExportLoadsBackAsTheTranslation("window.yaml", """
                input:
                  http_server:
                    path: /post
                buffer:
                  system_window:
                    timestamp_mapping: 'root = this.ts'
                    size: 1m
                    slide: 30s
                    allowed_lateness: 10s
                pipeline:
                  processors:
                    - mapping: 'root = @window_end_timestamp'
                output:
                  drop: {}
                """);
    }
}
