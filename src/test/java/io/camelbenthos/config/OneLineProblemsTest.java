package io.camelbenthos.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every problem is exactly one {@code file:line:col: message} line, whatever text a parser handed over. */
class OneLineProblemsTest {
    private static final Position AT = new Position("c.yaml", 2, 3);

    @Test
    void lineBreaksInAMessageAreEscaped() {
        ConfigException e = new ConfigException(AT, "one\ntwo\r\nthree\u2028four\u0085five");
        assertThat(e.errors()).containsExactly("c.yaml:2:3: one\\ntwo\\r\\nthree\\u2028four\\u0085five");
        assertThat(e.getMessage()).isEqualTo(e.errors().get(0));
    }

    @Test
    void otherControlCharactersAreEscapedAndTabsKept() {
        assertThat(new ConfigException(AT, "a\u0000b\u001bc\td").errors())
                .containsExactly("c.yaml:2:3: a\\x00b\\x1bc\td");
    }

    @Test
    void alreadyFormattedErrorsAreCheckedToo() {
        ConfigException e = new ConfigException(java.util.List.of("c.yaml:1:1: first\nsecond", "c.yaml:2:1: third"));
        assertThat(e.errors()).containsExactly("c.yaml:1:1: first\\nsecond", "c.yaml:2:1: third");
        assertThat(e.getMessage().lines()).hasSize(2);
    }

    @Test
    void collectedProblemsAreOneLineEach() {
        Problems problems = new Problems();
        problems.add(AT, "expected query\n  root = \n         ^");
        assertThat(problems.formatted()).containsExactly("c.yaml:2:3: expected query\\n  root = \\n         ^");
    }
}
