package io.camelbenthos.bloblang.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {
    @Test
    void parsesQuotedFieldsAndNormalisesLineEnds() {
        assertThat(CsvParser.parse("a,\"b,c\",\"d\"\"e\"\r\n\r\n1,\"multi\nline\",3", ',', false))
                .isEqualTo(List.of(List.of("a", "b,c", "d\"e"), List.of("1", "multi\nline", "3")));
    }

    @Test
    void acceptsOtherDelimiters() {
        assertThat(CsvParser.parse("foo.bar\nfoo 1.bar 1", '.', false))
                .isEqualTo(List.of(List.of("foo", "bar"), List.of("foo 1", "bar 1")));
        assertThat(CsvParser.parse("a€b", '€', false)).isEqualTo(List.of(List.of("a", "b")));
    }

    @Test
    void rejectsBareQuotesUnlessLazy() {
        assertThatThrownBy(() -> CsvParser.parse("foo,bar\nfoo\" \"2,bar", ',', false))
                .hasMessage("parse error on line 2, column 4: bare \" in non-quoted-field");
        assertThat(CsvParser.parse("foo,bar\nfoo\" \"2,bar\" \"2", ',', true))
                .isEqualTo(List.of(List.of("foo", "bar"), List.of("foo\" \"2", "bar\" \"2")));
    }

    @Test
    void rejectsStrayQuotesInQuotedFieldsUnlessLazy() {
        assertThatThrownBy(() -> CsvParser.parse("\"a\"b,c", ',', false))
                .hasMessage("parse error on line 1, column 3: extraneous or missing \" in quoted-field");
        // Go: after a lazy quote the field runs on to the next quote, here the end of the input.
        assertThat(CsvParser.parse("\"a\"b,c", ',', true)).isEqualTo(List.of(List.of("a\"b,c")));
    }

    @Test
    void requiresTheSameFieldCountAsTheFirstRecord() {
        assertThatThrownBy(() -> CsvParser.parse("a,b\n1,2,3", ',', false))
                .hasMessage("record on line 2: wrong number of fields");
    }

    @Test
    void rejectsInvalidDelimiters() {
        assertThatThrownBy(() -> CsvParser.parse("a", '"', false))
                .hasMessage("csv: invalid field or comment delimiter");
    }
}
