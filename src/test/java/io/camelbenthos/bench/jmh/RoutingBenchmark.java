package io.camelbenthos.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelbenthos.cache.Cache;
import io.camelbenthos.cache.Caches;
import io.camelbenthos.testing.StreamHarness;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Messages per second through the runtime (a Benthos config translated to Camel routes, sent through a
 * {@code test_direct} input) next to the same logic hand-written as a plain Camel route with Jackson, in the same
 * run. {@code branch_cache}: a {@code branch} whose child looks the message's user up in a {@code memory} cache and
 * whose result map writes it into the message (hand-written: an {@code enrich} of a lookup route). {@code switch}: a
 * {@code switch} output with three cases writing to a cache (hand-written: a {@code choice}). Setup fails unless both
 * sides give the same result for every sample message.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RoutingBenchmark {
    @Param({"branch_cache", "switch"})
    public String scenario;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SAMPLES = List.of(
            "{\"user_id\":\"u1\",\"kind\":\"a\",\"n\":1}",
            "{\"user_id\":\"u2\",\"kind\":\"b\",\"n\":2}",
            "{\"user_id\":\"u1\",\"kind\":\"c\",\"n\":3}");

    private StreamHarness runtime;
    private CamelContext hand;
    private ProducerTemplate handProducer;
    private final Map<String, byte[]> users = new ConcurrentHashMap<>();
    private final Map<String, byte[]> routed = new ConcurrentHashMap<>();
    private int next;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        users.put("u1", "{\"name\":\"ann\"}".getBytes(StandardCharsets.UTF_8));
        users.put("u2", "{\"name\":\"bob\"}".getBytes(StandardCharsets.UTF_8));
        runtime = new StreamHarness(scenario.equals("switch") ? SWITCH_CONFIG : BRANCH_CONFIG);
        hand = new DefaultCamelContext();
        hand.addRoutes(scenario.equals("switch") ? handSwitch() : handBranch());
        hand.start();
        handProducer = hand.createProducerTemplate();
        for (String sample : SAMPLES) {
            // the same JSON document (Bloblang writes keys sorted, as Go does; Jackson keeps their order)
            JsonNode r = JSON.readTree(runtimeOnce(sample));
            JsonNode h = JSON.readTree(handOnce(sample));
            if (!r.equals(h)) {
                throw new IllegalStateException(scenario + ": results differ for " + sample + ": runtime " + r
                        + ", hand-written " + h);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (runtime != null) {
            runtime.close();
        }
        if (hand != null) {
            hand.stop();
        }
    }

    @Benchmark
    public byte[] runtime() {
        return runtimeOnce(SAMPLES.get(next++ % SAMPLES.size()));
    }

    @Benchmark
    public byte[] handWritten() {
        return handOnce(SAMPLES.get(next++ % SAMPLES.size()));
    }

    /** The runtime's result: the enriched message, or (switch) the cache entry the message was routed to. */
    private byte[] runtimeOnce(String body) {
        Exchange e = runtime.send("in", body);
        if (e.getException() != null) {
            throw new IllegalStateException(e.getException());
        }
        if (scenario.equals("switch")) {
            Cache cache = Caches.lookup(runtime.camel(), "test.cache_resources.routed");
            try {
                return cache.get(kind(body));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
        return StreamHarness.body(e).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] handOnce(String body) {
        Exchange e = handProducer.send("direct:hand", x -> x.getMessage().setBody(body.getBytes(StandardCharsets.UTF_8)));
        if (e.getException() != null) {
            throw new IllegalStateException(e.getException());
        }
        return scenario.equals("switch") ? routed.get(kind(body)) : e.getMessage().getBody(byte[].class);
    }

    /** Where the switch sends a sample: its kind for a and b, {@code other} for the rest. */
    private static String kind(String body) {
        return body.contains("\"kind\":\"a\"") ? "a" : body.contains("\"kind\":\"b\"") ? "b" : "other";
    }

    private static final String BRANCH_CONFIG = """
            input:
              test_direct: {name: in}
            pipeline:
              processors:
                - branch:
                    request_map: 'root = this.user_id'
                    processors:
                      - cache:
                          resource: users
                          operator: get
                          key: '${! content() }'
                    result_map: 'root.user = this'
            output:
              drop: {}
            cache_resources:
              - label: users
                memory:
                  init_values:
                    u1: '{"name":"ann"}'
                    u2: '{"name":"bob"}'
            """;

    private static final String SWITCH_CONFIG = """
            input:
              test_direct: {name: in}
            output:
              switch:
                cases:
                  - check: 'this.kind == "a"'
                    output:
                      cache: {target: routed, key: a}
                  - check: 'this.kind == "b"'
                    output:
                      cache: {target: routed, key: b}
                  - output:
                      cache: {target: routed, key: other}
            cache_resources:
              - label: routed
                memory: {}
            """;

    /** branch + cache by hand: enrich from a route that looks the user up, merged into the message with Jackson. */
    private RouteBuilder handBranch() {
        AggregationStrategy merge = (original, lookup) -> {
            try {
                ObjectNode doc = (ObjectNode) JSON.readTree(original.getMessage().getBody(byte[].class));
                doc.set("user", JSON.readTree(lookup.getMessage().getBody(byte[].class)));
                original.getMessage().setBody(JSON.writeValueAsBytes(doc));
                return original;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:hand").enrich("direct:lookup", merge);
                from("direct:lookup").process(x -> {
                    JsonNode doc = JSON.readTree(x.getMessage().getBody(byte[].class));
                    x.getMessage().setBody(users.get(doc.path("user_id").asText()));
                });
            }
        };
    }

    /** switch by hand: a choice on the parsed kind, each branch storing the message. */
    private RouteBuilder handSwitch() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:hand")
                        .process(x -> x.setProperty("kind", JSON.readTree(x.getMessage().getBody(byte[].class)).path("kind").asText()))
                        .choice()
                        .when(exchangeProperty("kind").isEqualTo("a")).process(x -> store("a", x))
                        .when(exchangeProperty("kind").isEqualTo("b")).process(x -> store("b", x))
                        .otherwise().process(x -> store("other", x));
            }
        };
    }

    private void store(String key, Exchange x) {
        byte[] body = x.getMessage().getBody(byte[].class);
        routed.put(key, Arrays.copyOf(body, body.length));
    }
}
