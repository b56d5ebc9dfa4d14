package io.camelbenthos.bloblang.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public engine API: batches, environments, imports, message immutability and thread safety. */
class EngineApiTest {
    @Test
    void batchContextFunctionsAndFrom() {
        Mapping m = Bloblang.parse("""
                root.i = batch_index()
                root.n = batch_size()
                root.first = content().from(0).string()
                root.all = content().from_all().map_each(c -> c.string())
                root.meta = metadata("k").from(1)
                """);
        List<Message> batch = List.of(Message.of("a"), Message.builder().content("b").metadata("k", "v").build());
        assertThat(m.apply(batch, 1).orElseThrow().contentAsString())
                .isEqualTo("{\"all\":[\"a\",\"b\"],\"first\":\"a\",\"i\":1,\"meta\":\"v\",\"n\":2}");
    }

    @Test
    void applyLeavesTheInputUntouchedAndMutationEditsIt() {
        Message in = Message.builder().content("{\"a\":1}").metadata("k", "v").build();
        Mapping m = Bloblang.parse("root.a = this.a + 1\nmeta k = \"changed\"");
        Message out = m.apply(in).orElseThrow();
        assertThat(out.contentAsString()).isEqualTo("{\"a\":2}");
        assertThat(in.contentAsString()).isEqualTo("{\"a\":1}");
        assertThat(in.metadata()).containsEntry("k", "v");
        Message same = m.applyInPlace(in).orElseThrow();
        assertThat(same).isSameAs(in);
        assertThat(in.contentAsString()).isEqualTo("{\"a\":2}");
        assertThat(in.metadata()).containsEntry("k", "changed");
    }

    @Test
    void chainedMappingsReuseTheParsedDocumentSafely() {
        Message first = Bloblang.parse("root = {\"list\":[1]}").apply(Message.of("")).orElseThrow();
        Message copy = first.copy();
        Bloblang.parse("root.list = this.list.map_each(x -> x + 1)").applyInPlace(copy);
        assertThat(first.contentAsString()).isEqualTo("{\"list\":[1]}");
        assertThat(Bloblang.parse("root = this.list").apply(first).orElseThrow().contentAsString()).isEqualTo("[1]");
        assertThat(copy.contentAsString()).isEqualTo("{\"list\":[2]}");
    }

    @Test
    void sandboxRemovesImpureFunctions() {
        Environment sandbox = Environment.standard().sandboxed();
        assertThatThrownBy(() -> sandbox.parse("root = env(\"HOME\")")).isInstanceOf(BloblangException.class)
                .hasMessage("line 1 char 19: unrecognised function 'env'");
        assertThat(Environment.standard().withEnvLookup(Map.of("X", "y")::get).parse("root = env(\"X\")")
                .apply(Message.of("")).orElseThrow().contentAsString()).isEqualTo("y");
    }

    @Test
    void importsAndFrom(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("maps.blobl"), "map upper {\n  root = this.uppercase()\n}\n");
        Files.writeString(dir.resolve("whole.blobl"), "root.x = this.x.apply(\"upper\")\nimport \"./maps.blobl\"\n");
        Environment env = Environment.standard().withImportDirectory(dir);
        assertThat(env.parse("import \"maps.blobl\"\nroot = this.s.apply(\"upper\")").apply(Message.of("{\"s\":\"a\"}"))
                .orElseThrow().contentAsString()).isEqualTo("A");
        assertThat(env.parse("from \"whole.blobl\"").apply(Message.of("{\"x\":\"b\"}")).orElseThrow()
                .contentAsString()).isEqualTo("{\"x\":\"B\"}");
        assertThatThrownBy(() -> env.parse("import \"nope.blobl\"")).isInstanceOf(BloblangException.class)
                .hasMessageStartingWith("line 1 char 1: failed to read import: ");
        Files.writeString(dir.resolve("bad.blobl"), "map x {\n  root = \n}");
        assertThatThrownBy(() -> env.parse("import \"bad.blobl\"")).isInstanceOf(BloblangException.class)
                .hasMessage("line 1 char 1: failed to parse import 'bad.blobl': line 2 char 10: expected query");
        assertThatThrownBy(() -> env.sandboxed().parse("import \"maps.blobl\"")).isInstanceOf(BloblangException.class)
                .hasMessageContaining("imports are disabled");
    }

    @Test
    void parsedMappingsAreThreadSafe() throws Exception {
        Mapping m = Bloblang.parse("""
                map inc {
                  root = this + 1
                }
                let base = this.n
                root.v = $base.apply("inc")
                root.list = this.l.map_each(x -> x * $base)
                """);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        long n = seed * 1000L + i;
                        String out = m.apply(Message.of("{\"n\":" + n + ",\"l\":[1,2]}")).orElseThrow().contentAsString();
                        if (!out.equals("{\"list\":[" + n + "," + 2 * n + "],\"v\":" + (n + 1) + "}")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
