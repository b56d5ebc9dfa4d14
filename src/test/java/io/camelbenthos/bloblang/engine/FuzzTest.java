package io.camelbenthos.bloblang.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated mappings (seeded, so failures reproduce) may only ever fail with {@link BloblangException}:
 * never another exception, never a stack overflow, never a hang.
 */
class FuzzTest {
    private static final long SEED = 0x5EEDB10BL;
    private static final int ITERATIONS = 4000;
    private static final long BUDGET_NANOS = 25_000_000_000L;

    private static final String[] ATOMS = {"this", "root", "this.a", "this.b.c", "@m", "@", "$v", "5", "-3", "1.5",
        "\"s\"", "\"\"\"raw\"\"\"", "true", "false", "null", "[1, this.a]", "{\"k\": this.a}", "content()",
        "deleted()", "nothing()", "error()", "batch_index()", "metadata(\"m\")", "meta(\"m\")", "env(\"HOME\")",
        "throw(\"x\")", "x", "_"};
    private static final String[] TAILS = {".uppercase()", ".string()", ".length()", ".type()", ".not_null()",
        ".catch(0)", ".or(\"o\")", ".map_each(e -> e)", ".keys()", ".values()", ".index(0)", ".exists(\"a\")",
        ".parse_json()", ".format_json()", ".number()", ".apply(\"m\")", ".(z -> z)", ".from(0)", ".from_all()",
        ".format(1)", ".a", ".\"q.r\""};
    private static final String[] OPS = {" + ", " - ", " * ", " / ", " % ", " == ", " != ", " > ", " <= ", " && ",
        " || ", " | "};
    private static final String[] INPUTS = {"{\"a\":1,\"b\":{\"c\":\"x\"}}", "[1,2,3]", "not json", "", "\"str\"",
        "{\"a\":[{\"a\":null}]}", "[".repeat(5000) + "]".repeat(5000), "{\"a\":1e999}", "{\"a\":\"\\ud800\"}"};

    @Test
    void mappingsOnlyFailWithBloblangException() throws IOException {
        Random r = new Random(SEED);
        List<String> corpus = seedCorpus();
        long deadline = System.nanoTime() + BUDGET_NANOS;
        int parsed = 0;
        int i = 0;
        for (; i < ITERATIONS && System.nanoTime() < deadline; i++) {
            String mapping = r.nextInt(3) == 0 ? generate(r) : mutate(r, corpus.get(r.nextInt(corpus.size())));
            Mapping m;
            try {
                m = Bloblang.parse(mapping);
                parsed++;
            } catch (BloblangException e) {
                assertThat(e.getMessage()).isNotBlank();
                continue;
            } catch (Throwable t) {
                throw new AssertionError("parse of <" + mapping + "> threw " + t, t);
            }
            for (int k = 0; k < 2; k++) {
                String input = INPUTS[r.nextInt(INPUTS.length)];
                try {
                    m.apply(Message.builder().content(input).metadata("m", "v").build());
                    m.applyInPlace(Message.of(input));
                } catch (BloblangException e) {
                    assertThat(e.getMessage()).isNotNull();
                } catch (Throwable t) {
                    throw new AssertionError("apply of <" + mapping + "> on <" + abbreviate(input) + "> threw " + t, t);
                }
            }
        }
        assertThat(parsed).as("some generated mappings parse").isGreaterThan(i / 20);
    }

    @Test
    void interpolationsOnlyFailWithBloblangException() {
        Random r = new Random(SEED + 1);
        for (int i = 0; i < 2000; i++) {
            String t = mutate(r, "pre ${! " + generate(r) + " } mid ${{! esc }} post ${!@m}");
            try {
                InterpolatedString s = InterpolatedString.parse(t);
                s.render(Message.builder().content("{\"a\":1}").metadata("m", 1L).build());
            } catch (BloblangException e) {
                assertThat(e.getMessage()).isNotBlank();
            } catch (Throwable e) {
                throw new AssertionError("interpolation <" + t + "> threw " + e, e);
            }
        }
    }

    @Test
    void deepNestingIsAParseErrorNotAStackOverflow() {
        for (String open : new String[] {"(", "[", "{\"a\":", "!", "-", "if true { ", "this.catch("}) {
            String deep = "root = " + open.repeat(20000);
            try {
                Bloblang.parse(deep);
            } catch (BloblangException e) {
                assertThat(e.getMessage()).startsWith("line 1 char ");
            }
        }
        StringBuilder chain = new StringBuilder("root = this");
        chain.append(".string()".repeat(50000));
        try {
            Bloblang.parse(chain.toString());
        } catch (BloblangException e) {
            assertThat(e.getMessage()).contains("maximum nesting depth");
        }
        StringBuilder sum = new StringBuilder("root = this.a");
        sum.append(" + this.a".repeat(50000));
        try {
            Bloblang.parse(sum.toString());
        } catch (BloblangException e) {
            assertThat(e.getMessage()).contains("operators");
        }
    }

    private static String generate(Random r) {
        StringBuilder sb = new StringBuilder();
        int statements = 1 + r.nextInt(3);
        if (r.nextInt(4) == 0) {
            sb.append("map m {\n  root = this").append(TAILS[r.nextInt(TAILS.length)]).append("\n}\n");
        }
        for (int s = 0; s < statements; s++) {
            switch (r.nextInt(5)) {
                case 0 -> sb.append("let v = ");
                case 1 -> sb.append("meta m = ");
                case 2 -> sb.append("root.").append((char) ('a' + r.nextInt(3))).append(" = ");
                default -> sb.append("root = ");
            }
            sb.append(expr(r, 0)).append('\n');
        }
        return sb.toString();
    }

    private static String expr(Random r, int depth) {
        StringBuilder sb = new StringBuilder();
        int kind = depth > 3 ? 0 : r.nextInt(6);
        switch (kind) {
            case 1 -> sb.append("if ").append(expr(r, depth + 1)).append(" { ").append(expr(r, depth + 1))
                    .append(" } else { ").append(expr(r, depth + 1)).append(" }");
            case 2 -> sb.append("match ").append(expr(r, depth + 1)).append(" {\n  ").append(expr(r, depth + 1))
                    .append(" => ").append(expr(r, depth + 1)).append("\n  _ => null\n}");
            case 3 -> sb.append('(').append(expr(r, depth + 1)).append(OPS[r.nextInt(OPS.length)])
                    .append(expr(r, depth + 1)).append(')');
            case 4 -> sb.append("!").append(ATOMS[r.nextInt(ATOMS.length)]);
            default -> sb.append(ATOMS[r.nextInt(ATOMS.length)]);
        }
        int tails = r.nextInt(3);
        for (int t = 0; t < tails; t++) {
            sb.append(TAILS[r.nextInt(TAILS.length)]);
        }
        return sb.toString();
    }

    private static String mutate(Random r, String s) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + r.nextInt(4);
        String noise = "(){}[].,:=\"#\n\\$@!-+|&<>_ ae0x";
        for (int e = 0; e < edits; e++) {
            int pos = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
            switch (r.nextInt(4)) {
                case 0 -> sb.insert(pos, noise.charAt(r.nextInt(noise.length())));
                case 1 -> {
                    if (pos < sb.length()) {
                        sb.deleteCharAt(pos);
                    }
                }
                case 2 -> sb.setLength(Math.min(sb.length(), pos));
                default -> sb.insert(pos, ATOMS[r.nextInt(ATOMS.length)]);
            }
        }
        return sb.toString();
    }

    private static List<String> seedCorpus() throws IOException {
        List<String> out = new ArrayList<>();
        for (String res : new String[] {"/bloblang/cases/language.txt", "/bloblang/cases/errors.txt"}) {
            for (CaseFile.Case c : CaseFile.load(res)) {
                out.add(c.get("mapping"));
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
