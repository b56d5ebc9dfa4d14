package io.camelbenthos.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.testing.RunnerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code logger} block of a config run by the command line: format, names, static fields, file, level. */
class LoggerBlockRunTest {
    @TempDir
    Path dir;

    private static List<String> lines(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    @Test
    void jsonLinesWithTheBlocksNamesAndFieldsGoToTheFileAndTheLogProcessorsFieldsAreTheirOwn() throws Exception {
        Path logFile = dir.resolve("logs/benthos.ndjson");
        Path config = dir.resolve("json.yaml");
        Files.writeString(config, """
                logger:
                  level: DEBUG
                  format: json
                  add_timestamp: false
                  level_name: severity
                  message_name: message
                  static_fields: {'@service': orders, team: data}
                  file: {path: '%s'}
                input:
                  generate: {count: 1, interval: '', mapping: 'root = {"id": 7}'}
                pipeline:
                  processors:
                    - label: audit
                      log:
                        level: WARN
                        message: 'order ${! this.id }'
                        fields_mapping: 'root.order = this'
                output:
                  drop: {}
                """.formatted(logFile));
        try (RunnerProcess run = RunnerProcess.start(config, dir.resolve("out.log"), Map.of())) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(lines(logFile))
                    .anyMatch(l -> l.contains("\"message\":\"order 7\"")));
            ObjectMapper json = new ObjectMapper();
            JsonNode audit = null;
            for (String line : lines(logFile)) {
                JsonNode node = json.readTree(line); // every line is one JSON object
                assertThat(node.get("@service").asText()).isEqualTo("orders");
                assertThat(node.get("team").asText()).isEqualTo("data");
                assertThat(node.has("severity")).isTrue();
                assertThat(node.has("time")).as("add_timestamp: false").isFalse();
                if (node.path("message").asText().equals("order 7")) {
                    audit = node;
                }
            }
            assertThat(audit).isNotNull();
            assertThat(audit.get("severity").asText()).isEqualTo("warning");
            assertThat(audit.get("label").asText()).isEqualTo("audit");
            assertThat(audit.get("path").asText()).isEqualTo("root.pipeline.processors.0");
            assertThat(audit.get("custom_source").asBoolean()).isTrue();
            assertThat(audit.get("order").get("id").asInt()).isEqualTo(7);
            assertThat(lines(logFile)).as("DEBUG lets debug lines through")
                    .anyMatch(l -> l.contains("\"severity\":\"debug\""));
            assertThat(run.logText()).as("nothing on the standard streams when a file is set")
                    .doesNotContain("order 7");
        }
    }

    @Test
    void logfmtOnStandardErrorAtTheConfiguredLevel() throws Exception {
        Path config = dir.resolve("logfmt.yaml");
        Files.writeString(config, """
                logger:
                  level: WARN
                input:
                  generate: {count: 1, interval: '', mapping: 'root = "x"'}
                pipeline:
                  processors:
                    - log: {level: INFO, message: 'quiet line'}
                    - log: {level: ERROR, message: 'loud line'}
                output:
                  drop: {}
                """);
        Path out = dir.resolve("out.log");
        try (RunnerProcess run = RunnerProcess.start(config, out, Map.of())) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(run.logText()).contains("loud line"));
            assertThat(run.logText())
                    .containsPattern("(?m)^time=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)\" level=error"
                            + " msg=\"loud line\" @service=benthos custom_source=true label=\"\""
                            + " path=root.pipeline.processors.1$")
                    .doesNotContain("quiet line")
                    .doesNotContain("level=info");
        }
    }

    @Test
    void aLogFileThatCannotBeCreatedStopsTheRunBeforeAnythingStarts() throws Exception {
        Path blocker = dir.resolve("not-a-dir");
        Files.writeString(blocker, "a file where the log's folder should be");
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, """
                logger:
                  file: {path: '%s/x.log'}
                input:
                  generate: {count: 1, interval: '', mapping: 'root = "x"'}
                output:
                  drop: {}
                """.formatted(blocker));
        Path out = dir.resolve("out.log");
        try (RunnerProcess run = RunnerProcess.start(config, out, Map.of())) {
            assertThat(run.waitForExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(run.logText()).contains("failed to create logger: ").doesNotContain("Apache Camel");
        }
    }
}
