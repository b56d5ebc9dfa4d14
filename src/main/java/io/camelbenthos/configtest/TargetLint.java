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
 * may set its own variables), each problem as Benthos prints it after {@code Lint: }, {@code (line,col) message}.
 */
final class TargetLint {
    private static final String MISSING_ENV = "required environment variables were not set: [";

    private TargetLint() {
    }

    static List<String> lint(Path config, Map<String, String> environment, ComponentRegistry registry) {
        String location = config.toString();
        List<String> problems = new ArrayList<>();
        try {
            StreamConfig parsed = new ConfigLoader(registry, environment, List.of())
                    .parse(location, ConfigLoader.read(config));
            StreamTranslator.translate(parsed, registry);
        } catch (ConfigException e) {
            for (String err : e.errors()) {
                if (!err.contains(": " + MISSING_ENV)) {
                    problems.add(benthosFormat(location, err));
                }
            }
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
        if (parts.length < 3 || !parts[0].chars().allMatch(Character::isDigit) || !parts[1].chars().allMatch(Character::isDigit)) {
            return err;
        }
        return "(" + parts[0] + "," + parts[1] + ") " + parts[2].stripLeading();
    }
}
