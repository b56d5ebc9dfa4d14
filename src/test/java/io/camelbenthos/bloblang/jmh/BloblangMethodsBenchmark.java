package io.camelbenthos.bloblang.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.message.Message;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The ten methods most used in real configs, each as a whole mapping (bytes in, bytes out) next to the same
 * transformation hand-written in Java with Jackson and the JDK, the baseline a JVM developer would otherwise write.
 * {@code bench/bloblang-jmh.sh} runs it after {@link BloblangBenchmark} and prints the ratio per method.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BloblangMethodsBenchmark {
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Param({"parse_json", "format_json", "string", "uppercase", "replace_all", "split", "map_each", "filter",
            "ts_parse", "hash"})
    public String method;

    private final ObjectMapper json = new ObjectMapper();
    private Mapping mapping;
    private byte[] input;

    @Setup
    public void setup() {
        input = inputFor(method).getBytes(StandardCharsets.UTF_8);
        mapping = Bloblang.parse(mappingFor(method));
        // both must do the same work: identical output bytes before measuring anything
        String b = new String(bloblang(), StandardCharsets.UTF_8);
        String j = new String(baseline(), StandardCharsets.UTF_8);
        if (!b.equals(j)) {
            throw new IllegalStateException(method + ": outputs differ: bloblang " + b + ", baseline " + j);
        }
    }

    private static String inputFor(String method) {
        return switch (method) {
            case "parse_json" -> "{\"doc\":\"{\\\"a\\\":1,\\\"b\\\":[true,null,\\\"x\\\"]}\"}";
            case "map_each", "filter" -> "{\"items\":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]}";
            case "ts_parse" -> "{\"at\":\"2024-03-01T12:34:56+02:00\"}";
            default -> "{\"name\":\"order 12345 for ann smith\",\"n\":42,\"tags\":{\"a\":1,\"b\":[1,2]}}";
        };
    }

    private static String mappingFor(String method) {
        return switch (method) {
            case "parse_json" -> "root = this.doc.parse_json()";
            case "format_json" -> "root = this.tags.format_json(no_indent: true)";
            case "string" -> "root.n = this.n.string()";
            case "uppercase" -> "root.name = this.name.uppercase()";
            case "replace_all" -> "root.name = this.name.replace_all(\"ann\", \"bob\")";
            case "split" -> "root.words = this.name.split(\" \")";
            case "map_each" -> "root.items = this.items.map_each(x -> x + 1)";
            case "filter" -> "root.items = this.items.filter(x -> x > 10)";
            case "ts_parse" -> "root.unix = this.at.ts_parse(\"2006-01-02T15:04:05Z07:00\").ts_unix()";
            case "hash" -> "root.sha = this.name.hash(\"sha256\").encode(\"hex\")";
            default -> throw new IllegalArgumentException(method);
        };
    }

    @org.openjdk.jmh.annotations.Benchmark
    public byte[] bloblang() {
        return mapping.apply(Message.of(input)).orElseThrow().content();
    }

    /** The same transformation written by hand with Jackson's tree model and the JDK. */
    @org.openjdk.jmh.annotations.Benchmark
    public byte[] baseline() {
        try {
            JsonNode in = json.readTree(input);
            ObjectNode out = json.createObjectNode();
            switch (method) {
                case "parse_json" -> {
                    return json.writeValueAsBytes(json.readTree(in.get("doc").asText()));
                }
                case "format_json" -> {
                    return json.writeValueAsBytes(in.get("tags"));
                }
                case "string" -> out.put("n", in.get("n").asText());
                case "uppercase" -> out.put("name", in.get("name").asText().toUpperCase(Locale.ROOT));
                case "replace_all" -> out.put("name", in.get("name").asText().replace("ann", "bob"));
                case "split" -> {
                    ArrayNode words = out.putArray("words");
                    for (String w : in.get("name").asText().split(" ", -1)) {
                        words.add(w);
                    }
                }
                case "map_each", "filter" -> {
                    ArrayNode items = out.putArray("items");
                    for (JsonNode x : in.get("items")) {
                        if (method.equals("map_each")) {
                            items.add(x.asLong() + 1);
                        } else if (x.asLong() > 10) {
                            items.add(x);
                        }
                    }
                }
                case "ts_parse" -> out.put("unix", OffsetDateTime.parse(in.get("at").asText(), RFC3339).toEpochSecond());
                case "hash" -> {
                    byte[] sum = MessageDigest.getInstance("SHA-256")
                            .digest(in.get("name").asText().getBytes(StandardCharsets.UTF_8));
                    out.put("sha", HexFormat.of().formatHex(sum));
                }
                default -> throw new IllegalArgumentException(method);
            }
            return json.writeValueAsBytes(out);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
