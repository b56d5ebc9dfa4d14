package io.camelbenthos.config;

/** Where something is in a config file: 1-based line and column. Printed as {@code file:line:col}. */
public record Position(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
