package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.testing.ProjectVersion;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

/** {@code /endpoints}, {@code /version} and {@code /stats} of the shared server, with Benthos's exact texts (api.go). */
class EndpointsListTest extends HttpTestSupport {
    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).build());
    }

    @Test
    void endpointsMapsEveryPathToItsDescriptionComponentsIncluded() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post")).routeId("in").process(SyncResponses::store);
                from(shared("/other/{id}?wsPath=")).routeId("other").process(SyncResponses::store);
            }
        });
        HttpResponse<String> r = get("/endpoints");
        assertThat(r.statusCode()).isEqualTo(200);
        // Go's json.Marshal of a map: keys sorted, compact, no trailing newline; root-path twins are not listed
        assertThat(r.body()).isEqualTo("{"
                + "\"/endpoints\":\"Returns this map of endpoints.\","
                + "\"/metrics\":\"Exposes service-wide metrics in the format configured.\","
                + "\"/other/{id}\":\"Post a message into Benthos.\","
                + "\"/ping\":\"Ping me.\","
                + "\"/post\":\"Post a message into Benthos.\","
                + "\"/post/ws\":\"Post messages via websocket into Benthos.\","
                + "\"/ready\":\"Returns 200 OK if all inputs and outputs are connected, otherwise a 503 is returned.\","
                + "\"/stats\":\"Exposes service-wide metrics in the format configured.\","
                + "\"/version\":\"Returns the service version.\"}");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(get("/benthos/endpoints").body()).isEqualTo(r.body());

        camel.getRouteController().stopRoute("in");
        assertThat(get("/endpoints").body())
                .contains("\"/post\":\"Endpoint disabled.\"")
                .contains("\"/post/ws\":\"Endpoint disabled.\"")
                .contains("\"/other/{id}\":\"Post a message into Benthos.\"");
    }

    @Test
    void versionIsBenthosHandWrittenJsonAndStatsIsTheMetrics() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/post?label=in")).process(SyncResponses::store);
            }
        });
        assertThat(get("/version").body()).matches("\\{\"version\":\"" + Pattern.quote(ProjectVersion.fromPom())
                + "\", \"built\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"}");
        post("/post", "one");
        // the reply is written only after its latency is recorded: both reads see the one request timed
        assertThat(get("/stats").body()).isEqualTo(get("/metrics").body()).contains("input_received")
                .containsPattern("input_latency_ns_count\\{label=\"in\",[^}]*} 1\n");
    }
}
