package io.camelbenthos.bloblang.parser;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.exec.Arithmetic;
import io.camelbenthos.bloblang.exec.ArithmeticNode;
import io.camelbenthos.bloblang.exec.ArrayNode;
import io.camelbenthos.bloblang.exec.CallArgs;
import io.camelbenthos.bloblang.exec.CoalesceNode;
import io.camelbenthos.bloblang.exec.CompiledMapping;
import io.camelbenthos.bloblang.exec.ContextNode;
import io.camelbenthos.bloblang.exec.FieldNode;
import io.camelbenthos.bloblang.exec.FunctionNode;
import io.camelbenthos.bloblang.exec.GetNode;
import io.camelbenthos.bloblang.exec.IfNode;
import io.camelbenthos.bloblang.exec.LambdaNode;
import io.camelbenthos.bloblang.exec.Literal;
import io.camelbenthos.bloblang.exec.LogicNode;
import io.camelbenthos.bloblang.exec.MapDefinition;
import io.camelbenthos.bloblang.exec.MatchNode;
import io.camelbenthos.bloblang.exec.MetaAssignment;
import io.camelbenthos.bloblang.exec.MetaNode;
import io.camelbenthos.bloblang.exec.MethodNode;
import io.camelbenthos.bloblang.exec.Node;
import io.camelbenthos.bloblang.exec.NotNode;
import io.camelbenthos.bloblang.exec.ObjectNode;
import io.camelbenthos.bloblang.exec.PathAssignment;
import io.camelbenthos.bloblang.exec.RootIfStatement;
import io.camelbenthos.bloblang.exec.Statement;
import io.camelbenthos.bloblang.exec.TargetMethodNode;
import io.camelbenthos.bloblang.exec.VarAssignment;
import io.camelbenthos.bloblang.exec.VariableNode;
import io.camelbenthos.bloblang.plugin.BloblangPlugin;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginRegistry;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.plugin.TargetMethodPlugin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Bloblang parser: a hand-written recursive descent parser that follows the structure of Benthos's parser
 * combinators alternative by alternative, so that what parses, the error positions and the "expected ..." texts match
 * (Go {@code internal/bloblang/parser}). Positions count runes (code points), as Go does.
 *
 * <p>Convention: parse methods return a payload (or a position) on success, leaving the end position in {@link #end};
 * on a non-fatal failure they return null (or -1) with the failure in {@link #err}; fatal failures throw
 * {@link ParseError.Fatal}.
 */
public final class Parser {
    /** Deepest nesting of expressions and blocks accepted; deeper input is a parse error, never a stack overflow. */
    public static final int MAX_DEPTH = 200;
    /** Most binary operators in one expression (each nests the evaluation one level deeper). */
    public static final int MAX_OPERATORS = 1000;

    private static final String[] OPS = {"+", "-", "/", "*", "%", "&&", "||", "==", "!=", ">=", "<=", ">", "<", "|"};

    private final int[] in;
    private final int n;
    private final Environment env;
    private final PluginRegistry plugins;
    private final Path baseDir;
    private final int importDepth;

    private int end;
    private ParseError err;
    private int depth;
    /** Named captures in scope (lambda parameters), innermost last. */
    private final List<String> names = new ArrayList<>();

    private Parser(String text, Environment env, Path baseDir, int importDepth) {
        this.in = text.codePoints().toArray();
        this.n = in.length;
        this.env = env;
        this.plugins = env.plugins();
        this.baseDir = baseDir;
        this.importDepth = importDepth;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Entry points

    /**
     * Parses a whole mapping.
     *
     * @throws BloblangException {@code line L char C: <message>}
     */
    public static CompiledMapping parseMapping(String text, Environment env) {
        Parser p = new Parser(text, env, env.importDirectory(), 0);
        try {
            return p.mapping();
        } catch (ParseError.Fatal f) {
            throw new BloblangException(p.positioned(f.error));
        }
    }

    /**
     * Parses a single query (the right-hand side of an assignment) starting at {@code start}; used by interpolations.
     * Returns the node and sets {@code endOut[0]} to the end position.
     */
    static Node parseQueryAt(int[] codePoints, String text, Environment env, int start, int[] endOut,
            ParseError[] errOut) {
        Parser p = new Parser(text, env, env.importDirectory(), 0);
        Node node = p.query(start);
        if (node == null) {
            errOut[0] = p.err;
            return null;
        }
        endOut[0] = p.end;
        return node;
    }

    String positioned(ParseError e) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < e.pos && i < n; i++) {
            if (in[i] == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return "line " + line + " char " + col + ": " + describe(e);
    }

    private String describe(ParseError e) {
        return e.describe(e.pos >= n);
    }

    private int lineOf(int pos) {
        int line = 1;
        for (int i = 0; i < pos && i < n; i++) {
            if (in[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Failure helpers

    private <T> T fail(int pos, String... expected) {
        err = new ParseError(pos, List.of(expected), null);
        return null;
    }

    private int failI(int pos, String... expected) {
        err = new ParseError(pos, List.of(expected), null);
        return -1;
    }

    private static ParseError.Fatal fatal(int pos, String message) {
        return new ParseError.Fatal(new ParseError(pos, List.of(), message));
    }

    private ParseError.Fatal required() {
        return new ParseError.Fatal(err.required());
    }

    /** Go {@code OneOf} error selection: the failure that got furthest wins; ties merge their expectations. */
    private static ParseError best(ParseError a, ParseError b) {
        if (a == null) {
            return b;
        }
        if (b == null || b.pos < a.pos) {
            return a;
        }
        if (b.pos > a.pos) {
            return b;
        }
        return a.add(b);
    }

    private void enter(int pos) {
        if (++depth > MAX_DEPTH) {
            throw fatal(pos, "maximum nesting depth of " + MAX_DEPTH + " exceeded");
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Lexical pieces

    private boolean at(int p, char c) {
        return p < n && in[p] == c;
    }

    private boolean term(int p, String t) {
        if (p + t.length() > n) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (in[p + i] != t.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String str(int from, int to) {
        return new String(in, from, to - from);
    }

    private int spaces(int p) {
        while (p < n && (in[p] == ' ' || in[p] == '\t')) {
            p++;
        }
        return p;
    }

    /** Go {@code SpacesAndTabs}: at least one. */
    private int spacesReq(int p) {
        int q = spaces(p);
        return q == p ? failI(p, "whitespace") : q;
    }

    /** Go {@code NewlineAllowComment}: an optional comment then a mandatory line break. */
    private int newline(int p) {
        if (at(p, '#')) {
            int q = p;
            while (q < n && in[q] != '\n') {
                q++;
            }
            if (q >= n) {
                return failI(n, "line break");
            }
            return q + 1;
        }
        if (at(p, '\r')) {
            return at(p + 1, '\n') ? p + 2 : failI(p + 1, "line break");
        }
        return at(p, '\n') ? p + 1 : failI(p, "line break");
    }

    /** Go {@code DiscardedWhitespaceNewlineComments}. */
    private int ws(int p) {
        while (true) {
            int q = spaces(p);
            if (q != p) {
                p = q;
                continue;
            }
            if (at(p, '#') || at(p, '\n') || at(p, '\r')) {
                ParseError saved = err;
                q = newline(p);
                err = saved;
                if (q > 0) {
                    p = q;
                    continue;
                }
            }
            return p;
        }
    }

    private static boolean isNameChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** {@code [a-zA-Z0-9_]+}; returns the end or -1. */
    private int name(int p, String expected) {
        int q = p;
        while (q < n && isNameChar(in[q])) {
            q++;
        }
        return q == p ? failI(p, expected) : q;
    }

    /** Go {@code SnakeCase}: {@code [a-z0-9_]+}. */
    private int snake(int p, String expected) {
        int q = p;
        while (q < n && ((in[q] >= 'a' && in[q] <= 'z') || (in[q] >= '0' && in[q] <= '9') || in[q] == '_')) {
            q++;
        }
        return q == p ? failI(p, expected) : q;
    }

    /** Go {@code QuotedString}; sets {@link #end}. */
    private String quoted(int p) {
        if (!at(p, '"')) {
            return fail(p, "quoted string");
        }
        boolean escaped = false;
        for (int i = p + 1; i < n; i++) {
            if (in[i] == '"' && !escaped) {
                try {
                    String s = GoUnquote.unquote(str(p, i + 1));
                    end = i + 1;
                    return s;
                } catch (IllegalArgumentException e) {
                    throw fatal(p, "failed to unescape quoted string contents: invalid syntax");
                }
            }
            if (in[i] == '\\') {
                escaped = !escaped;
            } else {
                escaped = false;
            }
        }
        throw new ParseError.Fatal(new ParseError(n, List.of("end quote"), "required"));
    }

    /** Go {@code TripleQuoteString}. */
    private String tripleQuoted(int p) {
        if (n - p < 6 || !term(p, "\"\"\"")) {
            return fail(p, "quoted string");
        }
        for (int i = p + 3; i < n - 2; i++) {
            if (in[i] == '"' && in[i + 1] == '"' && in[i + 2] == '"') {
                end = i + 3;
                return str(p + 3, i);
            }
        }
        throw new ParseError.Fatal(new ParseError(n, List.of("end triple-quote"), "required"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Mapping level

    private static final Object NO_STATEMENT = new Object();

    private CompiledMapping mapping() {
        CompiledMapping imported = singleRootImport();
        if (imported != null) {
            return imported;
        }
        Map<String, MapDefinition> maps = new LinkedHashMap<>();
        List<Statement> stmts = new ArrayList<>();
        ParseError exeErr = executor(0, maps, stmts);
        if (exeErr == null) {
            return new CompiledMapping(stmts, maps, env);
        }
        // Go tries the whole text as a single query too, and reports whichever attempt got further
        ParseError singleErr;
        Node single = null;
        depth = 0;
        names.clear();
        try {
            single = singleRoot();
            singleErr = single == null ? err : null;
        } catch (ParseError.Fatal f) {
            singleErr = f.error;
        }
        if (singleErr == null) {
            // the statement of the shorthand form spans the whole text: errors report line 1
            return new CompiledMapping(List.of(new PathAssignment(1, List.of(), single)), Map.of(), env);
        }
        throw new ParseError.Fatal(singleErr.pos > exeErr.pos ? singleErr : exeErr);
    }

    /** {@code from "file"} as the whole mapping; null when the text is not of that form. */
    private CompiledMapping singleRootImport() {
        int p = ws(0);
        if (!term(p, "from")) {
            return null;
        }
        int q = spaces(p + 4);
        if (q == p + 4 || !at(q, '"')) {
            return null;
        }
        String path;
        try {
            path = quoted(q);
        } catch (ParseError.Fatal f) {
            return null;
        }
        if (ws(end) != n) {
            throw fatal(0, "unexpected content after single root import: " + str(ws(end), n));
        }
        String content = readImport(0, path);
        Parser sub = new Parser(content, env, resolve(path).getParent(), importDepth + 1);
        Map<String, MapDefinition> maps = new LinkedHashMap<>();
        List<Statement> stmts = new ArrayList<>();
        ParseError e;
        try {
            e = sub.executor(0, maps, stmts);
        } catch (ParseError.Fatal f) {
            e = f.error;
        }
        if (e != null) {
            throw fatal(0, "failed to parse import '" + path + "': " + sub.positioned(e));
        }
        return new CompiledMapping(stmts, maps, env);
    }

    private Path resolve(String path) {
        Path p = Path.of(path);
        if (!p.isAbsolute() && baseDir != null) {
            p = baseDir.resolve(p);
        }
        return p.toAbsolutePath();
    }

    private String readImport(int pos, String path) {
        if (!env.impureAllowed()) {
            throw fatal(pos, "failed to read import: imports are disabled in this environment");
        }
        if (importDepth > 20) {
            throw fatal(pos, "failed to read import: too many nested imports");
        }
        try {
            return Files.readString(resolve(path), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw fatal(pos, "failed to read import: open " + path + ": no such file or directory");
        }
    }

    /** Go {@code parseExecutor}: statements separated by line breaks; returns the failure or null. */
    private ParseError executor(int start, Map<String, MapDefinition> maps, List<Statement> out) {
        int p = ws(start);
        Object st = statement(p, true, maps);
        if (st == null) {
            return err;
        }
        add(out, st);
        while (true) {
            p = spaces(end);
            if (p >= n) {
                return null;
            }
            int q = newline(p);
            if (q < 0) {
                return err;
            }
            p = ws(q);
            if (p >= n) {
                return null;
            }
            st = statement(p, true, maps);
            if (st == null) {
                return err;
            }
            add(out, st);
        }
    }

    private static void add(List<Statement> out, Object st) {
        if (st instanceof Statement s) {
            out.add(s);
        }
    }

    /** Go {@code singleRootMapping}: the whole text is one query, shorthand for {@code root = <query>}. */
    private Node singleRoot() {
        int p = ws(0);
        Node q = query(p);
        if (q == null) {
            return null;
        }
        int rest = ws(end);
        if (rest < n) {
            int[] cps = java.util.Arrays.copyOfRange(in, p, end);
            String assignment = new String(cps, 0, cps.length);
            String shown = cps.length > 12 ? new String(cps, 0, 12) + "..." : assignment;
            return fail(rest, "the mapping to end here as the beginning is shorthand for `root = " + shown
                    + "`, but this shorthand form cannot be followed with more assignments");
        }
        return q;
    }

    /** Go {@code mappingStatement}: one of import, map, let, meta, path assignment, if. */
    private Object statement(int p, boolean enableMeta, Map<String, MapDefinition> maps) {
        enter(p);
        try {
            ParseError best = null;
            if (maps != null) {
                Object r = importStatement(p, maps);
                if (r != null) {
                    return r;
                }
                best = best(best, err);
                r = mapStatement(p, maps);
                if (r != null) {
                    return r;
                }
                best = best(best, err);
            }
            Object r = letStatement(p);
            if (r != null) {
                return r;
            }
            best = best(best, err);
            r = metaStatement(p, enableMeta);
            if (r != null) {
                return r;
            }
            best = best(best, err);
            r = pathStatement(p);
            if (r != null) {
                return r;
            }
            best = best(best, err);
            r = ifStatement(p);
            if (r != null) {
                return r;
            }
            err = best(best, err);
            return null;
        } finally {
            depth--;
        }
    }

    private Object importStatement(int p, Map<String, MapDefinition> maps) {
        if (!term(p, "import")) {
            return fail(p, "import");
        }
        int q = spacesReq(p + 6);
        if (q < 0) {
            return null;
        }
        if (!at(q, '"')) {
            throw new ParseError.Fatal(new ParseError(q, List.of("filepath"), "required"));
        }
        String path = quoted(q);
        int after = end;
        String content = readImport(p, path);
        Parser sub = new Parser(content, env, resolve(path).getParent(), importDepth + 1);
        Map<String, MapDefinition> imported = new LinkedHashMap<>();
        ParseError e;
        try {
            e = sub.executor(0, imported, new ArrayList<>());
        } catch (ParseError.Fatal f) {
            e = f.error;
        }
        if (e != null) {
            throw fatal(p, "failed to parse import '" + path + "': " + sub.positioned(e));
        }
        if (imported.isEmpty()) {
            throw fatal(p, "no maps to import from '" + path + "'");
        }
        List<String> collisions = new ArrayList<>();
        for (Map.Entry<String, MapDefinition> m : imported.entrySet()) {
            if (maps.containsKey(m.getKey())) {
                collisions.add(m.getKey());
            } else {
                maps.put(m.getKey(), m.getValue());
            }
        }
        if (!collisions.isEmpty()) {
            throw fatal(p, "map name collisions from import '" + path + "': [" + String.join(" ", collisions) + "]");
        }
        end = after;
        return NO_STATEMENT;
    }

    private Object mapStatement(int p, Map<String, MapDefinition> maps) {
        if (!term(p, "map")) {
            return fail(p, "map");
        }
        int q = spacesReq(p + 3);
        if (q < 0) {
            return null;
        }
        String name;
        if (at(q, '"')) {
            name = quoted(q);
            q = end;
        } else {
            int e = name(q, "map name");
            if (e < 0) {
                throw required();
            }
            name = str(q, e);
            q = e;
        }
        q = spacesReq(q);
        if (q < 0) {
            return null;
        }
        List<Statement> body = block(q, false);
        if (body == null) {
            return null;
        }
        int after = end;
        if (maps.containsKey(name)) {
            throw fatal(p, "map name collision: " + name);
        }
        maps.put(name, new MapDefinition(name, lineOf(p), body));
        end = after;
        return NO_STATEMENT;
    }

    /** A {@code { statement* }} block (Go {@code DelimitedPattern} of statements). */
    private List<Statement> block(int p, boolean enableMeta) {
        if (!at(p, '{')) {
            return fail(p, "{");
        }
        List<Statement> out = new ArrayList<>();
        int q = ws(p + 1);
        Object st;
        try {
            st = statement(q, enableMeta, null);
        } catch (ParseError.Fatal f) {
            if (blockStop(q) >= 0) {
                return out;
            }
            throw f;
        }
        if (st == null) {
            ParseError e = err;
            if (blockStop(q) >= 0) {
                return out;
            }
            err = e;
            return null;
        }
        add(out, st);
        while (true) {
            int d = spaces(end);
            int dn = newline(d);
            if (dn < 0) {
                ParseError de = err;
                if (blockStop(end) >= 0) {
                    return out;
                }
                err = de.add(err);
                return null;
            }
            d = ws(dn);
            try {
                st = statement(d, enableMeta, null);
            } catch (ParseError.Fatal f) {
                if (blockStop(d) >= 0) {
                    return out;
                }
                throw f;
            }
            if (st == null) {
                ParseError e = err;
                if (blockStop(d) >= 0) {
                    return out;
                }
                err = e;
                return null;
            }
            add(out, st);
        }
    }

    private int blockStop(int p) {
        int q = ws(p);
        if (at(q, '}')) {
            end = q + 1;
            return end;
        }
        return failI(q, "}");
    }

    private Object letStatement(int p) {
        if (!term(p, "let")) {
            return fail(p, "assignment");
        }
        int q = spacesReq(p + 3);
        if (q < 0) {
            return null;
        }
        String varName;
        if (at(q, '"')) {
            varName = quoted(q);
            q = end;
        } else {
            int e = name(q, "variable name");
            if (e < 0) {
                throw required();
            }
            varName = str(q, e);
            q = e;
        }
        q = spacesReq(q);
        if (q < 0) {
            return null;
        }
        if (!at(q, '=')) {
            return fail(q, "=");
        }
        q = spacesReq(q + 1);
        if (q < 0) {
            return null;
        }
        Node value = query(q);
        if (value == null) {
            return null;
        }
        return new VarAssignment(lineOf(p), varName, value);
    }

    private Object metaStatement(int p, boolean enabled) {
        if (!term(p, "meta")) {
            return fail(p, "assignment");
        }
        int q = spacesReq(p + 4);
        if (q < 0) {
            return null;
        }
        String key = null;
        if (at(q, '"')) {
            key = quoted(q);
            q = end;
        } else {
            int e = name(q, "");
            if (e > 0) {
                key = str(q, e);
                q = e;
            }
        }
        q = spaces(q);
        if (!at(q, '=')) {
            return fail(q, "=");
        }
        q = spacesReq(q + 1);
        if (q < 0) {
            return null;
        }
        Node value = query(q);
        if (value == null) {
            return null;
        }
        if (!enabled) {
            throw fatal(p, "setting meta fields is not allowed within this block");
        }
        return new MetaAssignment(lineOf(p), key, value);
    }

    private Object pathStatement(int p) {
        int e = name(p, "assignment");
        if (e < 0) {
            return null;
        }
        List<String> path = new ArrayList<>();
        path.add(str(p, e));
        int q = e;
        // Go: Optional('.' Delimited(segment, '.')): a bad segment drops every later segment
        if (at(q, '.')) {
            List<String> more = new ArrayList<>();
            int r = q;
            boolean ok = true;
            while (at(r, '.')) {
                int s = r + 1;
                if (at(s, '"')) {
                    more.add(quoted(s));
                    r = end;
                } else {
                    int se = name(s, "target path");
                    if (se < 0) {
                        ok = false;
                        break;
                    }
                    more.add(str(s, se));
                    r = se;
                }
            }
            if (ok) {
                path.addAll(more);
                q = r;
            }
        }
        q = spacesReq(q);
        if (q < 0) {
            return null;
        }
        if (!at(q, '=')) {
            return fail(q, "=");
        }
        q = spacesReq(q + 1);
        if (q < 0) {
            return null;
        }
        Node value = query(q);
        if (value == null) {
            return null;
        }
        if (path.get(0).equals("root")) {
            path.remove(0);
        }
        return new PathAssignment(lineOf(p), path, value);
    }

    private Object ifStatement(int p) {
        if (!term(p, "if")) {
            return fail(p, "assignment");
        }
        int q = spacesReq(p + 2);
        if (q < 0) {
            return null;
        }
        Node cond = query(q);
        if (cond == null) {
            throw required();
        }
        q = ws(end);
        List<Statement> body = block(q, true);
        if (body == null) {
            return null;
        }
        RootIfStatement st = new RootIfStatement(lineOf(p)).add(cond, body);
        while (true) {
            int r = ws(end);
            if (!term(r, "else if")) {
                break;
            }
            int s = spacesReq(r + 7);
            if (s < 0) {
                break;
            }
            Node c = query(s);
            if (c == null) {
                throw required();
            }
            List<Statement> b = block(ws(end), true);
            if (b == null) {
                if (err.fatal()) {
                    throw new ParseError.Fatal(err);
                }
                end = r;
                break;
            }
            st.add(c, b);
        }
        int afterIfs = end;
        int r = ws(end);
        if (term(r, "else")) {
            List<Statement> b = block(ws(r + 4), true);
            if (b != null) {
                st.add(null, b);
                return st;
            }
        }
        end = afterIfs;
        return st;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Queries

    /** Go {@code queryParser}: optional spaces, then operands joined by binary operators. */
    Node query(int p) {
        enter(p);
        try {
            return arithmetic(spaces(p));
        } finally {
            depth--;
        }
    }

    private Node arithmetic(int p) {
        List<Node> fns = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        Node first = operand(p);
        if (first == null) {
            return null;
        }
        fns.add(first);
        while (true) {
            int d = end;
            int q = spaces(d);
            String op = null;
            for (String o : OPS) {
                if (term(q, o)) {
                    op = o;
                    break;
                }
            }
            if (op == null) {
                end = d;
                break;
            }
            if (ops.size() >= MAX_OPERATORS) {
                throw fatal(q, "expression exceeds the maximum of " + MAX_OPERATORS + " operators");
            }
            Node next = operand(ws(q + op.length()));
            if (next == null) {
                return null;
            }
            ops.add(op);
            fns.add(next);
        }
        int after = end;
        try {
            Node res = combine(fns, ops);
            end = after;
            return res;
        } catch (QueryException e) {
            throw fatal(p, e.getMessage());
        }
    }

    /** One operand: an optional {@code -} (as {@code 0 - x}) before a term with its tails. */
    private Node operand(int p) {
        boolean neg = false;
        int q = p;
        if (at(q, '-')) {
            neg = true;
            q = ws(q + 1);
        }
        Node fn = withTails(q);
        if (fn == null) {
            return null;
        }
        if (neg) {
            int after = end;
            try {
                fn = ArithmeticNode.of(Arithmetic.Op.SUB, new Literal(0L, ""), fn);
            } catch (QueryException e) {
                throw fatal(p, e.getMessage());
            }
            end = after;
        }
        return fn;
    }

    /** Go {@code NewArithmeticExpression}: four left-associative passes. */
    private static Node combine(List<Node> fns, List<String> ops) {
        String[][] levels = {{"*", "/", "%", "|"}, {"+", "-"}, {"==", "!=", ">", ">=", "<", "<="}, {"&&", "||"}};
        for (String[] level : levels) {
            if (fns.size() == 1) {
                break;
            }
            List<Node> nf = new ArrayList<>();
            List<String> no = new ArrayList<>();
            nf.add(fns.get(0));
            for (int i = 0; i < ops.size(); i++) {
                String op = ops.get(i);
                Node right = fns.get(i + 1);
                if (List.of(level).contains(op)) {
                    Node left = nf.remove(nf.size() - 1);
                    nf.add(binary(op, left, right));
                } else {
                    nf.add(right);
                    no.add(op);
                }
            }
            fns = nf;
            ops = no;
        }
        return fns.get(0);
    }

    private static Node binary(String op, Node l, Node r) {
        return switch (op) {
            case "|" -> new CoalesceNode(l, r);
            case "&&" -> new LogicNode(true, l, r);
            case "||" -> new LogicNode(false, l, r);
            case "+" -> ArithmeticNode.of(Arithmetic.Op.ADD, l, r);
            case "-" -> ArithmeticNode.of(Arithmetic.Op.SUB, l, r);
            case "*" -> ArithmeticNode.of(Arithmetic.Op.MUL, l, r);
            case "/" -> ArithmeticNode.of(Arithmetic.Op.DIV, l, r);
            case "%" -> ArithmeticNode.of(Arithmetic.Op.MOD, l, r);
            case "==" -> ArithmeticNode.of(Arithmetic.Op.EQ, l, r);
            case "!=" -> ArithmeticNode.of(Arithmetic.Op.NEQ, l, r);
            case ">" -> ArithmeticNode.of(Arithmetic.Op.GT, l, r);
            case ">=" -> ArithmeticNode.of(Arithmetic.Op.GTE, l, r);
            case "<" -> ArithmeticNode.of(Arithmetic.Op.LT, l, r);
            default -> ArithmeticNode.of(Arithmetic.Op.LTE, l, r);
        };
    }

    /** Go {@code parseWithTails}: {@code [!] primary (. tail)*}; {@code !} applies to the whole chain. */
    private Node withTails(int p) {
        boolean not = false;
        int q = p;
        if (at(q, '!')) {
            not = true;
            q = spaces(q + 1);
        }
        Node fn = primary(q);
        if (fn == null) {
            return null;
        }
        int chained = 0;
        try {
            while (at(end, '.')) {
                int t = ws(end + 1);
                Node next = tail(fn, t);
                if (!(next instanceof FieldNode) && !(next instanceof GetNode)) {
                    // method calls nest evaluation: count them like nesting
                    enter(t);
                    chained++;
                }
                fn = next;
            }
        } finally {
            depth -= chained;
        }
        return not ? new NotNode(fn) : fn;
    }

    /** {@code .(query)}, {@code .method(args)} or {@code .field}; failing all three is fatal. */
    private Node tail(Node target, int p) {
        ParseError best = null;
        // .( query )
        if (at(p, '(')) {
            Node q = query(ws(p + 1));
            if (q != null) {
                int c = ws(end);
                if (at(c, ')')) {
                    end = c + 1;
                    return new ContextNode(target, q);
                }
                best = new ParseError(c, List.of(")"), null);
            } else {
                best = err;
            }
        } else {
            best = new ParseError(p, List.of("method"), null);
        }
        // .method(args)
        int e = snake(p, "method");
        if (e > 0) {
            Node m = call(p, e, target);
            if (m != null) {
                return m;
            }
        }
        best = best(best, err);
        // .field or ."field"
        String seg;
        if (at(p, '"')) {
            seg = quoted(p);
        } else {
            int fe = name(p, "field path");
            if (fe < 0) {
                err = best(best, new ParseError(p, List.of("field path"), null));
                throw required();
            }
            seg = str(p, fe);
            end = fe;
        }
        String[] path = {seg};
        if (target instanceof FieldNode f) {
            return f.expand(path);
        }
        return new GetNode(target, path);
    }

    /** Go query primaries, tried in order; any non-fatal failure reads {@code expected query}. */
    private Node primary(int p) {
        ParseError best = null;
        Node r = matchExpr(p);
        if (r != null) {
            return r;
        }
        best = best(best, err);
        r = ifExpr(p);
        if (r != null) {
            return r;
        }
        best = best(best, err);
        r = lambda(p);
        if (r != null) {
            return r;
        }
        best = best(best, err);
        r = brackets(p);
        if (r != null) {
            return r;
        }
        best = best(best, err);
        r = literal(p);
        if (r != null) {
            return r;
        }
        best = best(best, err);
        int e = snake(p, "function");
        if (e > 0) {
            r = call(p, e, null);
            if (r != null) {
                return r;
            }
        }
        best = best(best, err);
        if (at(p, '@')) {
            int q = p + 1;
            String key = null;
            int ne = q;
            while (ne < n && isNameChar(in[ne])) {
                ne++;
            }
            if (ne > q) {
                key = str(q, ne);
                end = ne;
            } else if (at(q, '"')) {
                key = quoted(q);
            } else {
                end = q;
            }
            return new MetaNode(key);
        }
        best = best(best, new ParseError(p, List.of("metadata path"), null));
        if (at(p, '$')) {
            int ve = name(p + 1, "variable path");
            if (ve > 0) {
                end = ve;
                return new VariableNode(str(p + 1, ve));
            }
            best = best(best, new ParseError(p + 1, List.of("variable path"), null));
        } else {
            best = best(best, new ParseError(p, List.of("variable path"), null));
        }
        int fe = name(p, "field path");
        if (fe > 0) {
            end = fe;
            String word = str(p, fe);
            if (word.equals("this")) {
                return new FieldNode(FieldNode.Base.THIS, null, new String[0]);
            }
            if (word.equals("root")) {
                return new FieldNode(FieldNode.Base.ROOT, null, new String[0]);
            }
            if (names.contains(word)) {
                return new FieldNode(FieldNode.Base.NAMED, word, new String[0]);
            }
            return new FieldNode(FieldNode.Base.THIS, null, new String[] {word});
        }
        best = best(best, err);
        err = best.withExpected("query");
        return null;
    }

    private Node matchExpr(int p) {
        if (!term(p, "match")) {
            return fail(p, "match");
        }
        int q = spacesReq(p + 5);
        if (q < 0) {
            return null;
        }
        Node subject = query(q);
        if (subject != null) {
            q = end;
        } else if (err.fatal()) {
            throw new ParseError.Fatal(err);
        }
        q = ws(q);
        if (!at(q, '{')) {
            err = new ParseError(q, List.of("{"), null);
            throw required();
        }
        List<MatchNode.Case> cases = new ArrayList<>();
        int c = ws(q + 1);
        boolean first = true;
        while (true) {
            MatchNode.Case k;
            try {
                k = matchCase(c);
            } catch (ParseError.Fatal f) {
                if (caseStop(c) >= 0) {
                    break;
                }
                throw f;
            }
            if (k == null) {
                ParseError e = err;
                if (caseStop(c) >= 0) {
                    break;
                }
                err = e.required();
                throw new ParseError.Fatal(err);
            }
            cases.add(k);
            first = false;
            int d = spaces(end);
            int dn;
            if (at(d, ',')) {
                dn = d + 1;
            } else {
                dn = newline(d);
            }
            if (dn < 0) {
                ParseError de = new ParseError(d, List.of(",", "line break"), null);
                if (caseStop(end) >= 0) {
                    break;
                }
                throw new ParseError.Fatal(de.add(err).required());
            }
            c = ws(dn);
        }
        if (first && cases.isEmpty()) {
            // an empty match block is valid
        }
        return new MatchNode(subject, cases);
    }

    private int caseStop(int p) {
        int q = ws(p);
        if (at(q, '}')) {
            end = q + 1;
            return end;
        }
        return failI(q, "}");
    }

    private MatchNode.Case matchCase(int p) {
        Node pattern = null;
        boolean wildcard = false;
        int q;
        if (at(p, '_') && term(spaces(p + 1), "=>")) {
            wildcard = true;
            q = spaces(p + 1) + 2;
        } else {
            ParseError underscoreErr = at(p, '_') ? new ParseError(spaces(p + 1), List.of("=>"), null)
                    : new ParseError(p, List.of("match case"), null);
            pattern = query(p);
            if (pattern == null) {
                err = best(underscoreErr, err.withExpected("match case"));
                return null;
            }
            int a = spaces(end);
            if (!term(a, "=>")) {
                err = best(underscoreErr, new ParseError(a, List.of("=>"), null));
                return null;
            }
            q = a + 2;
        }
        Node result = query(spaces(q));
        if (result == null) {
            return null;
        }
        return new MatchNode.Case(wildcard ? null : pattern, result);
    }

    private Node ifExpr(int p) {
        if (!term(p, "if")) {
            return fail(p, "if");
        }
        int q = spacesReq(p + 2);
        if (q < 0) {
            return null;
        }
        List<Node> conds = new ArrayList<>();
        List<Node> results = new ArrayList<>();
        Node c = query(q);
        if (c == null) {
            throw required();
        }
        conds.add(c);
        results.add(braced(ws(end)));
        while (true) {
            int r = ws(end);
            if (!term(r, "else if")) {
                break;
            }
            int s = spaces(r + 7);
            if (s == r + 7) {
                break;
            }
            Node ec = query(s);
            if (ec == null) {
                throw required();
            }
            conds.add(ec);
            results.add(braced(ws(end)));
        }
        int afterIfs = end;
        Node otherwise = null;
        int r = ws(end);
        if (term(r, "else")) {
            otherwise = braced(ws(r + 4));
        } else {
            end = afterIfs;
        }
        return new IfNode(conds, results, otherwise);
    }

    /** {@code { query }} where every part is required. */
    private Node braced(int p) {
        if (!at(p, '{')) {
            err = new ParseError(p, List.of("{"), null);
            throw required();
        }
        Node q = query(ws(p + 1));
        if (q == null) {
            throw required();
        }
        int c = ws(end);
        if (!at(c, '}')) {
            err = new ParseError(c, List.of("}"), null);
            throw required();
        }
        end = c + 1;
        return q;
    }

    private Node lambda(int p) {
        int e = name(p, "context name");
        if (e < 0) {
            return fail(p, "function");
        }
        int q = spaces(e);
        if (q == e) {
            return fail(e, "function");
        }
        if (!term(q, "->")) {
            return fail(q, "function");
        }
        int r = spaces(q + 2);
        if (r == q + 2) {
            return fail(q + 2, "function");
        }
        String label = str(p, e);
        boolean pushed = false;
        if (!label.equals("_")) {
            if (names.contains(label)) {
                throw fatal(p, "context label `" + label + "` would shadow a parent context");
            }
            if (label.equals("root") || label.equals("this")) {
                throw fatal(p, "context label `" + label + "` is not allowed");
            }
            names.add(label);
            pushed = true;
        }
        try {
            Node body = query(r);
            if (body == null) {
                throw required();
            }
            if (body instanceof LambdaNode l) {
                throw fatal(p, "it would be in poor taste to capture the same context under both '" + label
                        + "' and '" + l.name() + "'");
            }
            return new LambdaNode(label, body);
        } finally {
            if (pushed) {
                names.remove(names.size() - 1);
            }
        }
    }

    private Node brackets(int p) {
        if (!at(p, '(')) {
            return fail(p, "function");
        }
        Node q = query(ws(p + 1));
        if (q == null) {
            return null;
        }
        int c = ws(end);
        if (!at(c, ')')) {
            err = new ParseError(c, List.of("closing bracket"), null);
            throw required();
        }
        end = c + 1;
        return q;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Literals

    private Node literal(int p) {
        ParseError best = null;
        if (term(p, "true")) {
            end = p + 4;
            return new Literal(Boolean.TRUE, "");
        }
        if (term(p, "false")) {
            end = p + 5;
            return new Literal(Boolean.FALSE, "");
        }
        best = new ParseError(p, List.of("boolean"), null);
        Node num = number(p);
        if (num != null) {
            return num;
        }
        best = best(best, err);
        String s = tripleQuoted(p);
        if (s != null) {
            return new Literal(s, "");
        }
        best = best(best, err);
        s = quoted(p);
        if (s != null) {
            return new Literal(s, "");
        }
        best = best(best, err);
        if (term(p, "null")) {
            end = p + 4;
            return new Literal(null, "");
        }
        best = best(best, new ParseError(p, List.of("null"), null));
        Node arr = array(p);
        if (arr != null) {
            return arr;
        }
        best = best(best, err);
        Node obj = object(p);
        if (obj != null) {
            return obj;
        }
        err = best(best, err);
        return null;
    }

    private Node number(int p) {
        int q = p;
        boolean negative = false;
        if (at(q, '-')) {
            negative = true;
            q++;
        }
        int d = q;
        while (d < n && in[d] >= '0' && in[d] <= '9') {
            d++;
        }
        if (d == q) {
            return fail(q, "number");
        }
        String digits = str(q, d);
        if (at(d, '.') && d + 1 < n && in[d + 1] >= '0' && in[d + 1] <= '9') {
            int f = d + 1;
            while (f < n && in[f] >= '0' && in[f] <= '9') {
                f++;
            }
            String text = digits + "." + str(d + 1, f);
            double v = Double.parseDouble(text);
            end = f;
            return new Literal(negative ? -v : v, "");
        }
        try {
            long v = Long.parseLong(digits);
            end = d;
            return new Literal(negative ? -v : v, "");
        } catch (NumberFormatException e) {
            throw fatal(p, "failed to parse '" + digits + "' as integer: strconv.ParseInt: parsing \"" + digits
                    + "\": value out of range");
        }
    }

    private Node array(int p) {
        if (!at(p, '[')) {
            return fail(p, "array");
        }
        List<Node> elems = new ArrayList<>();
        int q = ws(p + 1);
        Node e = query(q);
        if (e == null) {
            ParseError pe = err.withExpected("object");
            if (arrayStop(q) >= 0) {
                return ArrayNode.of(elems);
            }
            err = pe;
            return null;
        }
        elems.add(e);
        while (true) {
            int d = spaces(end);
            if (!at(d, ',')) {
                ParseError de = new ParseError(d, List.of(","), null);
                if (arrayStop(end) >= 0) {
                    return ArrayNode.of(elems);
                }
                err = de.add(err);
                return null;
            }
            int r = ws(d + 1);
            e = query(r);
            if (e == null) {
                ParseError pe = err.withExpected("object");
                if (arrayStop(r) >= 0) {
                    return ArrayNode.of(elems);
                }
                err = pe;
                return null;
            }
            elems.add(e);
        }
    }

    private int arrayStop(int p) {
        int q = ws(p);
        if (at(q, ']')) {
            end = q + 1;
            return end;
        }
        return failI(q, "]");
    }

    private Node object(int p) {
        if (!at(p, '{')) {
            return fail(p, "object");
        }
        List<ObjectNode.Entry> entries = new ArrayList<>();
        int q = ws(p + 1);
        while (true) {
            ObjectNode.Entry kv = objectEntry(q);
            if (kv == null) {
                ParseError pe = err;
                if (objectStop(q) >= 0) {
                    break;
                }
                err = pe;
                return null;
            }
            entries.add(kv);
            int d = spaces(end);
            if (!at(d, ',')) {
                ParseError de = new ParseError(d, List.of(","), null);
                if (objectStop(end) >= 0) {
                    break;
                }
                err = de.add(err);
                return null;
            }
            q = ws(d + 1);
        }
        int after = end;
        try {
            Node res = ObjectNode.of(entries);
            end = after;
            return res;
        } catch (QueryException e) {
            throw fatal(p, e.getMessage());
        }
    }

    private int objectStop(int p) {
        int q = ws(p);
        if (at(q, '}')) {
            end = q + 1;
            return end;
        }
        return failI(q, "}");
    }

    private ObjectNode.Entry objectEntry(int p) {
        Object key;
        if (at(p, '"')) {
            key = quoted(p);
        } else {
            Node k = query(p);
            if (k == null) {
                err = err.withExpected("object");
                return null;
            }
            key = k;
        }
        int c = spaces(end);
        if (!at(c, ':')) {
            return fail(c, ":");
        }
        Node v = query(ws(c + 1));
        if (v == null) {
            err = err.withExpected("object");
            return null;
        }
        return new ObjectNode.Entry(key, v);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Function and method calls

    /** A named or positional argument. */
    private record Arg(String name, Node value) {
    }

    /**
     * {@code name(args)} at {@code p} (name ends at {@code nameEnd}); a function when {@code target} is null, else a
     * method on it.
     */
    private Node call(int p, int nameEnd, Node target) {
        String fname = str(p, nameEnd);
        List<Arg> args = arguments(nameEnd);
        if (args == null) {
            return null;
        }
        int after = end;
        BloblangPlugin plugin = target == null ? plugins.function(fname) : plugins.method(fname);
        if (plugin == null) {
            throw fatal(after, (target == null ? "unrecognised function '" : "unrecognised method '") + fname + "'");
        }
        List<Node> positional = new ArrayList<>();
        Map<String, Node> named = new LinkedHashMap<>();
        for (Arg a : args) {
            if (a.name == null) {
                positional.add(a.value);
            } else {
                if (named.containsKey(a.name)) {
                    throw fatal(after, "duplicate named arg: " + a.name);
                }
                named.put(a.name, a.value);
            }
        }
        if (!positional.isEmpty() && !named.isEmpty()) {
            throw fatal(after, "cannot mix named and nameless arguments");
        }
        try {
            CallArgs callArgs = CallArgs.prepare(plugin.spec(), positional, named.isEmpty() ? null : named);
            Node node;
            if (target == null) {
                node = new FunctionNode((FunctionPlugin) plugin, callArgs);
            } else if (plugin instanceof TargetMethodPlugin tm) {
                node = new TargetMethodNode(target, tm, callArgs);
            } else {
                node = new MethodNode(target, (MethodPlugin) plugin, callArgs);
            }
            end = after;
            return node;
        } catch (QueryException e) {
            throw fatal(after, e.getMessage());
        }
    }

    /** Go {@code functionArgsParser}. */
    private List<Arg> arguments(int p) {
        if (!at(p, '(')) {
            return fail(p, "function arguments");
        }
        List<Arg> out = new ArrayList<>();
        int q = ws(p + 1);
        while (true) {
            Arg a;
            try {
                a = argument(q);
            } catch (ParseError.Fatal f) {
                if (argsStop(q) >= 0) {
                    return out;
                }
                throw f;
            }
            if (a == null) {
                ParseError pe = err.withExpected("function argument").required();
                if (argsStop(q) >= 0) {
                    return out;
                }
                throw new ParseError.Fatal(pe);
            }
            out.add(a);
            int d = spaces(end);
            if (!at(d, ',')) {
                ParseError de = new ParseError(d, List.of("comma"), null);
                if (argsStop(end) >= 0) {
                    return out;
                }
                throw new ParseError.Fatal(de.add(err.withExpected("closing bracket")).required());
            }
            q = ws(d + 1);
        }
    }

    private int argsStop(int p) {
        int q = ws(p);
        if (at(q, ')')) {
            end = q + 1;
            return end;
        }
        return failI(q, "closing bracket");
    }

    private Arg argument(int p) {
        int e = snake(p, "snake-case");
        if (e > 0 && at(e, ':')) {
            Node v = query(spaces(e + 1));
            if (v == null) {
                err = err.withExpected("argument value");
                throw required();
            }
            return new Arg(str(p, e), v);
        }
        Node v = query(p);
        return v == null ? null : new Arg(null, v);
    }
}
