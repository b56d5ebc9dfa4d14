package io.camelbenthos.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The playground's HTTP API against a real server and the JDK HTTP client. */
class PlaygroundServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private PlaygroundServer server;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void structuredResultsAreIndentedLikeBenthos() throws Exception {
        start(PlaygroundState.defaults());
        JsonNode answer = execute("root.greeting = this.message.uppercase()\nroot.n = [1, 2]", "{\"message\":\"hello world\"}");
        assertThat(answer.get("parse_error").asText()).isEmpty();
        assertThat(answer.get("mapping_error").asText()).isEmpty();
        assertThat(answer.get("result").asText()).isEqualTo("{\n  \"greeting\": \"HELLO WORLD\",\n  \"n\": [\n    1,\n    2\n  ]\n}");
    }

    @Test
    void stringResultsAreRaw() throws Exception {
        start(PlaygroundState.defaults());
        assertThat(execute("root = content().uppercase()", "foo bar").get("result").asText()).isEqualTo("FOO BAR");
    }

    @Test
    void aDeletedMessageIsAnEmptyResult() throws Exception {
        start(PlaygroundState.defaults());
        JsonNode answer = execute("root = deleted()", "{}");
        assertThat(answer.get("result").asText()).isEmpty();
        assertThat(answer.get("mapping_error").asText()).isEmpty();
    }

    @Test
    void parseErrorsArePositionedAndEndWithANewline() throws Exception {
        start(PlaygroundState.defaults());
        JsonNode answer = execute("root = this.", "{}");
        assertThat(answer.get("parse_error").asText()).startsWith("failed to parse mapping: line 1 char ").endsWith("\n");
        assertThat(answer.get("result").asText()).isEmpty();
    }

    @Test
    void executionErrorsAreMappingErrors() throws Exception {
        start(PlaygroundState.defaults());
        JsonNode answer = execute("root = this.a.uppercase()", "{\"a\":5}");
        assertThat(answer.get("parse_error").asText()).isEmpty();
        assertThat(answer.get("mapping_error").asText()).isNotEmpty();
        assertThat(answer.get("result").asText()).isEmpty();
    }

    @Test
    void malformedRequestsAreRejected() throws Exception {
        start(PlaygroundState.defaults());
        HttpResponse<String> response = post("{not json");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void thePageOpensWithTheGivenFilesEscaped() throws Exception {
        Path mapping = Files.writeString(dir.resolve("m.blobl"), "root = \"<b>\" + this.x");
        Path input = Files.writeString(dir.resolve("in.json"), "{\"x\":\"a&b\"}");
        start(PlaygroundState.load(mapping, input, false));
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body())
                .contains(">root = &#34;&lt;b&gt;&#34; + this.x</textarea>")
                .contains(">{&#34;x&#34;:&#34;a&amp;b&#34;}</textarea>");
    }

    @Test
    void editsAreWrittenBackWhenAsked() throws Exception {
        Path mapping = dir.resolve("new.blobl");
        start(PlaygroundState.load(mapping, null, true));
        post(JSON.writeValueAsString(Map.of("mapping", "root = 1", "input", "{}")));
        assertThat(mapping).hasContent("root = 1");
    }

    private void start(PlaygroundState state) throws Exception {
        server = PlaygroundServer.start("127.0.0.1", 0, state);
    }

    private JsonNode execute(String mapping, String input) throws Exception {
        HttpResponse<String> response = post(JSON.writeValueAsString(Map.of("mapping", mapping, "input", input)));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.fieldNames()).toIterable().containsExactly("parse_error", "mapping_error", "result");
        return answer;
    }

    private HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/execute"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
