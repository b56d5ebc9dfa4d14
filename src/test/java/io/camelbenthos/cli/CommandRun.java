package io.camelbenthos.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line run in-process, keeping what the last run printed on stdout and stderr. */
final class CommandRun {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** @return the exit code */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
