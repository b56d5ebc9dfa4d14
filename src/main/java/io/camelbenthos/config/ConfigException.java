package io.camelbenthos.config;

import java.util.List;

/** One or more config errors, each already formatted as {@code path:line:col: message}; nothing may start. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> errors;

    public ConfigException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public ConfigException(Position position, String message) {
        this(List.of(position + ": " + message));
    }

    public List<String> errors() {
        return errors;
    }
}
