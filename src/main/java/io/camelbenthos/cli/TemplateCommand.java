package io.camelbenthos.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code template}: Benthos's template subcommands; {@code lint} is the one there is. */
@Command(name = "template", mixinStandardHelpOptions = true, description = "Interact with config templates.")
public final class TemplateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
