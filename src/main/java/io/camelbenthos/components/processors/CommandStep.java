package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.exec.CommandResult;
import io.camelbenthos.exec.CommandRunner;
import io.camelbenthos.message.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The {@code command} processor's step (processors reference §20): runs {@code name} with the arguments
 * {@code args_mapping} gives, once per message, the content on stdin and stdout as the new content. Metadata
 * {@code exit_code} is set (0 on success) and {@code command_stderr} when stderr is not empty; a failed run flags the
 * message unchanged with {@code execution error: <exit status N>: <stderr>}. The program runs and its pipes are read
 * on this step's own threads, never on a pipeline thread.
 */
public class CommandStep extends AsyncMessageStep {
    private String name = "";
    private String argsMapping = "";
    private volatile InterpolatedString compiledName;
    private volatile Mapping compiledArgs;
    private ExecutorService io;

    /** The interpolated program name. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        this.compiledName = null;
    }

    /** The Bloblang mapping giving the arguments as an array ("" for none). */
    public String getArgsMapping() {
        return argsMapping;
    }

    public void setArgsMapping(String argsMapping) {
        this.argsMapping = argsMapping == null ? "" : argsMapping;
        this.compiledArgs = null;
    }

    @Override
    protected CompletableFuture<Message> process(Message message, List<Message> batch, int index) {
        String program;
        List<String> args;
        try {
            program = compiledName().render(batch, index);
        } catch (BloblangException e) {
            return flagged("name interpolation error: " + e.getMessage());
        }
        try {
            args = args(batch, index);
        } catch (ProcessingError e) {
            return CompletableFuture.failedFuture(e);
        }
        return CommandRunner.run(program, args, message.content(), io()).thenApply(r -> outcome(message, r));
    }

    private static Message outcome(Message message, CommandResult r) {
        message.metadata().put("exit_code", (long) r.exitCode());
        if (r.error() != null) {
            return message.setError(new ProcessingError("execution error: " + r.error() + ": "
                    + new String(r.stderr(), StandardCharsets.UTF_8)));
        }
        message.setContent(r.stdout());
        if (r.stderr().length > 0) {
            message.metadata().put("command_stderr", new String(r.stderr(), StandardCharsets.UTF_8));
        }
        return message;
    }

    /** The arguments: none without a mapping; each element of the array it gives, as Go's {@code IToString}. */
    private List<String> args(List<Message> batch, int index) {
        Mapping mapping = compiledArgs();
        if (mapping == null) {
            return List.of();
        }
        Object value;
        try {
            Optional<Message> out = mapping.apply(batch, index);
            if (out.isEmpty()) {
                value = null;
            } else if (out.get().hasStructuredCache()) {
                value = out.get().structuredCache();
            } else {
                value = structured(out.get());
            }
        } catch (BloblangException e) {
            throw new ProcessingError("args mapping error: " + e.getMessage());
        }
        if (!(value instanceof List<?> list)) {
            throw new ProcessingError("args mapping result error: expected array value, got "
                    + Values.typeName(value));
        }
        List<String> args = new ArrayList<>(list.size());
        list.forEach(v -> args.add(Values.toGoString(v)));
        return args;
    }

    /** A root the mapping wrote as text: JSON when it parses, else the string itself (a string root). */
    private static Object structured(Message result) {
        try {
            return GoJsonDecoder.decodeFirst(result.content());
        } catch (BloblangException e) {
            return result.contentAsString();
        }
    }

    private static CompletableFuture<Message> flagged(String text) {
        return CompletableFuture.failedFuture(new ProcessingError(text));
    }

    /** Compiles the name and the mapping (at translation, so that a bad one is a config error). */
    public void compile() {
        compiledName();
        compiledArgs();
    }

    private InterpolatedString compiledName() {
        InterpolatedString c = compiledName;
        if (c == null) {
            c = InterpolatedString.parse(name);
            compiledName = c;
        }
        return c;
    }

    private Mapping compiledArgs() {
        if (argsMapping.isBlank()) {
            return null;
        }
        Mapping m = compiledArgs;
        if (m == null) {
            m = Bloblang.parse(argsMapping);
            compiledArgs = m;
        }
        return m;
    }

    private synchronized ExecutorService io() {
        if (io == null) {
            // three threads per running command (stdin, stdout, stderr): a cached pool, idle threads end
            io = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "command " + name);
                t.setDaemon(true);
                return t;
            });
        }
        return io;
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            if (io != null) {
                io.shutdown();
                io = null;
            }
        }
        super.doStop();
    }
}
