package io.camelbenthos.bloblang.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.message.Message;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterpolationTest {
    private final Message msg = Message.builder().content("{\"a\":1,\"s\":\"str\",\"f\":1.5,\"o\":{\"k\":[1,\"<\"]}}")
            .metadata("topic", "t1").metadata("n", 5L).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain text|plain text",
        "${! this.a }|1",
        "${!this.s}-${! @topic }|str-t1",
        "${! @n + 1 }|6",
        "${! this.f }|1.5",
        "${! this.missing }|null",
        "${! this.o }|{\"k\":[1,\"\\u003c\"]}",
        "${! true }|true",
        "${{! this.a }}|${! this.a }",
        "$ and ${ and }|$ and ${ and }",
        "${! content().string().length() }|43",
        "${! batch_index() }/${! batch_size() }|0/1",
    })
    void renders(String template, String expected) {
        assertThat(InterpolatedString.parse(template).render(msg)).isEqualTo(expected);
    }

    @Test
    void staticTemplates() {
        assertThat(InterpolatedString.parse("no queries here").isStatic()).isTrue();
        assertThat(InterpolatedString.parse("${{! escaped }}").isStatic()).isTrue();
        assertThat(InterpolatedString.parse("a ${! this.a }").isStatic()).isFalse();
    }

    @Test
    void parseErrorsArePositioned() {
        assertThatThrownBy(() -> InterpolatedString.parse("abc ${! this.a ")).isInstanceOf(BloblangException.class)
                .hasMessage("char 16: required: expected end of expression");
        assertThatThrownBy(() -> InterpolatedString.parse("${! }")).isInstanceOf(BloblangException.class)
                .hasMessage("char 5: required: expected query");
    }

    @Test
    void executionErrorsSurface() {
        InterpolatedString s = InterpolatedString.parse("${! this.s.not_null().number() }");
        assertThatThrownBy(() -> s.render(msg)).isInstanceOf(BloblangException.class)
                .hasMessageContaining("strconv.ParseFloat");
    }

    @Test
    void rendersAgainstAnyMessageOfABatch() {
        InterpolatedString s = InterpolatedString.parse("${! this.id }@${! batch_index() }");
        List<Message> batch = List.of(Message.of("{\"id\":\"x\"}"), Message.of("{\"id\":\"y\"}"));
        assertThat(s.render(batch, 1)).isEqualTo("y@1");
    }
}
