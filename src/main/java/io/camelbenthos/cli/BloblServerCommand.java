package io.camelbenthos.cli;

import io.camelbenthos.playground.PlaygroundServer;
import io.camelbenthos.playground.PlaygroundState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code blobl server}: the Bloblang playground, a web page to edit a mapping and its input with live output,
 * backed by the same {@code POST /execute} JSON API as Benthos's. A subcommand of {@code blobl}.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Run a web server that hosts a Bloblang editor (mapping, input, live output).")
public final class BloblServerCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "localhost", description = "The host to bind to (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = {"-p", "--port"}, defaultValue = "4195", description = "The port to bind to (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = {"-n", "--no-open"}, description = "Do not open the page in a browser.")
    boolean noOpen;

    @Option(names = {"-m", "--mapping-file"}, description = "A mapping file to open the editor with.")
    Path mappingFile;

    @Option(names = {"-i", "--input-file"}, description = "An input file to open the editor with.")
    Path inputFile;

    @Option(names = {"-w", "--write"},
            description = "Write edits back to the mapping and input files (a missing file is created).")
    boolean write;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PlaygroundServer server = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "blobl-server-shutdown"));
        stopped.await();
        return 0;
    }

    /** Loads the files, binds and announces the server; separate from {@link #call()} so tests need not block. */
    PlaygroundServer start() throws IOException {
        PlaygroundServer server = PlaygroundServer.start(host, port, PlaygroundState.load(mappingFile, inputFile, write));
        String url = "http://" + host + ":" + server.port();
        PrintWriter err = spec.commandLine().getErr();
        err.println("Serving at: " + url);
        err.println("WARNING: This server is for local debugging and experiments only: a mapping can read environment "
                + "variables and files. Do not expose it to the internet.");
        err.flush();
        if (!noOpen) {
            openBrowser(url);
        }
        return server;
    }

    /** Best effort, as Benthos does: a machine without a desktop simply shows no browser. */
    private static void openBrowser(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String[] command = os.contains("mac") ? new String[] {"open", url}
                : os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url}
                : new String[] {"xdg-open", url};
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            // No opener installed: the URL printed above is enough.
        }
    }
}
