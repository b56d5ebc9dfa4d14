package io.camelbenthos.bloblang.functions.message;

import static io.camelbenthos.bloblang.functions.FunctionCalls.bind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.functions.FunctionCalls;
import io.camelbenthos.bloblang.plugin.CallContext;
import io.camelbenthos.bloblang.value.JsonNumber;
import io.camelbenthos.message.Message;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageFunctionsTest {
    private static final Map<String, Object> DOC = Map.of("foo", Map.of("bar", "hello world", "n", new JsonNumber("1.50")),
            "items", List.of(Map.of("id", 1L), Map.of("id", 2L), Map.of("other", 3L)), "a.b", "dotted");

    private static CallContext ctx(Message m) {
        return FunctionCalls.context(m, DOC);
    }

    private static final String DOC_JSON = "{\"foo\":{\"bar\":\"hello world\",\"n\":1.50},"
            + "\"items\":[{\"id\":1},{\"id\":2},{\"other\":3}],\"a.b\":\"dotted\"}";

    @Test
    void jsonReadsTheWholeInputDocumentByDotPath() {
        CallContext c = ctx(Message.of(DOC_JSON)).withThis("somewhere else");
        assertThat(bind(new JsonFunction(), "foo.bar").call(c)).isEqualTo("hello world");
        assertThat(new java.util.TreeSet<Object>(((Map<?, ?>) bind(new JsonFunction()).call(c)).keySet()))
                .containsExactly("a.b", "foo", "items");
        assertThat(bind(new JsonFunction(), "foo.n").call(c)).isEqualTo(1.5);
        assertThat(bind(new JsonFunction(), "items.1.id").call(c)).isEqualTo(2L);
        // Only the top-level value is sanitised, as Go ISanitize does: nested input numbers keep their text.
        assertThat(bind(new JsonFunction(), "items.*.id").call(c))
                .isEqualTo(List.of(new JsonNumber("1"), new JsonNumber("2")));
        // gabs v2 Search: a name on an array is a miss (only a number or * selects elements)
        assertThat(bind(new JsonFunction(), "items.id").call(c)).isNull();
        assertThat(bind(new JsonFunction(), "a~1b").call(c)).isEqualTo("dotted");
        assertThat(bind(new JsonFunction(), "nope.nope").call(c)).isNull();
        CallContext notJson = ctx(Message.of("not json"));
        assertThatThrownBy(() -> bind(new JsonFunction(), "a").call(notJson))
                .isInstanceOf(io.camelbenthos.bloblang.plugin.QueryException.class);
    }

    @Test
    void rootMetaReadsTheMetadataBeingBuilt() {
        CallContext c = ctx(Message.of("{}"));
        c.metadata().put("topic", "orders");
        c.metadata().put("partition", 3L);
        c.metadata().put("empty", "");
        assertThat(bind(new RootMetaFunction(), "topic").call(c)).isEqualTo("orders");
        assertThat(bind(new RootMetaFunction(), "partition").call(c)).isEqualTo("3");
        assertThat(bind(new RootMetaFunction(), "empty").call(c)).isNull();
        assertThat(bind(new RootMetaFunction(), "missing").call(c)).isNull();
        assertThat(bind(new RootMetaFunction()).call(c))
                .isEqualTo(Map.of("topic", "orders", "partition", "3", "empty", ""));
    }

    /** A processor failure that names its component, as the runtime raises them. */
    private static final class ProcessorFailure extends RuntimeException implements ComponentError {
        private static final long serialVersionUID = 1L;

        ProcessorFailure() {
            super("boom");
        }

        @Override
        public String componentName() {
            return "mapping";
        }

        @Override
        public String componentLabel() {
            return "";
        }

        @Override
        public List<String> componentPath() {
            return List.of("root", "pipeline", "processors", "0", "a.b");
        }
    }

    @Test
    void errorSourcesComeFromComponentErrors() {
        CallContext none = ctx(Message.of("{}"));
        CallContext plain = ctx(Message.builder().content("{}").error(new IllegalStateException("x")).build());
        CallContext wrapped = ctx(Message.builder().content("{}")
                .error(new IllegalStateException("wrapped", new ProcessorFailure())).build());
        for (CallContext c : List.of(none, plain)) {
            assertThat(bind(new ErrorSourceNameFunction()).call(c)).isNull();
            assertThat(bind(new ErrorSourceLabelFunction()).call(c)).isNull();
            assertThat(bind(new ErrorSourcePathFunction()).call(c)).isNull();
        }
        assertThat(bind(new ErrorSourceNameFunction()).call(wrapped)).isEqualTo("mapping");
        assertThat(bind(new ErrorSourceLabelFunction()).call(wrapped)).isEqualTo("");
        assertThat(bind(new ErrorSourcePathFunction()).call(wrapped)).isEqualTo("root.pipeline.processors.0.a~1b");
    }

    @Test
    void tracingReadsTheW3cTraceContextFromMetadata() {
        String parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        CallContext traced = ctx(Message.builder().content("{}").metadata("traceparent", parent).build());
        assertThat(bind(new TracingSpanFunction()).call(traced)).isEqualTo(Map.of("traceparent", parent));
        assertThat(bind(new TracingIdFunction()).call(traced)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        CallContext withState = ctx(Message.builder().content("{}").metadata("traceparent", parent)
                .metadata("tracestate", "congo=t61rcWkgMzE").build());
        assertThat(bind(new TracingSpanFunction()).call(withState))
                .isEqualTo(Map.of("traceparent", parent, "tracestate", "congo=t61rcWkgMzE"));
        CallContext untraced = ctx(Message.of("{}"));
        assertThat(bind(new TracingSpanFunction()).call(untraced)).isNull();
        assertThat(bind(new TracingIdFunction()).call(untraced)).isEqualTo("");
        CallContext invalid = ctx(Message.builder().content("{}")
                .metadata("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01").build());
        assertThat(bind(new TracingSpanFunction()).call(invalid)).isNull();
    }

    @Test
    void rootMetaNeedsAMessageContext() {
        CallContext noMeta = new FunctionCalls.Context(null, DOC, DOC, null,
                io.camelbenthos.bloblang.Environment.standard());
        assertThatThrownBy(() -> bind(new RootMetaFunction(), "x").call(noMeta))
                .hasMessage("root metadata cannot be queried in this context");
    }
}
