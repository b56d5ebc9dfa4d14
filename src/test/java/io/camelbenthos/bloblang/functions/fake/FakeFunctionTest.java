package io.camelbenthos.bloblang.functions.fake;

import static io.camelbenthos.bloblang.methods.PluginCalls.callFunction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code fake()} produces values of go-faker's shapes (the values themselves are random). */
class FakeFunctionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uuid_hyphenated|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "uuid_digit|[0-9a-f]{32}",
        "email|[a-z]+@[a-z]+\\.[a-z]+",
        "ipv4|\\d{1,3}(\\.\\d{1,3}){3}",
        "mac_address|[0-9a-f]{2}(:[0-9a-f]{2}){5}",
        "url|http://www\\.[a-z]+\\.[a-z]+/",
        "timestamp|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}",
        "date|\\d{4}-\\d{2}-\\d{2}",
        "name|[A-Z][a-z]+ [A-Z][a-z]+",
    })
    void producesValuesOfTheDocumentedShape(String function, String shape) {
        for (int i = 0; i < 20; i++) {
            assertThat((String) callFunction(new FakeFunction(), function)).matches(shape);
        }
    }

    @Test
    void coversEveryDocumentedFunction() {
        Matcher m = Pattern.compile("`([a-z0-9_]+)`").matcher(new FakeFunction().spec().description());
        int n = 0;
        while (m.find()) {
            assertThat(Faker.GENERATORS).containsKey(m.group(1));
            n++;
        }
        assertThat(n).isGreaterThan(40);
        assertThat(callFunction(new FakeFunction(), "latitude")).isInstanceOf(Double.class);
        assertThat(callFunction(new FakeFunction(), "unix_time")).isInstanceOf(Long.class);
    }

    @Test
    void rejectsUnknownFunctions() {
        assertThatThrownBy(() -> callFunction(new FakeFunction(), "nope")).hasMessage("invalid faker function: nope");
    }
}
