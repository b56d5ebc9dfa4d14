package io.camelbenthos.bloblang.functions.general;

import static io.camelbenthos.bloblang.functions.FunctionCalls.bind;
import static io.camelbenthos.bloblang.functions.FunctionCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.functions.FunctionCalls;
import io.camelbenthos.bloblang.plugin.CallContext;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.Query;
import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GeneralFunctionsTest {
    /** A {@code set:} query that reads the current document, like {@code if this.peek { null }}. */
    private static Query query(Function<Object, Object> body) {
        return new Query() {
            @Override
            public Object eval(CallContext ctx) {
                return body.apply(ctx.thisValue());
            }

            @Override
            public String annotation() {
                return "query";
            }
        };
    }

    private static List<Object> run(FunctionImpl fn, List<Object> documents) {
        List<Object> out = new ArrayList<>();
        for (Object doc : documents) {
            out.add(fn.call(FunctionCalls.context(Message.of("{}"), doc)));
        }
        return out;
    }

    @Test
    void counterCountsFromMinAndWrapsAfterMax() {
        assertThat(run(bind(new CounterFunction()), List.of(Map.of(), Map.of(), Map.of()))).containsExactly(1L, 2L, 3L);
        assertThat(run(bind(new CounterFunction(), 100L, 200L), List.of(Map.of(), Map.of()))).containsExactly(100L, 101L);
        assertThat(run(bind(new CounterFunction(), 1L, 3L), List.of(1, 2, 3, 4, 5))).containsExactly(1L, 2L, 3L, 1L, 2L);
    }

    @Test
    void counterSetResetsAndPeeks() {
        // counter(set: if this.status != "success" { 0 })
        Query reset = query(doc -> "success".equals(((Map<?, ?>) doc).get("status")) ? Nothing.INSTANCE : 0L);
        assertThat(run(bind(new CounterFunction(), 1L, Long.MAX_VALUE, reset), List.of(Map.of("status", "success"),
                Map.of("status", "success"), Map.of("status", "failure"), Map.of("status", "success"))))
                .containsExactly(1L, 2L, 0L, 1L);
        // counter(set: if this.peek { null })
        Query peek = query(doc -> Boolean.TRUE.equals(((Map<?, ?>) doc).get("peek")) ? null : Nothing.INSTANCE);
        assertThat(run(bind(new CounterFunction(), 1L, Long.MAX_VALUE, peek), List.of(Map.of("peek", false),
                Map.of("peek", false), Map.of("peek", true), Map.of("peek", false))))
                .containsExactly(1L, 2L, 2L, 3L);
        Query delete = query(doc -> Boolean.TRUE.equals(doc) ? Deleted.INSTANCE : Nothing.INSTANCE);
        assertThat(run(bind(new CounterFunction(), 5L, 100L, delete), List.of(false, false, true, false)))
                .containsExactly(5L, 6L, 5L, 6L);
    }

    @Test
    void counterRejectsBadBounds() {
        FunctionImpl negative = bind(new CounterFunction(), -1L);
        assertThatThrownBy(() -> negative.call(FunctionCalls.context(Message.of("{}"), Map.of())))
                .hasMessage("min argument must be >0, got -1");
        FunctionImpl inverted = bind(new CounterFunction(), 5L, 5L);
        assertThatThrownBy(() -> inverted.call(FunctionCalls.context(Message.of("{}"), Map.of())))
                .hasMessage("max argument must be >0 and >min, got 5");
        FunctionImpl badSet = bind(new CounterFunction(), 1L, 10L, query(doc -> "x"));
        assertThatThrownBy(() -> badSet.call(FunctionCalls.context(Message.of("{}"), Map.of())))
                .hasMessageStartingWith("failed to resolve set argument: ");
    }

    @Test
    void countIsSharedPerNameAcrossMappings() {
        FunctionImpl a = bind(new CountFunction(), "general-test-a");
        FunctionImpl again = bind(new CountFunction(), "general-test-a");
        FunctionImpl b = bind(new CountFunction(), "general-test-b");
        assertThat(a.call(null)).isEqualTo(1L);
        assertThat(again.call(null)).isEqualTo(2L);
        assertThat(b.call(null)).isEqualTo(1L);
    }

    @Test
    void rangeMatchesTheDocumentedExamples() {
        assertThat(call(new RangeFunction(), 0L, 10L)).isEqualTo(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L));
        assertThat(call(new RangeFunction(), 0L, 10L, 2L)).isEqualTo(List.of(0L, 2L, 4L, 6L, 8L));
        assertThat(call(new RangeFunction(), 0L, -10L, -2L)).isEqualTo(List.of(0L, -2L, -4L, -6L, -8L));
        assertThat(call(new RangeFunction(), 0L, 250L, 100L)).isEqualTo(List.of(0L, 100L));
        assertThatThrownBy(() -> bind(new RangeFunction(), 0L, 10L, 0L))
                .hasMessage("step must be greater than or less than 0");
        assertThatThrownBy(() -> bind(new RangeFunction(), 0L, 10L, -1L))
                .hasMessage("with negative step arg stop (10) must be <= start (0)");
        assertThatThrownBy(() -> bind(new RangeFunction(), 10L, 10L))
                .hasMessage("with positive step arg start (10) must be < stop (10)");
    }

    @Test
    void bytesAndPi() {
        assertThat((byte[]) call(new BytesFunction(), 5L)).containsExactly(0, 0, 0, 0, 0);
        assertThat((byte[]) call(new BytesFunction(), 0L)).isEmpty();
        assertThatThrownBy(() -> bind(new BytesFunction(), -1L)).hasMessageContaining("non-negative");
        assertThat(call(new PiFunction())).isEqualTo(Math.PI);
    }
}
