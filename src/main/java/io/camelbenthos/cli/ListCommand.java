package io.camelbenthos.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.schema.ConfigSchema;
import io.camelbenthos.template.Templates;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code list [--format text|json|jsonschema] [--status s] [type…]}: the component names this build knows, as
 * Benthos's {@code list} prints them (text: one titled section per type, in Benthos's order; json: one object of
 * sorted name lists; jsonschema: the config schema).
 */
@Command(name = "list", description = "Lists every component type this build knows (text, json or jsonschema).")
public final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text",
            description = "Print the component list in a specific format. Options are text, json or jsonschema.")
    String format;

    @Option(names = "--status", defaultValue = "",
            description = "Filter the component list to only those matching the given status. Options are stable, beta or experimental.")
    String status;

    @Option(names = {"-t", "--templates"}, description = "Template files (globs allowed) whose components are listed too (repeatable).")
    List<String> templates = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "TYPE", description = "Only these types (inputs, processors, outputs, caches, rate-limits, …).")
    List<String> types = new ArrayList<>();

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        ComponentCatalogue catalogue;
        try {
            catalogue = ComponentCatalogue.standard(status, Templates.registryOrFail(templates));
        } catch (ConfigException e) {
            e.errors().forEach(spec.commandLine().getErr()::println);
            return 1;
        }
        switch (format) {
            case "text" -> printText(out, catalogue);
            case "json" -> {
                Map<String, List<String>> selected = new TreeMap<>();
                catalogue.byType().forEach((type, names) -> {
                    if (types.isEmpty() || types.contains(type)) {
                        selected.put(type, names);
                    }
                });
                out.println(new ObjectMapper().writeValueAsString(selected));
            }
            case "jsonschema" -> out.println(ConfigSchema.generateAsString());
            default -> {
                spec.commandLine().getErr().println("unknown format: " + format + " (text, json or jsonschema)");
                return 1;
            }
        }
        out.flush();
        return 0;
    }

    private void printText(PrintWriter out, ComponentCatalogue catalogue) {
        boolean first = true;
        for (Map.Entry<String, List<String>> section : catalogue.byType().entrySet()) {
            if (!types.isEmpty() && !types.contains(section.getKey())) {
                continue;
            }
            if (!first) {
                out.println();
            }
            first = false;
            out.println(ComponentCatalogue.title(section.getKey()) + ":");
            section.getValue().forEach(name -> out.println("  - " + name));
        }
    }
}
