package io.camelbenthos.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real OTLP/HTTP trace receiver on loopback: it takes what an OpenTelemetry exporter POSTs to {@code /v1/traces}
 * (protobuf {@code ExportTraceServiceRequest}), decodes the spans from the protobuf wire format, and answers as a
 * collector does.
 */
public final class OtlpReceiver implements AutoCloseable {
    /** One received span; ids in lower-case hex, "" for no parent. */
    public record ReceivedSpan(String traceId, String spanId, String parentSpanId, String name,
                               Map<String, String> attributes, int statusCode, Map<String, String> resource) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    public OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/traces", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            decodeRequest(ByteBuffer.wrap(body));
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1); // an empty ExportTraceServiceResponse
            exchange.close();
        });
        server.start();
    }

    /** {@code 127.0.0.1:port}, as a tracer's collector address. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
    private void decodeRequest(ByteBuffer in) {
        while (in.hasRemaining()) {
            Field f = Field.read(in);
            if (f.number == 1) {
                decodeResourceSpans(f.bytes);
            }
        }
    }

    // ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
    private void decodeResourceSpans(ByteBuffer in) {
        Map<String, String> resource = new LinkedHashMap<>();
        List<ByteBuffer> scopes = new ArrayList<>();
        while (in.hasRemaining()) {
            Field f = Field.read(in);
            if (f.number == 1) {
                // Resource { repeated KeyValue attributes = 1; }
                while (f.bytes.hasRemaining()) {
                    Field a = Field.read(f.bytes);
                    if (a.number == 1) {
                        keyValue(a.bytes, resource);
                    }
                }
            } else if (f.number == 2) {
                scopes.add(f.bytes);
            }
        }
        for (ByteBuffer scope : scopes) {
            // ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
            while (scope.hasRemaining()) {
                Field f = Field.read(scope);
                if (f.number == 2) {
                    spans.add(decodeSpan(f.bytes, resource));
                }
            }
        }
    }

    // Span { bytes trace_id = 1; bytes span_id = 2; bytes parent_span_id = 4; string name = 5;
    //        repeated KeyValue attributes = 9; Status status = 15 { string message = 2; StatusCode code = 3; } }
    private static ReceivedSpan decodeSpan(ByteBuffer in, Map<String, String> resource) {
        String trace = "";
        String id = "";
        String parent = "";
        String name = "";
        int status = 0;
        Map<String, String> attributes = new LinkedHashMap<>();
        while (in.hasRemaining()) {
            Field f = Field.read(in);
            switch (f.number) {
                case 1 -> trace = hex(f.bytes);
                case 2 -> id = hex(f.bytes);
                case 4 -> parent = hex(f.bytes);
                case 5 -> name = text(f.bytes);
                case 9 -> keyValue(f.bytes, attributes);
                case 15 -> {
                    while (f.bytes.hasRemaining()) {
                        Field s = Field.read(f.bytes);
                        if (s.number == 3) {
                            status = (int) s.varint;
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new ReceivedSpan(trace, id, parent, name, Map.copyOf(attributes), status, Map.copyOf(resource));
    }

    // KeyValue { string key = 1; AnyValue value = 2 { string string_value = 1; ... } }
    private static void keyValue(ByteBuffer in, Map<String, String> into) {
        String key = "";
        String value = "";
        while (in.hasRemaining()) {
            Field f = Field.read(in);
            if (f.number == 1) {
                key = text(f.bytes);
            } else if (f.number == 2) {
                while (f.bytes.hasRemaining()) {
                    Field v = Field.read(f.bytes);
                    if (v.number == 1) {
                        value = text(v.bytes);
                    }
                }
            }
        }
        into.put(key, value);
    }

    private static String hex(ByteBuffer b) {
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String text(ByteBuffer b) {
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** One protobuf field: its number and either its varint or its length-delimited bytes. */
    private record Field(int number, long varint, ByteBuffer bytes) {
        static Field read(ByteBuffer in) {
            long tag = varint(in);
            int number = (int) (tag >>> 3);
            switch ((int) (tag & 7)) {
                case 0 -> {
                    return new Field(number, varint(in), ByteBuffer.allocate(0));
                }
                case 1 -> {
                    in.position(in.position() + 8);
                    return new Field(number, 0, ByteBuffer.allocate(0));
                }
                case 2 -> {
                    int length = (int) varint(in);
                    ByteBuffer slice = in.slice(in.position(), length);
                    in.position(in.position() + length);
                    return new Field(number, 0, slice);
                }
                case 5 -> {
                    in.position(in.position() + 4);
                    return new Field(number, 0, ByteBuffer.allocate(0));
                }
                default -> throw new IllegalArgumentException("unsupported protobuf wire type in tag " + tag);
            }
        }

        static long varint(ByteBuffer in) {
            long result = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = in.get();
                result |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
            throw new IllegalArgumentException("malformed varint");
        }
    }
}
