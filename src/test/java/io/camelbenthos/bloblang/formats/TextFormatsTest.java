package io.camelbenthos.bloblang.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextFormatsTest {
    @Test
    void parsesLogfmt() {
        assertThat(LogfmtParser.parse("level=info msg=\"hello \\\"world\\\"\" dur=1.5s flag empty="))
                .containsExactly(Map.entry("level", "info"), Map.entry("msg", "hello \"world\""),
                        Map.entry("dur", "1.5s"), Map.entry("flag", true), Map.entry("empty", ""));
        assertThatThrownBy(() -> LogfmtParser.parse("a=\"open")).isInstanceOf(FormatException.class);
    }

    @Test
    void parsesFormBodiesLikeGoParseQuery() {
        assertThat(FormUrlEncoded.parse("noise=meow&animal=cat&fur=orange&fur=fluffy&sp=a+b%21&&novalue"))
                .isEqualTo(Map.of("noise", "meow", "animal", "cat", "fur", List.of("orange", "fluffy"), "sp", "a b!",
                        "novalue", ""));
        assertThatThrownBy(() -> FormUrlEncoded.parse("a=%zz")).hasMessage("invalid URL escape \"%zz\"");
        assertThatThrownBy(() -> FormUrlEncoded.parse("a=1;b=2")).hasMessage("invalid semicolon separator in query");
    }

    @Test
    void parsesUrlsLikeGoNetUrl() {
        GoUrl u = GoUrl.parse("https://docs.redpanda.com/redpanda-connect/guides/bloblang/about/");
        assertThat(u).isEqualTo(new GoUrl("https", "", null, null, "docs.redpanda.com",
                "/redpanda-connect/guides/bloblang/about/", "", "", "", ""));
        GoUrl amqp = GoUrl.parse("amqp://foo:b%40r@127.0.0.1:5672/a%2Fb?x=1#frag%20x");
        assertThat(amqp.user()).isEqualTo("foo");
        assertThat(amqp.password()).isEqualTo("b@r");
        assertThat(amqp.host()).isEqualTo("127.0.0.1:5672");
        assertThat(amqp.path()).isEqualTo("/a/b");
        assertThat(amqp.rawPath()).isEqualTo("/a%2Fb");
        assertThat(amqp.rawQuery()).isEqualTo("x=1");
        assertThat(amqp.fragment()).isEqualTo("frag x");
        assertThat(amqp.rawFragment()).isEmpty();
        assertThat(GoUrl.parse("mailto:someone@example.com").opaque()).isEqualTo("someone@example.com");
        assertThat(GoUrl.parse("redis://localhost:6379").user()).isNull();
        assertThatThrownBy(() -> GoUrl.parse(":foo")).hasMessage("parse \":foo\": missing protocol scheme");
        assertThatThrownBy(() -> GoUrl.parse("http://host:port/"))
                .hasMessage("parse \"http://host:port/\": invalid port \":port\" after host");
    }
}
