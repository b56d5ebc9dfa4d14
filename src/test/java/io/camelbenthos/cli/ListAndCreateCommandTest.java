package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list} and {@code create}, run in-process; what {@code create} prints must lint clean and run. */
class ListAndCreateCommandTest {
    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void listPrintsTitledSectionsInBenthosOrderWithSortedNames() {
        assertThat(run("list")).isZero();
        List<String> lines = cli.out().lines().toList();
        List<String> titles = lines.stream().filter(l -> l.endsWith(":")).toList();
        assertThat(titles).containsExactly("Inputs:", "Processors:", "Outputs:", "Caches:", "Rate Limits:", "Buffers:",
                "Metrics:", "Tracers:", "Scanners:", "Bloblang Functions:", "Bloblang Methods:");
        assertThat(lines).contains("  - http_server", "  - mapping", "  - sync_response", "  - memory", "  - uppercase");
        int inputs = lines.indexOf("Inputs:");
        int processors = lines.indexOf("Processors:");
        List<String> inputNames = new ArrayList<>(lines.subList(inputs + 1, processors - 1));
        assertThat(inputNames).isSorted().allMatch(l -> l.startsWith("  - "));
        assertThat(lines.get(processors - 1)).isEmpty();
    }

    @Test
    void listOfChosenTypesAsJson() throws Exception {
        assertThat(run("list", "--format", "json", "inputs", "caches")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("caches", "inputs");
        assertThat(json.get("inputs").toString()).contains("\"http_server\"", "\"stdin\"");
        assertThat(json.get("caches").toString()).contains("\"memory\"", "\"lru\"");
    }

    @Test
    void listTextOfOneType() {
        assertThat(run("list", "rate-limits")).isZero();
        assertThat(cli.out()).startsWith("Rate Limits:\n  - local\n");
    }

    @Test
    void listAsJsonSchema() throws Exception {
        assertThat(run("list", "--format", "jsonschema")).isZero();
        assertThat(new ObjectMapper().readTree(cli.out()).has("properties")).isTrue();
    }

    @Test
    void createWithoutExpressionIsStdinToStdoutWithEveryRootSection() throws Exception {
        assertThat(run("create")).isZero();
        String yaml = cli.out();
        assertThat(yaml).contains("http:\n", "input:\n  label: ''\n  stdin:\n", "output:\n  label: ''\n  stdout:\n",
                "logger:\n", "shutdown_timeout: 20s");
        assertLintsClean(yaml);
    }

    @Test
    void createFromAnExpressionLintsCleanAndPutsSeveralOutputsUnderABroker() throws Exception {
        assertThat(run("create", "generate/mapping,log/stdout,drop")).isZero();
        String yaml = cli.out();
        assertThat(yaml).contains("  generate:\n", "    - label: ''\n      mapping: ''\n", "    - label: ''\n      log:\n",
                "output:\n  label: ''\n  broker:\n", "      - label: ''\n        drop: {}\n");
        assertLintsClean(yaml.replace("mapping: ''", "mapping: root = this"));
    }

    @Test
    void createSmallKeepsTheStreamSectionsAndLeavesOutAdvancedFields() {
        assertThat(run("create", "--small", "http_server//http_client")).isZero();
        String yaml = cli.out();
        assertThat(yaml).startsWith("input:\n").contains("buffer:\n", "pipeline:\n", "output:\n", "  http_client:\n")
                .doesNotContain("http:\n", "logger:\n", "tests:", "&id")
                .doesNotContain("    max_in_flight: 64\n"); // http_client's max_in_flight is advanced
        assertThat(run("create", "http_server//http_client")).isZero();
        assertThat(cli.out()).contains("    max_in_flight: 64\n");
    }

    @Test
    void createRefusesAnUnknownComponentAsBenthosDoes() {
        assertThat(run("create", "stdin/nope/stdout")).isOne();
        assertThat(cli.err()).isEqualTo("Generate error: unrecognised processor type 'nope'\n");
        assertThat(run("create", "a/b/c/d")).isOne();
        assertThat(cli.err()).isEqualTo("Generate error: more component separators than expected\n");
    }

    private void assertLintsClean(String yaml) throws Exception {
        Path config = dir.resolve("created.yaml");
        Files.writeString(config, yaml);
        assertThat(run("lint", config.toString())).as(cli.err()).isZero();
    }
}
