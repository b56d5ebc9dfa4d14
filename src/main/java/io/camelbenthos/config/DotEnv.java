package io.camelbenthos.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads dotenv files ({@code KEY=value} lines, {@code #} comments, optional {@code export } prefix, single or double
 * quoted values) for {@code -e/--env-file}. The values are overlaid on the environment map handed to the
 * {@link EnvInterpolator}; the process environment itself is never changed.
 */
public final class DotEnv {
    private DotEnv() {
    }

    /** The environment with every file's values applied in order (later files and env files win). */
    public static Map<String, String> overlay(Map<String, String> environment, List<Path> files) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        for (Path file : files) {
            env.putAll(read(file));
        }
        return env;
    }

    public static Map<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ConfigException(new Position(file.toString(), 1, 1), "failed to read env file: " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(new Position(file.toString(), i + 1, 1), "expected KEY=value");
            }
            values.put(line.substring(0, eq).strip(), value(line.substring(eq + 1).strip()));
        }
        return values;
    }

    private static String value(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return raw.substring(1, raw.length() - 1).replace("\\n", "\n").replace("\\\"", "\"");
        }
        if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
            return raw.substring(1, raw.length() - 1);
        }
        int comment = raw.indexOf(" #");
        return comment >= 0 ? raw.substring(0, comment).strip() : raw;
    }
}
