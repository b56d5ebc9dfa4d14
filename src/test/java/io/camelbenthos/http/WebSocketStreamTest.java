package io.camelbenthos.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.translate.BenthosRoutes;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** http_server's websocket endpoint (semantics §1.5), Benthos configs run for real and talked to over loopback. */
class WebSocketStreamTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private CamelContext camel;
    private int port;

    private void run(String yamlWithoutHttpBlock) throws Exception {
        port = AvailablePortFinder.find().getPort();
        camel = new DefaultCamelContext();
        BenthosMetrics.installIn(camel);
        camel.addRoutes(BenthosRoutes.fromYaml("ws.yaml",
                "http:\n  address: 127.0.0.1:" + port + "\n" + yamlWithoutHttpBlock));
        camel.start();
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    private URI ws(int p, String path) {
        return URI.create("ws://127.0.0.1:" + p + path);
    }

    @Test
    void framesGoThroughThePipelineAndSyncResponsesComeBackAsTextFrames() throws Exception {
        run("""
                input:
                  http_server:
                    ws_path: /chat/{room}
                    ws_welcome_message: welcome
                pipeline:
                  processors:
                    - mapping: |
                        root = "%s|%s|%s|%s|%s".format(content().uppercase().string(), meta("room"),
                          meta("X-Team").or("-"), meta("lang").or("-"), meta("http_server_verb").or("no verb"))
                output:
                  sync_response: {}
                """);
        try (WsClient client = WsClient.connect(ws(port, "/chat/lobby?lang=go"), Map.of("X-Team", "blue"))) {
            assertThat(client.next()).isEqualTo("binary:welcome");
            client.sendText("hello");
            assertThat(client.next()).isEqualTo("text:HELLO|lobby|blue|go|no verb");
            client.sendBinary("bytes too");
            assertThat(client.next()).isEqualTo("text:BYTES TOO|lobby|blue|go|no verb");
        }
        // the default path and the root-path twin still serve POSTs alongside
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/post"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(200);
        try (WsClient client = WsClient.connect(ws(port, "/benthos/chat/hall"))) {
            client.sendText("again");
            assertThat(client.next()).isEqualTo("binary:welcome");
            assertThat(client.next()).isEqualTo("text:AGAIN|hall|-|-|no verb");
        }
    }

    @Test
    void defaultWsPathAndEveryStoredResponseAsItsOwnFrame() throws Exception {
        run("""
                input:
                  http_server: {}
                pipeline:
                  processors:
                    - mapping: 'root = content().uppercase()'
                    - sync_response: {}
                    - mapping: 'root = content().string() + "!"'
                output:
                  sync_response: {}
                """);
        try (WsClient client = WsClient.connect(ws(port, "/post/ws"))) {
            client.sendText("a,b");
            assertThat(client.next()).isEqualTo("text:A,B");
            assertThat(client.next()).isEqualTo("text:A,B!");
        }
    }

    @Test
    void noSyncResponseMeansNoFrameBackButTheNextMessageIsRead() throws Exception {
        run("""
                input:
                  http_server:
                    ws_path: /ws
                pipeline:
                  processors:
                    - mapping: 'root = if content().string() == "answer" { "answered" } else { deleted() }'
                    - sync_response: {}
                output:
                  drop: {}
                """);
        try (WsClient client = WsClient.connect(ws(port, "/ws"))) {
            client.sendText("silent");
            client.sendText("answer");
            assertThat(client.next()).isEqualTo("text:answered");
        }
    }

    @Test
    void rateLimitedMessagesGetTheRateLimitMessageAndAreDeliveredOnceAllowed() throws Exception {
        run("""
                input:
                  http_server:
                    ws_path: /ws
                    rate_limit: one_a_second
                    ws_rate_limit_message: slow down
                pipeline:
                  processors:
                    - mapping: 'root = content().uppercase()'
                output:
                  sync_response: {}
                rate_limit_resources:
                  - label: one_a_second
                    local:
                      count: 1
                      interval: 1s
                """);
        try (WsClient client = WsClient.connect(ws(port, "/ws"))) {
            client.sendText("first");
            client.sendText("second");
            assertThat(client.next()).isEqualTo("text:FIRST");
            assertThat(client.next()).isEqualTo("binary:slow down");
            // not dropped (Benthos's code retries the same payload): it goes through once the limiter allows it
            String next = client.next();
            while (next.equals("binary:slow down")) {
                next = client.next();
            }
            assertThat(next).isEqualTo("text:SECOND");
        }
    }

    @Test
    void websocketOnACustomAddress() throws Exception {
        int custom = AvailablePortFinder.find().getPort();
        run("""
                input:
                  http_server:
                    address: 127.0.0.1:%d
                    path: ""
                    ws_path: /stream
                pipeline:
                  processors:
                    - mapping: 'root = content().uppercase()'
                output:
                  sync_response: {}
                """.formatted(custom));
        try (WsClient client = WsClient.connect(ws(custom, "/stream"))) {
            client.sendText("custom");
            assertThat(client.next()).isEqualTo("text:CUSTOM");
        }
        // path "" registers no POST endpoint
        assertThat(rawRequest(custom, "POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"))
                .startsWith("HTTP/1.1 404");
    }

    @Test
    void emptyWsPathRegistersNoWebsocket() throws Exception {
        run("""
                input:
                  http_server:
                    ws_path: ""
                output:
                  drop: {}
                """);
        assertThat(rawRequest(port, upgradeRequest("GET", "/post/ws", ""))).startsWith("HTTP/1.1 404");
    }

    @Test
    void stoppingTheStreamClosesOpenConnections() throws Exception {
        run("""
                input:
                  http_server: {}
                output:
                  drop: {}
                """);
        WsClient client = WsClient.connect(ws(port, "/post/ws"));
        camel.stop();
        assertThat(client.awaitClose()).isIn(1000, 1006);
        client.close();
    }

    /** gorilla's refusals, each followed by Benthos's own "Bad request" line in the same body. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not an upgrade         | GET  | -                  | HTTP/1.1 400 | Bad Request",
            "upgrade by POST        | POST | -                  | HTTP/1.1 405 | Method Not Allowed",
            "foreign origin         | GET  | http://evil.test   | HTTP/1.1 403 | Forbidden",
            "no key                 | GET  | nokey              | HTTP/1.1 400 | Bad Request"})
    void handshakeRefusals(String name, String method, String variant, String statusLine, String text) throws Exception {
        run("""
                input:
                  http_server: {}
                output:
                  drop: {}
                """);
        String request = switch (name.trim()) {
            case "not an upgrade" -> "GET /post/ws HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
            case "foreign origin" -> upgradeRequest(method, "/post/ws", "Origin: " + variant + "\r\n");
            case "no key" -> upgradeRequest(method, "/post/ws", "").replaceAll("Sec-WebSocket-Key: [^\r]*\r\n", "");
            default -> upgradeRequest(method, "/post/ws", "");
        };
        String response = rawRequest(port, request);
        assertThat(response).startsWith(statusLine);
        assertThat(response).containsIgnoringCase("Sec-Websocket-Version: 13");
        assertThat(response).endsWith("\r\n\r\n" + text + "\nBad request\n");
    }

    @Test
    void sameOriginIsAccepted() throws Exception {
        run("""
                input:
                  http_server: {}
                output:
                  drop: {}
                """);
        String response = rawRequest(port, upgradeRequest("GET", "/post/ws",
                "Origin: http://127.0.0.1:" + port + "\r\n").replace("Host: 127.0.0.1\r\n",
                "Host: 127.0.0.1:" + port + "\r\n"));
        assertThat(response).startsWith("HTTP/1.1 101");
        // Deliberately unlike Benthos, whose gzip wrapper hides http.Hijacker so that gorilla answers 500 to any
        // client accepting gzip (browsers do): the upgrade works
        assertThat(rawRequest(port, upgradeRequest("GET", "/post/ws", "Accept-Encoding: gzip, deflate\r\n")))
                .startsWith("HTTP/1.1 101");
    }

    private static String upgradeRequest(String method, String path, String extraHeaders) {
        return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" + extraHeaders
                + "Content-Length: 0\r\n\r\n";
    }

    /** Sends raw HTTP/1.1 and reads the response head and (Content-Length) body, or the 101 head. */
    private static String rawRequest(int port, String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
            }
            String headText = head.toString(StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(headText);
            if (!m.find()) {
                return headText;
            }
            byte[] body = in.readNBytes(Integer.parseInt(m.group(1)));
            return headText + new String(body, StandardCharsets.UTF_8);
        }
    }
}
