package io.camelbenthos.bloblang.functions.env;

import static io.camelbenthos.bloblang.functions.FunctionCalls.bind;
import static io.camelbenthos.bloblang.functions.FunctionCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.functions.FunctionCalls;
import io.camelbenthos.bloblang.plugin.CallContext;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvFunctionsTest {
    @TempDir
    Path dir;

    @Test
    void hostnameIsTheMachinesName() {
        assertThat((String) call(new HostnameFunction())).isNotBlank().doesNotContain("\n");
    }

    @Test
    void fileReadsBytesAndCachesUnlessAskedNotTo() throws IOException {
        Path f = dir.resolve("doc.json");
        Files.writeString(f, "{\"foo\":\"bar\"}");
        FunctionImpl cached = bind(new FileFunction(), f.toString());
        FunctionImpl fresh = bind(new FileFunction(), f.toString(), true);
        assertThat(new String((byte[]) cached.call(null), StandardCharsets.UTF_8)).isEqualTo("{\"foo\":\"bar\"}");
        assertThat(new String((byte[]) fresh.call(null), StandardCharsets.UTF_8)).isEqualTo("{\"foo\":\"bar\"}");
        Files.writeString(f, "changed");
        assertThat(new String((byte[]) cached.call(null), StandardCharsets.UTF_8)).isEqualTo("{\"foo\":\"bar\"}");
        assertThat(new String((byte[]) fresh.call(null), StandardCharsets.UTF_8)).isEqualTo("changed");
    }

    @Test
    void fileFailuresReadLikeGo() {
        String missing = dir.resolve("nope.txt").toString();
        assertThatThrownBy(() -> call(new FileFunction(), missing))
                .hasMessage("open " + missing + ": no such file or directory");
        assertThatThrownBy(() -> call(new FileFunction(), dir.toString()))
                .hasMessage("read " + dir + ": is a directory");
    }

    @Test
    void fileRelResolvesAgainstTheMappingsDirectory() throws IOException {
        Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(dir.resolve("schemas/user.json"), "{}");
        CallContext ctx = FunctionCalls.context(Message.of("{}"), Map.of(),
                Environment.standard().withImportDirectory(dir));
        assertThat((byte[]) bind(new FileRelFunction(), "./schemas/user.json").call(ctx)).isEqualTo("{}".getBytes());
    }

    @Test
    void impureFunctionsAreMarkedForSandboxRemoval() {
        for (var plugin : List.of(new HostnameFunction(), new FileFunction(), new FileRelFunction())) {
            assertThat(plugin.spec().impure()).as(plugin.spec().name()).isTrue();
        }
    }
}
