package io.camelbenthos.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code camel-benthos} command line: {@code run}, {@code lint}, {@code echo}, {@code --version}, plus the
 * subcommands other parts contribute through {@link #subcommands()}.
 */
@Command(name = "camel-benthos", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs Benthos / Redpanda Connect stream configs as Apache Camel routes.")
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Every subcommand by name, in the order the usage lists them; each is built only when asked for. Add yours to
     * this map (one line each). {@code blobl} carries its own {@code server} subcommand.
     */
    static Map<String, Supplier<CommandLine>> subcommands() {
        Map<String, Supplier<CommandLine>> all = new LinkedHashMap<>();
        all.put("run", () -> new CommandLine(new RunCommand()));
        all.put("lint", () -> new CommandLine(new LintCommand()));
        all.put("streams", () -> new CommandLine(new StreamsCommand()));
        all.put("echo", () -> new CommandLine(new EchoCommand()));
        all.put("list", () -> new CommandLine(new ListCommand()));
        all.put("create", () -> new CommandLine(new CreateCommand()));
        all.put("test", () -> new CommandLine(new TestCommand()));
        all.put("template", () -> new CommandLine(new TemplateCommand()).addSubcommand(new TemplateLintCommand()));
        all.put("blobl", () -> new CommandLine(new BloblCommand()).addSubcommand(new BloblServerCommand())); // engine + ecosystem
        all.put("export", () -> new CommandLine(new ExportCommand()));                                      // ecosystem
        all.put("schema", () -> new CommandLine(new SchemaCommand()));                                      // ecosystem
        return all;
    }

    @Override
    public void run() {
        // No subcommand: show usage, as Benthos does for an unknown or missing command.
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Builds the command line with every subcommand registered. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        subcommands().forEach((name, sub) -> cl.addSubcommand(name, sub.get()));
        return cl;
    }

    /**
     * The command line for these arguments: when the first one names a subcommand, only that subcommand is built.
     * Picocli reflects over the annotations of every registered command up front, and a {@code run} needs none but
     * its own; anything else (no subcommand, {@code --help}, an unknown name) gets them all, for the usage.
     */
    static CommandLine commandLineFor(String... args) {
        Supplier<CommandLine> only = args.length == 0 ? null : subcommands().get(args[0]);
        if (only == null) {
            return commandLine();
        }
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand(args[0], only.get());
        return cl;
    }

    /**
     * Benthos's root form {@code camel-benthos -c config.yaml [run flags]} (no subcommand) is {@code run} with the
     * same flags and the config as its file; any other arguments are returned as they are.
     */
    static String[] rootConfigAsRun(String... args) {
        if (args.length == 0 || subcommands().containsKey(args[0])) {
            return args;
        }
        List<String> rest = new ArrayList<>();
        String config = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("-c") || arg.equals("--config")) && i + 1 < args.length) {
                config = args[++i];
            } else if (arg.startsWith("--config=")) {
                config = arg.substring("--config=".length());
            } else {
                rest.add(arg);
            }
        }
        if (config == null) {
            return args;
        }
        rest.add(0, "run");
        rest.add(config);
        return rest.toArray(String[]::new);
    }

    /** Runs the command line with the given streams and returns the exit code (no System.exit: testable). */
    public static int execute(PrintWriter out, PrintWriter err, String... given) {
        String[] args = rootConfigAsRun(given);
        CommandLine cl = commandLineFor(args);
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    public static void main(String[] args) {
        // Before anything logs: the command line writes Benthos's log lines (logger block); an application that
        // embeds the library keeps its own SLF4J provider, since only this entry point names ours
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", io.camelbenthos.logging.BenthosLogProvider.class.getName());
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN"); // no "Attempting to load provider" line
            }
        }
        int code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(code);
    }
}
