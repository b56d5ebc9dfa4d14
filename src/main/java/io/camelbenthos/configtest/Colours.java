package io.camelbenthos.configtest;

/**
 * The colours of the {@code test} output (Benthos's terminal-aware colour library): on only when stdout is a
 * terminal and {@code NO_COLOR} is unset. JSON diffs carry their own ANSI codes regardless, as in Benthos.
 */
final class Colours {
    static volatile boolean enabled;

    private Colours() {
    }

    static String red(Object s) {
        return wrap("\033[31m", s);
    }

    static String green(Object s) {
        return wrap("\033[32m", s);
    }

    static String yellow(Object s) {
        return wrap("\033[33m", s);
    }

    static String blue(Object s) {
        return wrap("\033[34m", s);
    }

    private static String wrap(String code, Object s) {
        return enabled ? code + s + "\033[0m" : String.valueOf(s);
    }
}
