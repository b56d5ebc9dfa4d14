package io.camelbenthos.bloblang.functions.ids;

import static io.camelbenthos.bloblang.functions.FunctionCalls.bind;
import static io.camelbenthos.bloblang.functions.FunctionCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.functions.FunctionCalls;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.message.Message;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Random and time-based ids are checked on shape, uniqueness and ordering, never on fixed values. */
class IdFunctionsTest {
    private static final int N = 2_000;

    @Test
    void uuidV4IsARandomVersion4Uuid() {
        Set<Object> ids = new HashSet<>();
        for (int i = 0; i < N; i++) {
            Object id = call(new UuidV4Function());
            assertThat((String) id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            ids.add(id);
        }
        assertThat(ids).hasSize(N);
    }

    @Test
    void uuidV7IsTimeOrderedAndStrictlyIncreasing() {
        long before = System.currentTimeMillis();
        FunctionImpl fn = bind(new UuidV7Function());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            ids.add((String) fn.call(null));
        }
        for (String id : ids) {
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        long millis = Long.parseLong(ids.get(0).replace("-", "").substring(0, 12), 16);
        assertThat(millis).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void uuidV7EncodesAGivenTime() {
        ZonedDateTime t = ZonedDateTime.parse("2020-08-14T05:54:23.123Z");
        String id = (String) call(new UuidV7Function(), t);
        assertThat(Long.parseLong(id.replace("-", "").substring(0, 12), 16)).isEqualTo(t.toInstant().toEpochMilli());
    }

    @Test
    void ksuidIsTwentySevenBase62CharactersThatSortByTime() {
        String id = (String) call(new KsuidFunction());
        assertThat(id).matches("[0-9A-Za-z]{27}");
        // segmentio/ksuid's documented example: timestamp 107608047, payload B5A1CD34B5F99D1154FB6853345C9735.
        byte[] payload = HexFormat.of().parseHex("B5A1CD34B5F99D1154FB6853345C9735");
        assertThat(Ksuid.encode(1_400_000_000L + 107_608_047L, payload)).isEqualTo("0ujtsYcgvSTl8PAuAdqWYSMnLOv");
        assertThat(Ksuid.encode(1_400_000_000L, new byte[16])).isEqualTo("000000000000000000000000000");
        assertThat(Ksuid.encode(1_500_000_000L, new byte[16])).isLessThan(Ksuid.encode(1_500_000_001L, new byte[16]));
    }

    @Test
    void nanoidHonoursLengthAndAlphabet() {
        assertThat((String) call(new NanoidFunction())).matches("[A-Za-z0-9_-]{21}");
        assertThat((String) call(new NanoidFunction(), 54L)).matches("[A-Za-z0-9_-]{54}");
        assertThat((String) call(new NanoidFunction(), 54L, "abcde")).matches("[a-e]{54}");
        assertThat(call(new NanoidFunction(), 0L)).isEqualTo("");
        assertThatThrownBy(() -> bind(new NanoidFunction(), null, "abc")).isInstanceOf(QueryException.class)
                .hasMessage("field length must be specified when an alphabet is specified");
        assertThatThrownBy(() -> call(new NanoidFunction(), 0L, "abc"))
                .hasMessage("size must be positive integer");
        assertThatThrownBy(() -> call(new NanoidFunction(), 3L, ""))
                .hasMessage("alphabet must not be empty and contain no more than 255 chars");
    }

    @Test
    void ulidEncodesTimeAndEntropy() {
        assertThat((String) call(new UlidFunction())).matches("[0-7][0-9A-HJKMNP-TV-Z]{25}");
        assertThat((String) call(new UlidFunction(), "hex")).matches("[0-9a-f]{32}");
        assertThat((String) call(new UlidFunction(), "crockford", "fast_random")).matches("[0-7][0-9A-HJKMNP-TV-Z]{25}");
        // The ULID specification's example time 1469918176385 encodes as 01ARYZ6S41.
        assertThat(Ulid.next(1_469_918_176_385L, bytes -> { }, false)).isEqualTo("01ARYZ6S410000000000000000");
        assertThat(Ulid.next(1_469_918_176_385L, bytes -> java.util.Arrays.fill(bytes, (byte) 0xff), true))
                .isEqualTo("01563df36481ffffffffffffffffffff");
        assertThatThrownBy(() -> bind(new UlidFunction(), "base64")).hasMessage("invalid ulid encoding: base64");
        assertThatThrownBy(() -> bind(new UlidFunction(), "hex", "dice")).hasMessage("invalid randomness source: dice");
    }

    @Test
    void snowflakeIdsIncreaseAndCarryTheNode() {
        FunctionImpl fn = bind(new SnowflakeIdFunction(), 42L);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < N * 5; i++) {
            ids.add(Long.parseLong((String) fn.call(null)));
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat((ids.get(0) >> 12) & 1023).isEqualTo(42);
        long millis = (ids.get(0) >> 22) + 1_288_834_974_657L;
        assertThat(millis).isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis() + 10_000);
        assertThat((String) call(new SnowflakeIdFunction())).matches("\\d{18,19}");
        assertThatThrownBy(() -> bind(new SnowflakeIdFunction(), 1024L))
                .hasMessage("Node number must be between 0 and 1023");
    }

    @Test
    void randomIntStaysInRangeAndIsReproducibleForASeed() {
        FunctionImpl bounded = bind(new RandomIntFunction(), 0L, 10L, 20L);
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < N; i++) {
            Object v = bounded.call(null);
            assertThat((Long) v).isBetween(10L, 20L);
            seen.add(v);
        }
        assertThat(seen).hasSize(11);
        List<Object> first = new ArrayList<>();
        List<Object> second = new ArrayList<>();
        FunctionImpl a = bind(new RandomIntFunction(), 7L);
        FunctionImpl b = bind(new RandomIntFunction(), 7L);
        for (int i = 0; i < 10; i++) {
            first.add(a.call(null));
            second.add(b.call(null));
        }
        assertThat(first).isEqualTo(second).allSatisfy(v -> assertThat((Long) v).isNotNegative());
        assertThatThrownBy(() -> bind(new RandomIntFunction(), 0L, -1L)).hasMessage("min (-1) must be a positive number");
        assertThatThrownBy(() -> bind(new RandomIntFunction(), 0L, 5L, 4L))
                .hasMessage("min (5) must be smaller or equal than max (4)");
        assertThatThrownBy(() -> bind(new RandomIntFunction(), 0L, 0L, Long.MAX_VALUE))
                .hasMessage("max must be smaller than the max allowed for an int64 (9223372036854775807)");
    }

    @Test
    void randomIntSeedsFromAQueryOnce() {
        int[] evaluations = {0};
        io.camelbenthos.bloblang.plugin.Query seed = new io.camelbenthos.bloblang.plugin.Query() {
            @Override
            public Object eval(io.camelbenthos.bloblang.plugin.CallContext ctx) {
                evaluations[0]++;
                return 99L;
            }

            @Override
            public String annotation() {
                return "function timestamp_unix_nano";
            }
        };
        FunctionImpl fn = bind(new RandomIntFunction(), seed);
        var ctx = FunctionCalls.context(Message.of("{}"), Map.of());
        fn.call(ctx);
        fn.call(ctx);
        assertThat(evaluations[0]).isEqualTo(1);
    }
}
