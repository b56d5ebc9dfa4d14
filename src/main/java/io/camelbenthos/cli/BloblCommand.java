package io.camelbenthos.cli;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.exec.CompiledMapping;
import io.camelbenthos.bloblang.parser.Parser;
import io.camelbenthos.bloblang.value.Deleted;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.bloblang.value.Nothing;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.DotEnv;
import io.camelbenthos.config.EnvInterpolator;
import io.camelbenthos.message.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code blobl}: runs a Bloblang mapping over stdin, one message per line, as {@code benthos blobl} does. Results go to
 * stdout one line per input line; failures go to stderr as {@code failed to execute map: ...} and processing goes
 * on. Streams are injected so the command can be tested without a process.
 */
@Command(name = "blobl", mixinStandardHelpOptions = true,
        description = "Execute a Bloblang mapping on documents consumed via stdin (one per line).")
public final class BloblCommand implements Callable<Integer> {
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    @Option(names = {"-t", "--threads"}, defaultValue = "1",
            description = "The number of processing threads to use (accepted for compatibility; lines are processed in order).")
    int threads;

    @Option(names = {"-r", "--raw"}, description = "Consume raw strings rather than parsing JSON.")
    boolean raw;

    @Option(names = {"-p", "--pretty"}, description = "Pretty-print JSON output.")
    boolean pretty;

    @Option(names = {"-f", "--file"}, description = "A path to a file containing a mapping to execute.")
    Path file;

    @Option(names = {"-i", "--input"}, description = "A path to a file of input documents instead of stdin.")
    Path input;

    @Option(names = "--max-token-length", defaultValue = "65536",
            description = "Maximum size of a line in bytes.")
    int maxTokenLength;

    @Option(names = {"-e", "--env-file"}, description = "Import environment variables from a dotenv file.")
    List<Path> envFiles = new ArrayList<>();

    @Parameters(index = "0", arity = "0..1", paramLabel = "MAPPING", description = "An inline mapping.")
    String inlineMapping;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Map<String, String> environment;

    /** Uses the process streams and environment. */
    public BloblCommand() {
        this(System.in, System.out, System.err, System.getenv());
    }

    /** For embedding and tests. */
    public BloblCommand(InputStream stdin, PrintStream stdout, PrintStream stderr, Map<String, String> environment) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        String text;
        if (file != null) {
            if (inlineMapping != null) {
                stderr.println("invalid flags, unable to execute both a file mapping and an inline mapping");
                return 1;
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } else {
            text = inlineMapping == null ? "" : inlineMapping;
        }
        Map<String, String> env;
        String interpolated;
        try {
            env = DotEnv.overlay(environment, envFiles);
            interpolated = new EnvInterpolator(env).interpolate("mapping", text).text();
        } catch (ConfigException e) {
            stderr.println(e.getMessage());
            return 1;
        }
        CompiledMapping mapping;
        try {
            Environment bloblEnv = Environment.standard().withEnvLookup(env::get);
            if (file != null) {
                bloblEnv = bloblEnv.withImportDirectory(file.toAbsolutePath().getParent());
            }
            mapping = Parser.parseMapping(interpolated, bloblEnv);
        } catch (BloblangException e) {
            stderr.println("failed to parse mapping: " + e.getMessage());
            return 1;
        }
        try (InputStream in = input != null ? Files.newInputStream(input) : stdin;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            // One message reused for every line, as Benthos does: metadata set by one line is seen by the next
            Message msg = Message.of(new byte[0]);
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.getBytes(StandardCharsets.UTF_8).length > maxTokenLength) {
                    stderr.println("bufio.Scanner: token too long");
                    return 1;
                }
                try {
                    stdout.println(execute(mapping, msg, line));
                } catch (BloblangException e) {
                    stderr.println(RED + "failed to execute map: " + e.getMessage() + RESET);
                }
            }
        }
        stdout.flush();
        return 0;
    }

    private String execute(CompiledMapping mapping, Message msg, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        msg.setContent(bytes);
        Object result = mapping.execute(msg, raw ? bytes : null);
        if (result instanceof String s) {
            return s;
        }
        if (result instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        if (result == Deleted.INSTANCE) {
            return "";
        }
        if (result == Nothing.INSTANCE) {
            // The input is echoed, re-serialised when it is JSON
            Object doc;
            if (raw) {
                doc = bytes;
            } else {
                try {
                    doc = GoJsonDecoder.decodeFirst(bytes);
                } catch (RuntimeException e) {
                    return line;
                }
            }
            return json(doc);
        }
        return json(result);
    }

    /** Go gabs {@code String()} / {@code StringIndent("", "  ")}: json.Marshal, so HTML characters are escaped. */
    private String json(Object v) {
        return pretty ? GoJson.encodeIndent(v, true, "", "  ") : GoJson.encode(v, true);
    }
}
