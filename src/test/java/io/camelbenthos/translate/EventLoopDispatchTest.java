package io.camelbenthos.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigLoader;
import java.util.List;
import java.util.Map;
import org.apache.camel.model.RouteDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An http_server input runs its requests on the event loop ({@code eventLoop=true}) only when no component of the
 * stream can block: every processor and output is marked non-blocking and its Bloblang touches nothing outside the
 * process. Anything else keeps the hand-over to a worker thread.
 */
class EventLoopDispatchTest {

    private static String httpServerUri(String yaml) {
        ConfigLoader loader = new ConfigLoader(ComponentRegistry.defaultRegistry(), Map.of(), List.of());
        TranslatedStream s = StreamTranslator.translate(loader.parse("s.yaml", yaml), ComponentRegistry.defaultRegistry());
        return s.routes().stream().map(RouteDefinition::getInput).map(i -> i.getEndpointUri())
                .filter(uri -> uri.startsWith("benthos-http:")).findFirst().orElseThrow();
    }

    private static String stream(String processors, String output) {
        return """
                input:
                  http_server:
                    path: /post
                pipeline:
                  processors:
                %s
                output:
                %s
                """.formatted(processors.indent(4), output.indent(2));
    }

    @Test
    void theGuidesUppercaseExampleRunsOnTheEventLoop() {
        assertThat(httpServerUri(stream("- bloblang: root = content().uppercase()", "sync_response: {}")))
                .contains("eventLoop=true");
    }

    @Test
    void mappingsSwitchesTryCatchDropAndRejectNeverBlock() {
        String processors = """
                - mapping: 'root = this.name.uppercase()'
                - mutation: 'meta seen = now()'
                - switch:
                    - check: this.kind == "a"
                      processors:
                        - try:
                            - mapping: 'root = content()'
                        - catch:
                            - sync_response: {}
                """;
        assertThat(httpServerUri(stream(processors, "drop: {}"))).contains("eventLoop=true");
        assertThat(httpServerUri(stream(processors, "reject: 'no ${! this.name }'"))).contains("eventLoop=true");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "- log: {message: hi}",
            "- mapping: 'root = hostname()'",
            "- mapping: 'root = env(\"HOME\")'",
            "- mapping: 'root = file(\"/etc/hostname\")'",
            "- mapping: 'root = this.ip.geoip_city(path: this.database)'",
            "- switch:\n    - check: 'hostname() == \"a\"'\n      processors: []",
            "- try:\n    - log: {message: hi}"})
    void aProcessorThatMayBlockKeepsTheWorkerHandOver(String processors) {
        assertThat(httpServerUri(stream(processors, "sync_response: {}"))).doesNotContain("eventLoop");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "stdout: {}",
            "sync_response: {}\nprocessors:\n  - log: {message: hi}",
            "broker:\n    outputs:\n      - sync_response: {}",
            "http_client:\n    url: http://127.0.0.1:1/post"})
    void anOutputThatMayBlockKeepsTheWorkerHandOver(String output) {
        assertThat(httpServerUri(stream("- mapping: 'root = content()'", output))).doesNotContain("eventLoop");
    }

    @Test
    void theInputsOwnProcessorsAndResponseInterpolationsCount() {
        String logs = """
                input:
                  http_server:
                    path: /post
                  processors:
                    - log: {message: hi}
                output:
                  sync_response: {}
                """;
        assertThat(httpServerUri(logs)).doesNotContain("eventLoop");
        String hostHeader = """
                input:
                  http_server:
                    path: /post
                    sync_response:
                      headers:
                        X-Host: ${! hostname() }
                output:
                  sync_response: {}
                """;
        assertThat(httpServerUri(hostHeader)).doesNotContain("eventLoop");
        String metaHeader = hostHeader.replace("hostname()", "meta(\"id\")");
        assertThat(httpServerUri(metaHeader)).contains("eventLoop=true");
    }

    @Test
    void anInputBehindABrokersProcessorsKeepsTheWorkerHandOver() {
        String direct = """
                input:
                  broker:
                    inputs:
                      - http_server:
                          path: /post
                output:
                  sync_response: {}
                """;
        assertThat(httpServerUri(direct)).contains("eventLoop=true"); // the broker adds no step of its own
        String withProcessors = direct.replace("output:", """
                  processors:
                    - mapping: 'root = content()'
                output:""");
        assertThat(httpServerUri(withProcessors)).doesNotContain("eventLoop");
    }
}
