package io.camelbenthos.bloblang.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.plugin.QueryException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void typeNames() {
        assertThat(Values.typeName(1L)).isEqualTo("number");
        assertThat(Values.typeName(new JsonNumber("1"))).isEqualTo("number");
        assertThat(Values.typeName(new byte[0])).isEqualTo("bytes");
        assertThat(Values.typeName(Deleted.INSTANCE)).isEqualTo("delete");
        assertThat(Values.typeName(Nothing.INSTANCE)).isEqualTo("nothing");
        assertThat(Values.typeName(null)).isEqualTo("null");
    }

    @Test
    void sanitizeAndCoercions() {
        assertThat(Values.sanitize(new JsonNumber("12"))).isEqualTo(12L);
        assertThat(Values.sanitize(new JsonNumber("1.0"))).isEqualTo(1.0);
        assertThat(Values.sanitize(new JsonNumber("99999999999999999999"))).isEqualTo(1e20);
        assertThat(Values.getInt(2.9)).isEqualTo(2L);
        assertThat(Values.getBool(new JsonNumber("0.0"))).isTrue();
        assertThatThrownBy(() -> Values.getString(5L)).isInstanceOf(QueryException.class)
                .hasMessage("expected string value, got number (5)");
        assertThatThrownBy(() -> Values.getNumber("x")).hasMessage("expected number value, got string (\"x\")");
    }

    @Test
    void goStringification() {
        assertThat(Values.toGoString(1e6)).isEqualTo("1e+06");
        assertThat(Values.toGoString(null)).isEqualTo("null");
        assertThat(Values.toGoString(Map.of("a", "<"))).isEqualTo("{\"a\":\"\\u003c\"}");
        assertThat(Values.toGoString(new UInt64(-1))).isEqualTo("18446744073709551615");
    }

    @Test
    void equalityQuirks() {
        assertThat(Values.equal(true, 1L)).isTrue();
        assertThat(Values.equal(1L, true)).isFalse();
        assertThat(Values.equal("a", "a".getBytes())).isTrue();
        assertThat(Values.equal(List.of(1L), List.of(new JsonNumber("1.0")))).isTrue();
        assertThat(Values.equal(Map.of("a", 1L), Map.of("a", 2L))).isFalse();
    }

    @Test
    void utf8Helpers() {
        assertThat(Values.utf8Length("héllo😀")).isEqualTo(10);
        assertThat(Values.compareUtf8("😀", "！")).isPositive();
        assertThat("😀".compareTo("！")).as("Java differs").isNegative();
    }

    @Test
    void deepCopyIsIndependent() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("l", new java.util.ArrayList<>(List.of(1L)));
        Map<String, Object> c = Values.asObject(Values.deepCopy(m));
        Values.asArray(c.get("l")).add(2L);
        assertThat(Values.asArray(m.get("l"))).hasSize(1);
    }
}
