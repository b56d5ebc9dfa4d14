package io.camelbenthos.bloblang.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The language, case by case, from {@code bloblang/cases/*.txt}: each case has a {@code mapping} and optionally an
 * {@code input}, {@code meta} (a JSON object of input metadata) and {@code mode} ({@code mutation}), and expects one of
 * {@code output}, {@code error} (execution error text), {@code parse-error} (positioned parse error text),
 * {@code deleted}; {@code output-meta} checks the resulting metadata as JSON, {@code output-hex} the output content's
 * exact bytes (for content that is not valid UTF-8).
 */
class MappingCasesTest {
    @TestFactory
    Stream<DynamicTest> language() throws IOException {
        return cases("/bloblang/cases/language.txt");
    }

    @TestFactory
    Stream<DynamicTest> errors() throws IOException {
        return cases("/bloblang/cases/errors.txt");
    }

    @TestFactory
    Stream<DynamicTest> values() throws IOException {
        return cases("/bloblang/cases/values.txt");
    }

    private static Stream<DynamicTest> cases(String resource) throws IOException {
        return CaseFile.load(resource).stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> run(c)));
    }

    private static void run(CaseFile.Case c) {
        if (c.has("parse-error")) {
            assertThatThrownBy(() -> Bloblang.parse(c.get("mapping"))).isInstanceOf(BloblangException.class)
                    .hasMessage(c.get("parse-error"));
            return;
        }
        Mapping m = Bloblang.parse(c.get("mapping"));
        Message.Builder b = Message.builder().content(c.has("input") ? c.get("input") : "");
        if (c.has("meta")) {
            b.metadata(Values.asObject(io.camelbenthos.bloblang.value.GoJsonDecoder.unmarshal(c.get("meta"), false)));
        }
        Message in = b.build();
        boolean mutation = "mutation".equals(c.get("mode"));
        if (c.has("error")) {
            assertThatThrownBy(() -> exec(m, in, mutation)).isInstanceOf(BloblangException.class)
                    .hasMessage(c.get("error"));
            return;
        }
        Optional<Message> out = exec(m, in, mutation);
        if (c.has("deleted")) {
            assertThat(out).isEmpty();
            return;
        }
        assertThat(out).isPresent();
        if (c.has("output")) {
            assertThat(out.get().contentAsString()).isEqualTo(c.get("output"));
        }
        if (c.has("output-hex")) {
            assertThat(HexFormat.of().formatHex(out.get().content())).isEqualTo(c.get("output-hex"));
        }
        if (c.has("output-meta")) {
            assertThat(Values.toJson(out.get().metadata())).isEqualTo(c.get("output-meta"));
        }
        if (!mutation && c.has("input")) {
            assertThat(in.contentAsString()).as("input untouched").isEqualTo(c.get("input"));
        }
    }

    private static Optional<Message> exec(Mapping m, Message in, boolean mutation) {
        return mutation ? m.applyInPlace(in) : m.apply(in);
    }
}
