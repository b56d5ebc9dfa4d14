package io.camelbenthos.bloblang.functions.time;

import static io.camelbenthos.bloblang.functions.FunctionCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.bloblang.go.GoTimeLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class TimeFunctionsTest {
    @Test
    void nowIsAnRfc3339NanoStringInTheLocalZone() {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            Instant before = Instant.now();
            Object now = call(new NowFunction());
            Instant after = Instant.now();
            assertThat(now).isInstanceOf(String.class);
            assertThat((String) now).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d*[1-9])?\\+05:30");
            ZonedDateTime parsed = GoTimeLayout.parse(GoTimeLayout.RFC3339_NANO, (String) now);
            assertThat(parsed.toInstant()).isBetween(before, after);
        } finally {
            TimeZone.setDefault(saved);
        }
        assertThat(GoTimeLayout.parse(GoTimeLayout.RFC3339_NANO, (String) call(new NowFunction())).getOffset())
                .isEqualTo(ZoneId.systemDefault().getRules().getOffset(Instant.now()));
    }

    @Test
    void unixTimestampsAreTheCurrentTimeInEachUnit() {
        Instant before = Instant.now();
        long seconds = (Long) call(new TimestampUnixFunction());
        long millis = (Long) call(new TimestampUnixMilliFunction());
        long micros = (Long) call(new TimestampUnixMicroFunction());
        long nanos = (Long) call(new TimestampUnixNanoFunction());
        Instant after = Instant.now();
        assertThat(seconds).isBetween(before.getEpochSecond(), after.getEpochSecond());
        assertThat(millis).isBetween(before.toEpochMilli(), after.toEpochMilli());
        assertThat(micros).isBetween(before.toEpochMilli() * 1000, after.toEpochMilli() * 1000 + 999);
        assertThat(nanos).isBetween(before.getEpochSecond() * 1_000_000_000L + before.getNano(),
                after.getEpochSecond() * 1_000_000_000L + after.getNano());
        assertThat(millis).isLessThanOrEqualTo(micros / 1000).isLessThanOrEqualTo(nanos / 1_000_000);
    }
}
