package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.message.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed mapping: top-level statements plus named maps (Go {@code mapping.Executor}). Immutable, thread-safe. */
public final class CompiledMapping implements Mapping {
    static final String TOO_DEEP = "maximum evaluation depth exceeded";

    private final List<Statement> statements;
    /** The same statements, for the per-message loop (no iterator). */
    private final Statement[] statementArray;
    private final Map<String, MapDefinition> maps;
    private final Environment env;

    public CompiledMapping(List<Statement> statements, Map<String, MapDefinition> maps, Environment env) {
        this.statements = List.copyOf(statements);
        this.statementArray = this.statements.toArray(new Statement[0]);
        this.maps = Map.copyOf(maps);
        this.env = env;
    }

    public Map<String, MapDefinition> maps() {
        return maps;
    }

    public List<Statement> statements() {
        return statements;
    }

    @Override
    public Optional<Message> apply(Message input) {
        return apply(List.of(input), 0);
    }

    @Override
    public Optional<Message> apply(List<Message> batch, int index) {
        Message out = batch.get(index).copy();
        ExecState s = new ExecState(batch, index, out.metadata(), maps, env);
        Frame f = new Frame();
        run(s, f);
        return finish(f.root, out, false);
    }

    @Override
    public Optional<Message> applyInPlace(Message message) {
        return applyInPlace(List.of(message), 0);
    }

    @Override
    public Optional<Message> applyInPlace(List<Message> batch, int index) {
        Message msg = batch.get(index);
        ExecState s = new ExecState(batch, index, msg.metadata(), maps, env);
        Frame f = new Frame();
        Object doc = null;
        String err = null;
        if (msg.hasStructuredCache()) {
            // the cache may be shared with copies of this message: edit a private copy
            doc = Values.deepCopy(msg.structuredCache());
        } else if (msg.content().length == 0) {
            err = "message is empty";
        } else {
            try {
                doc = GoJsonDecoder.decodeFirst(msg.content());
            } catch (QueryException e) {
                err = "parse as json: " + e.getMessage();
            }
        }
        if (err == null) {
            f.root = doc;
        }
        s.presetInput(doc, err);
        run(s, f);
        return finish(f.root, msg, true);
    }

    @Override
    public Optional<Message> applyOnto(Message target, List<Message> batch, int index) {
        ExecState s = new ExecState(batch, index, target.metadata(), maps, env);
        Frame f = new Frame();
        f.root = startingRoot(target);
        run(s, f);
        return finish(f.root, target, true);
    }

    /** The target's content as a value to assign into, or Nothing when it is empty or not JSON (Go's MapOnto). */
    private static Object startingRoot(Message target) {
        if (target.hasStructuredCache()) {
            return Values.deepCopy(target.structuredCache());
        }
        if (target.content().length == 0) {
            return Nothing.INSTANCE;
        }
        try {
            return GoJsonDecoder.decodeFirst(target.content());
        } catch (QueryException e) {
            return Nothing.INSTANCE;
        }
    }

    /**
     * Runs the statements onto {@code message} (its metadata is edited in place) and returns the final root value
     * without serialising it: {@code Nothing.INSTANCE} when never assigned, {@code Deleted.INSTANCE} when deleted.
     * Used by the {@code blobl} command.
     *
     * @param rawThis when non-null, {@code this} is this value instead of the parsed content
     */
    public Object execute(Message message, Object rawThis) {
        ExecState s = new ExecState(List.of(message), 0, message.metadata(), maps, env);
        if (rawThis != null) {
            s.presetInput(rawThis, null);
        }
        Frame f = new Frame();
        run(s, f);
        return f.root;
    }

    /**
     * Runs the mapping as a function of {@code value} (Go {@code Executor.Query}): {@code this} is the value, there
     * is no message and no metadata. Returns the root value (Nothing when never assigned).
     *
     * @throws QueryException {@code failed assignment (line N): ...}
     */
    public Object query(Object value) {
        ExecState s = new ExecState(List.of(), 0, null, maps, env);
        s.presetInput(value, null);
        Frame f = new Frame();
        ExecutionSupport.run(statements, ExecContext.root(s, f), 1);
        return f.root;
    }

    private void run(ExecState s, Frame f) {
        ExecContext ctx = ExecContext.root(s, f);
        for (Statement st : statementArray) {
            try {
                st.execute(ctx);
            } catch (QueryException e) {
                throw new BloblangException("failed assignment (line " + st.line + "): " + describe(e, s));
            } catch (StackOverflowError e) {
                // Java's thread stack is smaller than Go's growable one: deeply nested values or expressions end here
                throw new BloblangException("failed assignment (line " + st.line + "): " + TOO_DEEP);
            }
        }
    }

    /** Go: a no-context error after the input failed to parse says why the message is not structured. */
    static String describe(QueryException e, ExecState s) {
        QueryException.NoContext nc = e.find(QueryException.NoContext.class);
        if (nc != null && s.inputError() != null) {
            String with = nc.fieldPath().isEmpty() ? "this" : "this." + nc.fieldPath();
            return "unable to reference message as structured (with '" + with + "'): " + s.inputError();
        }
        return e.getMessage();
    }

    private static Optional<Message> finish(Object root, Message out, boolean structuredWhenUntouched) {
        if (root == Deleted.INSTANCE) {
            return Optional.empty();
        }
        if (root == Nothing.INSTANCE) {
            return Optional.of(out);
        }
        if (root instanceof String str) {
            out.setContent(GoUtf8.encode(str));
        } else if (root instanceof byte[] b) {
            out.setContent(b);
        } else {
            try {
                out.setContent(GoJson.encodeBytes(root));
            } catch (QueryException e) {
                throw new BloblangException(e.getMessage());
            } catch (StackOverflowError e) {
                throw new BloblangException("json: " + TOO_DEEP);
            }
            out.setStructuredCache(root);
        }
        return Optional.of(out);
    }

    /**
     * Evaluates a single query (the right-hand side of an assignment) against message {@code index} of a batch, as
     * interpolations do. Metadata reads see the message's metadata.
     *
     * @throws BloblangException with the query's error
     */
    public static Object evaluate(Node query, List<Message> batch, int index, Environment env) {
        Map<String, Object> meta = index < batch.size() ? batch.get(index).metadata() : null;
        ExecState s = new ExecState(batch, index, meta, Map.of(), env);
        try {
            return query.exec(ExecContext.root(s, new Frame()));
        } catch (QueryException e) {
            throw new BloblangException(describe(e, s));
        } catch (StackOverflowError e) {
            throw new BloblangException(TOO_DEEP);
        }
    }
}
