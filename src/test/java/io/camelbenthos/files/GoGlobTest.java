package io.camelbenthos.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go's path.Match and Benthos's super globs on a real directory tree. */
class GoGlobTest {
    @TempDir
    Path dir;

    @Test
    void matchFollowsGoPathMatch() throws Exception {
        assertThat(GoGlob.match("*.txt", "a.txt")).isTrue();
        assertThat(GoGlob.match("*.txt", "d/a.txt")).isFalse();
        assertThat(GoGlob.match("a?c", "abc")).isTrue();
        assertThat(GoGlob.match("[a-c]x", "bx")).isTrue();
        assertThat(GoGlob.match("[^a-c]x", "bx")).isFalse();
        assertThat(GoGlob.match("\\*", "*")).isTrue();
        assertThat(GoGlob.match("a*b*c", "aXXbYYc")).isTrue();
        for (String bad : List.of("[a-", "abc\\", "[]", "x[")) {
            assertThatThrownBy(() -> GoGlob.check(bad)).as(bad).hasMessage("syntax error in pattern");
        }
    }

    @Test
    void expandsGlobsAndSuperGlobsKeepingPlainMissingPaths() throws Exception {
        for (String f : List.of("a.txt", "b.log", "sub/c.txt", "sub/deeper/d.txt", "sub/deeper/e.log")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), f);
        }
        String d = dir.toString();
        assertThat(GoGlob.expand(List.of(d + "/*.txt"))).containsExactly(d + "/a.txt");
        assertThat(GoGlob.expand(List.of(d + "/**/*.txt")))
                .containsExactly(d + "/a.txt", d + "/sub/c.txt", d + "/sub/deeper/d.txt");
        assertThat(GoGlob.expand(List.of(d + "/sub/**"))).containsExactly(d + "/sub/c.txt", d + "/sub/deeper/d.txt",
                d + "/sub/deeper/e.log");
        assertThat(GoGlob.expand(List.of(d + "/*/*.txt", d + "/sub/c.txt", d + "/missing.txt", d + "/none*.txt")))
                .containsExactly(d + "/sub/c.txt", d + "/missing.txt");
    }
}
