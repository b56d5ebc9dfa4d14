package io.camelbenthos.bloblang.methods.objects;

import static io.camelbenthos.bloblang.methods.PluginCalls.call;
import static io.camelbenthos.bloblang.methods.PluginCalls.lambda;
import static io.camelbenthos.bloblang.methods.TestJson.parse;
import static io.camelbenthos.bloblang.methods.TestJson.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.methods.strings.ContainsMethod;
import io.camelbenthos.bloblang.methods.strings.SliceMethod;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.Values;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documented examples of the Object & Array methods, run on values, plus their edge cases. */
class ObjectMethodsTest {
    private static String run(Object plugin, String targetJson, Object... args) {
        return write(call((io.camelbenthos.bloblang.plugin.BloblangPlugin) plugin, parse(targetJson), args));
    }

    private static Map<String, Object> obj(Object v) {
        return Values.asObject(v);
    }

    @Test
    void allAndAny() {
        var ageOver21 = lambda(p -> Values.getNumber(obj(p).get("age")) >= 21);
        assertThat(run(new AllMethod(), "[{\"age\":18},{\"age\":23}]", ageOver21)).isEqualTo("false");
        assertThat(run(new AllMethod(), "[{\"age\":45},{\"age\":23}]", ageOver21)).isEqualTo("true");
        assertThat(run(new AllMethod(), "[]", ageOver21)).isEqualTo("false");
        assertThat(run(new AnyMethod(), "[{\"age\":18},{\"age\":23}]", ageOver21)).isEqualTo("true");
        assertThat(run(new AnyMethod(), "[{\"age\":10},{\"age\":12}]", ageOver21)).isEqualTo("false");
        assertThatThrownBy(() -> run(new AllMethod(), "[1]", lambda(v -> "x")))
                .hasMessage("element 0: expected bool value, got string (\"x\")");
        assertThatThrownBy(() -> run(new AnyMethod(), "{}", ageOver21)).hasMessageStartingWith("expected array value");
    }

    @Test
    void appendConcatZipFlatten() {
        assertThat(run(new AppendMethod(), "[\"bar\",\"baz\"]", "and", "this")).isEqualTo("[\"bar\",\"baz\",\"and\",\"this\"]");
        assertThat(run(new ConcatMethod(), "[\"a\",\"b\"]", List.of("c"), List.of("d", "e", "f")))
                .isEqualTo("[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]");
        assertThat(run(new ZipMethod(), "[\"a\",\"b\",\"c\"]", parse("[1,2,3]"), parse("[4,5,6]")))
                .isEqualTo("[[\"a\",1,4],[\"b\",2,5],[\"c\",3,6]]");
        assertThatThrownBy(() -> run(new ZipMethod(), "[1]", List.of(1L, 2L)))
                .hasMessage("can't zip different length array values");
        assertThatThrownBy(() -> run(new ZipMethod(), "[1]")).hasMessage("zip requires at least one argument");
        assertThat(run(new FlattenMethod(), "[\"a\",[\"b\",[\"c\",\"d\"]],\"e\"]")).isEqualTo("[\"a\",\"b\",[\"c\",\"d\"],\"e\"]");
    }

    @Test
    void collapse() {
        String in = "{\"foo\":[{\"bar\":\"1\"},{\"bar\":{}},{\"bar\":\"2\"},{\"bar\":[]}]}";
        assertThat(run(new CollapseMethod(), in)).isEqualTo("{\"foo.0.bar\":\"1\",\"foo.2.bar\":\"2\"}");
        assertThat(run(new CollapseMethod(), in, true))
                .isEqualTo("{\"foo.0.bar\":\"1\",\"foo.1.bar\":{},\"foo.2.bar\":\"2\",\"foo.3.bar\":[]}");
        assertThatThrownBy(() -> run(new CollapseMethod(), "5")).hasMessage("not an object or array");
    }

    @Test
    void contains() {
        assertThat(run(new ContainsMethod(), "[\"this\",\"foo\",\"that\"]", "foo")).isEqualTo("true");
        assertThat(run(new ContainsMethod(), "[10.3,20.0,\"huh\",3]", 20L)).isEqualTo("true");
        assertThat(run(new ContainsMethod(), "[2,3,40,67]", 20L)).isEqualTo("false");
        assertThat(run(new ContainsMethod(), "\"this foo that\"", "foo")).isEqualTo("true");
        assertThat(run(new ContainsMethod(), "{\"a\":\"foo\"}", "foo")).isEqualTo("true");
        assertThat(call(new ContainsMethod(), "abc".getBytes(StandardCharsets.UTF_8), "bc")).isEqualTo(true);
        assertThatThrownBy(() -> run(new ContainsMethod(), "5", "x"))
                .hasMessage("expected string, array or object value, got number (5)");
    }

    @Test
    void enumeratedExplodeFilter() {
        assertThat(run(new EnumeratedMethod(), "[\"bar\",\"baz\"]"))
                .isEqualTo("[{\"index\":0,\"value\":\"bar\"},{\"index\":1,\"value\":\"baz\"}]");
        assertThat(run(new ExplodeMethod(), "{\"id\":1,\"value\":[\"foo\",\"bar\",\"baz\"]}", "value"))
                .isEqualTo("[{\"id\":1,\"value\":\"foo\"},{\"id\":1,\"value\":\"bar\"},{\"id\":1,\"value\":\"baz\"}]");
        assertThat(run(new ExplodeMethod(), "{\"id\":1,\"value\":{\"foo\":2,\"bar\":[3,4],\"baz\":{\"bev\":5}}}", "value"))
                .isEqualTo("{\"bar\":{\"id\":1,\"value\":[3,4]},\"baz\":{\"id\":1,\"value\":{\"bev\":5}},"
                        + "\"foo\":{\"id\":1,\"value\":2}}");
        assertThatThrownBy(() -> run(new ExplodeMethod(), "{\"a\":1}", "a"))
                .hasMessage("expected array or object value at path 'a', found: number");
        assertThat(run(new FilterMethod(), "[3,11,4,17]", lambda(n -> Values.getNumber(n) > 10))).isEqualTo("[11,17]");
        assertThat(run(new FilterMethod(), "{\"first\":\"hello foo\",\"second\":\"world\"}",
                lambda(kv -> ((String) obj(kv).get("value")).contains("foo")))).isEqualTo("{\"first\":\"hello foo\"}");
    }

    @Test
    void findFamily() {
        assertThat(run(new FindMethod(), "[\"foo\",\"bar\",\"baz\"]", "bar")).isEqualTo("1");
        assertThat(run(new FindMethod(), "[\"foo\"]", "x")).isEqualTo("-1");
        assertThat(run(new FindAllMethod(), "[\"foo\",\"bar\",\"baz\",\"bar\"]", "bar")).isEqualTo("[1,3]");
        assertThat(run(new FindByMethod(), "[\"foo\",\"bar\",\"baz\"]", lambda(v -> !"bar".equals(v)))).isEqualTo("0");
        assertThat(run(new FindAllByMethod(), "[\"foo\",\"bar\",\"baz\"]", lambda(v -> !"bar".equals(v))))
                .isEqualTo("[0,2]");
        assertThatThrownBy(() -> run(new FindByMethod(), "[1]", lambda(v -> 5L)))
                .hasMessage("query returned a non-boolean value for index 0: expected bool value, got number (5)");
    }

    @Test
    void foldGetJoinKeyValues() {
        assertThat(run(new FoldMethod(), "[3,8,11]", 0L,
                lambda(s -> Values.getInt(obj(s).get("tally")) + Values.getInt(obj(s).get("value"))))).isEqualTo("22");
        assertThat(run(new GetMethod(), "{\"foo\":{\"bar\":\"from bar\"}}", "foo.bar")).isEqualTo("\"from bar\"");
        assertThat(run(new GetMethod(), "{\"a\":[{\"b\":1},{\"b\":2}]}", "a.1.b")).isEqualTo("2");
        assertThat(run(new GetMethod(), "{\"a.b\":3}", "a~1b")).isEqualTo("3");
        assertThat(run(new GetMethod(), "{\"a\":1}", "nope.x")).isEqualTo("null");
        assertThat(run(new JoinMethod(), "[\"hello\",\"world\"]")).isEqualTo("\"helloworld\"");
        assertThat(run(new JoinMethod(), "[\"3\",\"8\"]", ",")).isEqualTo("\"3,8\"");
        assertThatThrownBy(() -> run(new JoinMethod(), "[\"a\",1]", ","))
                .hasMessage("failed to join element 1: expected string value, got number (1)");
        assertThat(run(new KeyValuesMethod(), "{\"bar\":1,\"baz\":2}"))
                .isEqualTo("[{\"key\":\"bar\",\"value\":1},{\"key\":\"baz\",\"value\":2}]");
    }

    @Test
    void mapEachKey() {
        assertThat(run(new MapEachKeyMethod(), "{\"keya\":\"hello\",\"keyb\":\"world\"}",
                lambda(k -> ((String) k).toUpperCase()))).isEqualTo("{\"KEYA\":\"hello\",\"KEYB\":\"world\"}");
        assertThat(run(new MapEachKeyMethod(), "{\"amqp_key\":\"foo\",\"kafka_key\":\"bar\"}",
                lambda(k -> ((String) k).contains("kafka") ? "_" + k : Nothing.INSTANCE)))
                .isEqualTo("{\"_kafka_key\":\"bar\",\"amqp_key\":\"foo\"}");
        assertThatThrownBy(() -> run(new MapEachKeyMethod(), "{\"a\":1}", lambda(k -> 5L)))
                .hasMessage("unexpected result from key mapping: expected string value, got number (5)");
    }

    @Test
    void mergeAndAssign() {
        String in = "{\"first_name\":\"fooer\",\"likes\":\"bars\"}";
        Object with = parse("{\"second_name\":\"barer\",\"likes\":\"foos\"}");
        assertThat(run(new MergeMethod(), in, with))
                .isEqualTo("{\"first_name\":\"fooer\",\"likes\":[\"bars\",\"foos\"],\"second_name\":\"barer\"}");
        assertThat(run(new AssignMethod(), in, with))
                .isEqualTo("{\"first_name\":\"fooer\",\"likes\":\"foos\",\"second_name\":\"barer\"}");
        assertThat(run(new MergeMethod(), "[\"a\",\"b\"]", parse("[\"c\",\"d\"]"))).isEqualTo("[\"a\",\"b\",\"c\",\"d\"]");
        assertThat(run(new MergeMethod(), "{\"a\":{\"b\":1}}", parse("{\"a\":{\"b\":[2],\"c\":3}}")))
                .isEqualTo("{\"a\":{\"b\":[1,2],\"c\":3}}");
        assertThatThrownBy(() -> run(new MergeMethod(), "\"x\"", "y"))
                .hasMessage("expected object or array value, got string from field `this.v` (\"x\")");
        assertThat(run(new SquashMethod(), "[{\"WA\":[\"Seattle\"]},{\"NY\":[\"New York\"]},{\"WA\":[\"Bellevue\"]}]"))
                .isEqualTo("{\"NY\":[\"New York\"],\"WA\":[\"Seattle\",\"Bellevue\"]}");
    }

    @Test
    void slice() {
        assertThat(run(new SliceMethod(), "\"foo bar\"", 0L, 2L)).isEqualTo("\"fo\"");
        assertThat(run(new SliceMethod(), "\"foo bar\"", 4L)).isEqualTo("\"bar\"");
        assertThat(run(new SliceMethod(), "\"foo bar\"", -4L)).isEqualTo("\" bar\"");
        assertThat(run(new SliceMethod(), "\"foo bar\"", 0L, -4L)).isEqualTo("\"foo\"");
        assertThat(run(new SliceMethod(), "[\"foo\",\"bar\",\"baz\",\"buz\",\"bev\"]", -2L)).isEqualTo("[\"buz\",\"bev\"]");
        assertThat(run(new SliceMethod(), "\"héllo\"", 0L, 3L)).isEqualTo("\"hé\""); // UTF-8 byte offsets
        assertThatThrownBy(() -> run(new SliceMethod(), "\"abc\"", 2L, 1L))
                .hasMessage("lower slice bound 2 must be lower than upper (1)");
        assertThatThrownBy(() -> run(new SliceMethod(), "\"abc\"", 5L))
                .hasMessage("lower slice bound 5 must be lower than or equal to upper bound (3) and target length (3)");
    }

    @Test
    void sorting() {
        assertThat(run(new SortMethod(), "[\"bbb\",\"ccc\",\"aaa\"]")).isEqualTo("[\"aaa\",\"bbb\",\"ccc\"]");
        assertThat(run(new SortMethod(), "[3,1.5,2]")).isEqualTo("[1.5,2,3]");
        assertThat(run(new SortMethod(), "[{\"v\":\"b\"},{\"v\":\"c\"},{\"v\":\"a\"}]", lambda(p -> Values.compareUtf8(
                (String) obj(obj(p).get("left")).get("v"), (String) obj(obj(p).get("right")).get("v")) < 0)))
                .isEqualTo("[{\"v\":\"a\"},{\"v\":\"b\"},{\"v\":\"c\"}]");
        assertThatThrownBy(() -> run(new SortMethod(), "[true,false]"))
                .isInstanceOf(QueryException.class).hasMessageContaining("expected number or string value, got bool");
        assertThat(run(new SortByMethod(), "[{\"p\":3},{\"p\":1},{\"p\":2}]", lambda(e -> obj(e).get("p"))))
                .isEqualTo("[{\"p\":1},{\"p\":2},{\"p\":3}]");
        assertThat(run(new SortByMethod(), "[{\"id\":\"b\",\"n\":1},{\"id\":\"a\",\"n\":2},{\"id\":\"b\",\"n\":3}]",
                lambda(e -> obj(e).get("id")))).isEqualTo("[{\"id\":\"a\",\"n\":2},{\"id\":\"b\",\"n\":1},{\"id\":\"b\",\"n\":3}]");
    }

    @Test
    void sumAndUnique() {
        assertThat(run(new SumMethod(), "[3,8,4]")).isEqualTo("15");
        assertThat(run(new SumMethod(), "[10.5,20.25,5.00]")).isEqualTo("35.75");
        assertThat(run(new SumMethod(), "7")).isEqualTo("7");
        assertThatThrownBy(() -> run(new SumMethod(), "[1,\"a\"]")).hasMessage("index 1: expected number value, got string (\"a\")");
        assertThat(run(new UniqueMethod(), "[\"a\",\"b\",\"a\",\"c\"]")).isEqualTo("[\"a\",\"b\",\"c\"]");
        assertThat(run(new UniqueMethod(), "[1,1.0,\"1\",2]")).isEqualTo("[1,\"1\",2]");
        assertThat(run(new UniqueMethod(), "[{\"id\":1,\"n\":\"A\"},{\"id\":2},{\"id\":1,\"n\":\"B\"}]",
                lambda(u -> obj(u).get("id")))).isEqualTo("[{\"id\":1,\"n\":\"A\"},{\"id\":2}]");
        assertThatThrownBy(() -> run(new UniqueMethod(), "[true]"))
                .hasMessage("index 0: expected string or number value, got bool (true)");
    }

    @Test
    void withAndWithout() {
        String in = "{\"inner\":{\"a\":\"first\",\"b\":\"second\",\"c\":\"third\"},\"d\":\"fourth\",\"e\":\"fifth\"}";
        assertThat(run(new WithMethod(), in, "inner.a", "inner.c", "d"))
                .isEqualTo("{\"d\":\"fourth\",\"inner\":{\"a\":\"first\",\"c\":\"third\"}}");
        assertThat(run(new WithoutMethod(), in, "inner.a", "inner.c", "d"))
                .isEqualTo("{\"e\":\"fifth\",\"inner\":{\"b\":\"second\"}}");
        assertThatThrownBy(() -> run(new WithoutMethod(), in, 5L))
                .hasMessage("argument 0: expected string value, got number (5)");
    }

    @Test
    void jsonSchema() {
        String schema = "{\"type\":\"object\",\"properties\":{\"foo\":{\"type\":\"string\"}}}";
        assertThat(run(new JsonSchemaMethod(), "{\"foo\":\"bar\"}", schema)).isEqualTo("{\"foo\":\"bar\"}");
        assertThatThrownBy(() -> run(new JsonSchemaMethod(), "{\"foo\":5}", schema))
                .hasMessage("foo invalid type. expected: string, given: integer");
        assertThatThrownBy(() -> run(new JsonSchemaMethod(), "{}", "{nope"))
                .hasMessageStartingWith("failed to parse json schema definition: ");
    }
}
