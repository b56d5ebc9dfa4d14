package io.camelbenthos.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** Collects config problems so that every one of them is reported at once, in file order. */
public final class Problems {
    /** @param lint a problem Benthos reports as a lint only: {@code --chilled} runs the config anyway */
    private record Problem(Position position, String message, boolean lint) {
        String formatted() {
            return position + ": " + message;
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    /** @param message anything; a line break in it is escaped, so the problem stays one line */
    public void add(Position position, String message) {
        problems.add(new Problem(position, OneLine.of(message), false));
    }

    /** A problem the config still runs with when asked to ({@code --chilled}), e.g. an unknown field, ignored. */
    public void addLint(Position position, String message) {
        problems.add(new Problem(position, OneLine.of(message), true));
    }

    /** Every problem of {@code other}, each message prefixed (a template's expansion reported at its usage). */
    public void addAll(Problems other, String prefix) {
        other.problems.forEach(p -> problems.add(new Problem(p.position(), prefix + p.message(), p.lint())));
    }

    /** How many problems were collected so far (to tell whether a part of a config added any). */
    int size() {
        return problems.size();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Each problem formatted as {@code file:line:col: message}, sorted by file position (stable). */
    public List<String> formatted() {
        return formatted(problems);
    }

    private static List<String> formatted(List<Problem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing((Problem p) -> p.position().file())
                        .thenComparingInt(p -> p.position().line())
                        .thenComparingInt(p -> p.position().column()))
                .map(Problem::formatted)
                .distinct()
                .toList();
    }

    /** @throws ConfigException listing everything collected, if anything was */
    public void throwIfAny() {
        throwIfAny(null);
    }

    /**
     * @param chilled where lint-only problems go instead of failing ({@code --chilled}), or null to fail on them too
     * @throws ConfigException listing every problem that fails; {@link ConfigException#lintOnly()} when all are lints
     */
    public void throwIfAny(Consumer<String> chilled) {
        List<Problem> failing = chilled == null ? problems : problems.stream().filter(p -> !p.lint()).toList();
        if (chilled != null) {
            formatted(problems.stream().filter(Problem::lint).toList()).forEach(chilled);
        }
        if (!failing.isEmpty()) {
            throw new ConfigException(formatted(failing), failing.stream().allMatch(Problem::lint));
        }
    }
}
