package io.camelbenthos.bloblang.methods.coercion;

import static io.camelbenthos.bloblang.methods.PluginCalls.call;
import static io.camelbenthos.bloblang.methods.PluginCalls.callFailingTarget;
import static io.camelbenthos.bloblang.methods.TestJson.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.methods.general.MapMethod;
import io.camelbenthos.bloblang.methods.general.NotMethod;
import io.camelbenthos.bloblang.methods.PluginCalls;
import io.camelbenthos.bloblang.value.JsonNumber;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Type Coercion and General methods. */
class CoercionMethodsTest {
    @Test
    void arrayAndBytes() {
        assertThat(call(new ArrayMethod(), "foobar bazson")).isEqualTo(List.of("foobar bazson"));
        assertThat(call(new ArrayMethod(), List.of(1L))).isEqualTo(List.of(1L));
        assertThat((byte[]) call(new BytesMethod(), "foobar")).isEqualTo("foobar".getBytes(StandardCharsets.UTF_8));
        assertThat((byte[]) call(new BytesMethod(), parse("{\"a\":1}"))).isEqualTo("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bool() {
        assertThat(call(new BoolMethod(), "true")).isEqualTo(true);
        assertThat(call(new BoolMethod(), "F")).isEqualTo(false);
        assertThat(call(new BoolMethod(), new JsonNumber("0.0"))).isEqualTo(true); // Go compares the text with "0"
        assertThat(call(new BoolMethod(), 0L)).isEqualTo(false);
        assertThat(call(new BoolMethod(), "nope", true)).isEqualTo(true);
        assertThatThrownBy(() -> call(new BoolMethod(), "nope"))
                .hasMessage("expected bool value, got string from field `this.v` (\"nope\")");
        assertThat(callFailingTarget(new BoolMethod(), "boom", false)).isEqualTo(false);
        assertThatThrownBy(() -> callFailingTarget(new BoolMethod(), "boom")).hasMessage("boom");
    }

    @Test
    void notEmpty() {
        assertThat(call(new NotEmptyMethod(), "foo")).isEqualTo("foo");
        assertThatThrownBy(() -> call(new NotEmptyMethod(), "")).hasMessage("string value is empty");
        assertThatThrownBy(() -> call(new NotEmptyMethod(), List.of())).hasMessage("array value is empty");
        assertThatThrownBy(() -> call(new NotEmptyMethod(), Map.of())).hasMessage("object value is empty");
        assertThatThrownBy(() -> call(new NotEmptyMethod(), 5L))
                .hasMessage("expected string, array or object value, got number (5)");
    }

    @Test
    void timestamp() {
        ZonedDateTime fallback = ZonedDateTime.ofInstant(Instant.ofEpochSecond(1234567890), ZoneOffset.UTC);
        assertThat(call(new TimestampMethod(), "2020-08-14T05:54:23Z"))
                .isEqualTo(ZonedDateTime.of(2020, 8, 14, 5, 54, 23, 0, ZoneOffset.UTC));
        assertThat(call(new TimestampMethod(), null, fallback)).isEqualTo(fallback);
        assertThat(callFailingTarget(new TimestampMethod(), "boom", fallback)).isEqualTo(fallback);
        assertThatThrownBy(() -> call(new TimestampMethod(), true)).hasMessageContaining("from field `this.v`");
    }

    @Test
    void mapAndNot() {
        assertThat(call(new MapMethod(), Map.of("a", "b"), PluginCalls.lambda(v -> ((Map<?, ?>) v).get("a")))).isEqualTo("b");
        assertThat(call(new NotMethod(), true)).isEqualTo(false);
        assertThatThrownBy(() -> call(new NotMethod(), "x")).hasMessage("expected bool value, got string (\"x\")");
    }
}
