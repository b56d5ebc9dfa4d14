package io.camelbenthos.bloblang.parser;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.exec.CompiledMapping;
import io.camelbenthos.bloblang.exec.Node;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.message.Message;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code ${! query }} templates (Go {@code parser.ParseField}): literal text, queries, and the escape
 * {@code ${{! ... }}} which renders as {@code ${! ... }}. Parse errors read {@code char N: ...} (Go
 * {@code ErrorAtChar}).
 */
public final class Interpolations {
    private Interpolations() {
    }

    /**
     * @throws BloblangException {@code char N: <message>} when a query does not parse
     */
    public static InterpolatedString parse(String template, Environment env) {
        int[] cps = template.codePoints().toArray();
        int n = cps.length;
        List<Object> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < n) {
            if (startsWith(cps, i, "${{!")) {
                int close = indexOf(cps, i + 4, "}}");
                if (close < 0) {
                    throw error(n, "required: expected end of escaped expression");
                }
                text.append("${!").append(new String(cps, i + 4, close - (i + 4))).append('}');
                i = close + 2;
                continue;
            }
            if (startsWith(cps, i, "${!")) {
                if (text.length() > 0) {
                    parts.add(text.toString());
                    text.setLength(0);
                }
                int[] end = new int[1];
                ParseError[] perr = new ParseError[1];
                Node q;
                try {
                    q = Parser.parseQueryAt(cps, template, env, i + 3, end, perr);
                } catch (ParseError.Fatal f) {
                    throw error(f.error.pos, f.error.describe(f.error.pos >= n));
                }
                if (q == null) {
                    ParseError e = perr[0].required();
                    throw error(e.pos, e.describe(e.pos >= n));
                }
                int c = end[0];
                while (c < n && (cps[c] == ' ' || cps[c] == '\t')) {
                    c++;
                }
                if (c >= n || cps[c] != '}') {
                    throw error(c, "required: expected end of expression");
                }
                parts.add(q);
                i = c + 1;
                continue;
            }
            text.appendCodePoint(cps[i]);
            i++;
        }
        if (text.length() > 0 || parts.isEmpty()) {
            parts.add(text.toString());
        }
        return new Compiled(parts, env);
    }

    private static BloblangException error(int pos, String msg) {
        return new BloblangException("char " + (pos + 1) + ": " + msg);
    }

    private static boolean startsWith(int[] cps, int at, String s) {
        if (at + s.length() > cps.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (cps[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(int[] cps, int from, String s) {
        for (int i = from; i + s.length() <= cps.length; i++) {
            if (startsWith(cps, i, s)) {
                return i;
            }
        }
        return -1;
    }

    /** A compiled template: Strings and query Nodes. */
    private static final class Compiled implements InterpolatedString {
        private final Object[] parts;
        private final Environment env;
        private final boolean isStatic;

        Compiled(List<Object> parts, Environment env) {
            this.parts = parts.toArray();
            this.env = env;
            this.isStatic = parts.stream().allMatch(p -> p instanceof String);
        }

        @Override
        public String render(Message message) {
            return render(List.of(message), 0);
        }

        @Override
        public String render(List<Message> batch, int index) {
            if (parts.length == 1 && parts[0] instanceof String s) {
                return s;
            }
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) {
                if (p instanceof String s) {
                    sb.append(s);
                } else {
                    Object v = CompiledMapping.evaluate((Node) p, batch, index, env);
                    try {
                        sb.append(Values.toGoString(v));
                    } catch (StackOverflowError e) {
                        throw new BloblangException("maximum evaluation depth exceeded");
                    } catch (RuntimeException e) {
                        throw new BloblangException(e.getMessage());
                    }
                }
            }
            return sb.toString();
        }

        @Override
        public byte[] renderBytes(List<Message> batch, int index) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Object p : parts) {
                if (p instanceof String s) {
                    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
                } else {
                    Object v = CompiledMapping.evaluate((Node) p, batch, index, env);
                    try {
                        out.writeBytes(Values.toBytes(v));
                    } catch (StackOverflowError e) {
                        throw new BloblangException("maximum evaluation depth exceeded");
                    } catch (RuntimeException e) {
                        throw new BloblangException(e.getMessage());
                    }
                }
            }
            return out.toByteArray();
        }

        @Override
        public boolean isStatic() {
            return isStatic;
        }
    }
}
