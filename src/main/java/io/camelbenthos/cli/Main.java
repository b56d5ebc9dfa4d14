package io.camelbenthos.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code camel-benthos} command line: {@code run}, {@code lint}, {@code echo}, {@code --version}, plus the
 * subcommands other parts contribute through {@link #contributedSubcommands()}.
 */
@Command(name = "camel-benthos", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs Benthos / Redpanda Connect stream configs as Apache Camel routes.",
        subcommands = {RunCommand.class, LintCommand.class, EchoCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Subcommands added by other parts of the project: add yours to this list (one line each). {@code blobl}
     * carries its own {@code server} subcommand.
     */
    static List<CommandLine> contributedSubcommands() {
        return List.of(
                new CommandLine(new BloblCommand()).addSubcommand(new BloblServerCommand()), // engine + ecosystem
                new CommandLine(new ExportCommand()),                                          // ecosystem
                new CommandLine(new SchemaCommand()));                                         // ecosystem
    }

    @Override
    public void run() {
        // No subcommand: show usage, as Benthos does for an unknown or missing command.
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Builds the command line with every subcommand registered. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (CommandLine sub : contributedSubcommands()) {
            cl.addSubcommand(sub.getCommandName(), sub);
        }
        return cl;
    }

    /** Runs the command line with the given streams and returns the exit code (no System.exit: testable). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
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
        int code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(code);
    }
}
