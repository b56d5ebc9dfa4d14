package io.camelbenthos.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The paths one server answers. Exact paths resolve with one hash lookup; templates and prefixes are tried in
 * registration order. Registering a path again replaces its handler: the last registration wins, as in Benthos's
 * shared server (semantics §1.2).
 */
final class RouteTable {
    private final Map<String, RequestHandler> exact = new ConcurrentHashMap<>();
    /** Copy-on-write: routing reads it lock-free on every request, registration is rare. */
    private volatile List<Entry> patterned = List.of();

    record Entry(PathTemplate template, RequestHandler handler) {
    }

    /** A route found for a request path. */
    record Match(RequestHandler handler, Map<String, String> variables) {
    }

    void register(PathTemplate template, RequestHandler handler) {
        if (template.isExact()) {
            exact.put(template.template(), handler);
            return;
        }
        synchronized (this) {
            List<Entry> next = new ArrayList<>(patterned);
            next.removeIf(e -> e.template().template().equals(template.template()));
            next.add(new Entry(template, handler));
            patterned = List.copyOf(next);
        }
    }

    /**
     * Removes the path only while it still maps to {@code handler} (a later registration may have replaced it).
     *
     * @return whether it was removed
     */
    boolean unregister(PathTemplate template, RequestHandler handler) {
        if (template.isExact()) {
            return exact.remove(template.template(), handler);
        }
        synchronized (this) {
            List<Entry> next = new ArrayList<>(patterned);
            boolean removed = next.removeIf(
                    e -> e.template().template().equals(template.template()) && e.handler() == handler);
            patterned = List.copyOf(next);
            return removed;
        }
    }

    /**
     * Points the path at {@code replacement} only while it still maps to {@code expected}.
     *
     * @return whether it was replaced
     */
    boolean replace(PathTemplate template, RequestHandler expected, RequestHandler replacement) {
        if (template.isExact()) {
            return exact.replace(template.template(), expected, replacement);
        }
        synchronized (this) {
            boolean[] replaced = {false};
            patterned = patterned.stream()
                    .map(e -> {
                        if (e.template().template().equals(template.template()) && e.handler() == expected) {
                            replaced[0] = true;
                            return new Entry(e.template(), replacement);
                        }
                        return e;
                    })
                    .toList();
            return replaced[0];
        }
    }

    Match find(String path) {
        RequestHandler h = exact.get(path);
        if (h != null) {
            return new Match(h, Map.of());
        }
        for (Entry e : patterned) {
            Map<String, String> vars = e.template().match(path);
            if (vars != null) {
                return new Match(e.handler(), vars);
            }
        }
        return null;
    }
}
