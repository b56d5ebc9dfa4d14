package io.camelbenthos.bloblang.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.message.Message;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;

import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Messages per second, bytes in to bytes out, for Bloblang mappings next to the equivalent jq program run by
 * jackson-jq (parse JSON, transform, serialise). Both sides compile their program once in {@link #setup()}.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BloblangBenchmark {
    @Param({"field_copy", "object_rebuild", "map_each_100", "string_format"})
    public String scenario;

    private Mapping mapping;
    private JsonQuery jq;
    private Scope jqScope;
    private byte[] input;
    private final ObjectMapper json = new ObjectMapper();

    @Setup
    public void setup() throws Exception {
        String bloblang;
        String jqProgram;
        switch (scenario) {
            case "field_copy" -> {
                input = "{\"id\":\"abc123\",\"user\":{\"name\":\"ann\",\"age\":37},\"tags\":[\"a\",\"b\"]}"
                        .getBytes(StandardCharsets.UTF_8);
                bloblang = "root.id = this.id";
                jqProgram = "{id: .id}";
            }
            case "object_rebuild" -> {
                StringBuilder in = new StringBuilder("{");
                StringBuilder b = new StringBuilder("root = {\n");
                StringBuilder q = new StringBuilder("{");
                for (int i = 0; i < 10; i++) {
                    in.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i % 2 == 0 ? "\"v" + i + "\"" : i);
                    b.append("  \"out").append(i).append("\": this.f").append(i).append(",\n");
                    q.append(i == 0 ? "" : ", ").append("out").append(i).append(": .f").append(i);
                }
                input = in.append('}').toString().getBytes(StandardCharsets.UTF_8);
                bloblang = b.append('}').toString();
                jqProgram = q.append('}').toString();
            }
            case "map_each_100" -> {
                StringBuilder in = new StringBuilder("{\"items\":[");
                for (int i = 0; i < 100; i++) {
                    in.append(i == 0 ? "" : ",").append(i);
                }
                input = in.append("]}").toString().getBytes(StandardCharsets.UTF_8);
                bloblang = "root.items = this.items.map_each(x -> x * 2 + 1)";
                jqProgram = "{items: (.items | map(. * 2 + 1))}";
            }
            default -> {
                input = "{\"first\":\"ann\",\"last\":\"smith\",\"n\":42}".getBytes(StandardCharsets.UTF_8);
                // %v, not %d: an input number is a json.Number (a Go string type), which %d prints as
                // %!d(json.Number=42), as Benthos does; %v prints 42, what the jq program writes
                bloblang = "root.full = \"%s %s (%v)\".format(this.first, this.last.uppercase(), this.n)";
                jqProgram = "{full: \"\\(.first) \\(.last | ascii_upcase) (\\(.n))\"}";
            }
        }
        mapping = Bloblang.parse(bloblang);
        jqScope = Scope.newEmptyScope();
        BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, jqScope);
        jq = JsonQuery.compile(jqProgram, Versions.JQ_1_6);
        // both must do the same work: identical output bytes before measuring anything
        String b = new String(bloblangOnce(), StandardCharsets.UTF_8);
        String q = new String(jqOnce(), StandardCharsets.UTF_8);
        if (!b.equals(q)) {
            throw new IllegalStateException(scenario + ": outputs differ: bloblang " + b + ", jq " + q);
        }
    }

    @org.openjdk.jmh.annotations.Benchmark
    public byte[] bloblang() {
        return bloblangOnce();
    }

    @org.openjdk.jmh.annotations.Benchmark
    public byte[] jacksonJq() throws Exception {
        return jqOnce();
    }

    private byte[] bloblangOnce() {
        return mapping.apply(Message.of(input)).orElseThrow().content();
    }

    private byte[] jqOnce() {
        try {
            JsonNode in = json.readTree(input);
            JsonNode[] out = new JsonNode[1];
            jq.apply(Scope.newChildScope(jqScope), in, v -> out[0] = v);
            return json.writeValueAsBytes(out[0]);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
