package io.camelbenthos.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects config problems so that every one of them is reported at once, in file order. */
public final class Problems {
    private record Problem(Position position, String message) {
    }

    private final List<Problem> problems = new ArrayList<>();

    /** @param message anything; a line break in it is escaped, so the problem stays one line */
    public void add(Position position, String message) {
        problems.add(new Problem(position, OneLine.of(message)));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Each problem formatted as {@code file:line:col: message}, sorted by file position (stable). */
    public List<String> formatted() {
        return problems.stream()
                .sorted(Comparator.comparing((Problem p) -> p.position().file())
                        .thenComparingInt(p -> p.position().line())
                        .thenComparingInt(p -> p.position().column()))
                .map(p -> p.position() + ": " + p.message())
                .distinct()
                .toList();
    }

    /** @throws ConfigException listing everything collected, if anything was */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ConfigException(formatted());
        }
    }
}
