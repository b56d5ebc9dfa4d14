package io.camelbenthos.configtest;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.config.StreamConfig;
import io.camelbenthos.translate.StreamTranslator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lint of a test target: the config as {@code lint} checks it, with the missing-env-var check off (each case
 * may set its own variables) and the {@code -r} resources added, each problem as Benthos prints it after
 * {@code Lint: }, {@code (line,col) message}.
 */
final class TargetLint {
    private TargetLint() {
    }

    static List<String> lint(Path config, List<Path> resources, Map<String, String> environment,
                             ComponentRegistry registry) {
        String location = config.toString();
        List<String> problems = new ArrayList<>();
        try {
            StreamConfig parsed = new ConfigLoader(registry, Map.of(), List.of()).parseTree(location,
                    ResourceFiles.merge(ResourceFiles.read(config, environment), resources, environment));
            StreamTranslator.translate(parsed, registry);
        } catch (ConfigException e) {
            e.errors().forEach(err -> problems.add(benthosFormat(location, err)));
        }
        return problems;
    }

    /** {@code file:line:col: message} to {@code (line,col) message} when it is about this file. */
    static String benthosFormat(String location, String err) {
        String prefix = location + ":";
        if (!err.startsWith(prefix)) {
            return err;
        }
        String rest = err.substring(prefix.length());
        String[] parts = rest.split(":", 3);
        if (parts.length < 3 || !parts[0].chars().allMatch(Character::isDigit)
                || !parts[1].chars().allMatch(Character::isDigit)) {
            return err;
        }
        return "(" + parts[0] + "," + parts[1] + ") " + parts[2].stripLeading();
    }
}
