package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

/**
 * Consumers stopped and started again on the same address, as a route restart or a reloaded config does: the address
 * is bound again even though the closed server left the client's keep-alive connection in TIME_WAIT, and a running
 * shared server hands the path over between inputs.
 */
class ConsumerRestartTest extends HttpTestSupport {

    @Test
    void theSharedServerIsBoundAgainWhenItsOnlyInputRestarts() throws Exception {
        start(echo("only", shared("/echo")));
        assertThat(post("/echo", "before").body()).isEqualTo("before");

        restart("only");

        assertThat(sendFresh(url("/echo"), "after").body()).isEqualTo("after");
    }

    @Test
    void aCustomAddressIsBoundAgainWhenItsInputRestarts() throws Exception {
        int port = AvailablePortFinder.find().getPort();
        start(echo("custom", "benthos-http:127.0.0.1:" + port + "/echo"));
        assertThat(send(port, "before").body()).isEqualTo("before");

        restart("custom");

        assertThat(sendFresh(URI.create("http://127.0.0.1:" + port + "/echo"), "after").body()).isEqualTo("after");
    }

    @Test
    void aStoppedInputOnTheRunningSharedServerIs503UntilItStartsAgain() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(shared("/a")).routeId("a").process(SyncResponses::store);
                from(shared("/b")).routeId("b").process(SyncResponses::store);
            }
        });
        camel.getRouteController().stopRoute("a");

        HttpResponse<String> stopped = post("/a", "x");
        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.body()).isEqualTo("Service unavailable\n");
        assertThat(post("/benthos/a", "x").statusCode()).as("root-path twin").isEqualTo(503);
        assertThat(post("/b", "still").body()).isEqualTo("still");
        assertThat(post("/c", "x").statusCode()).as("never registered").isEqualTo(404);

        camel.getRouteController().startRoute("a");
        assertThat(post("/a", "back").body()).isEqualTo("back");
    }

    /** Stops and starts the route: the server closes, with the first client's keep-alive connection, then binds again. */
    private void restart(String routeId) throws Exception {
        camel.getRouteController().stopRoute(routeId);
        camel.getRouteController().startRoute(routeId);
    }

    /**
     * Posts with a new client: the first client learns only asynchronously that the old server closed its pooled
     * connection, and the JDK does not retry a POST sent on it.
     */
    private static HttpResponse<String> sendFresh(URI uri, String body) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(int port, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/echo"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static RouteBuilder echo(String routeId, String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(routeId).process(SyncResponses::store);
            }
        };
    }
}
