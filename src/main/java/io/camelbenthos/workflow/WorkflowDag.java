package io.camelbenthos.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tiers of a {@code workflow} (processors reference §3.1): from an explicit {@code order}, checked with Benthos's
 * words, or inferred from the branches' mappings, branch X depending on Y when a field X's request map reads is one
 * Y's result map writes, or lies under it. Tier 1 holds the branches without dependencies, tier n those whose
 * dependencies are all in earlier tiers; inside a tier the names are sorted.
 */
public final class WorkflowDag {
    /** A branch's mappings, as far as the ordering needs them. */
    public record Mappings(String requestMap, String resultMap) {
    }

    private WorkflowDag() {
    }

    /**
     * The inferred tiers.
     *
     * @throws IllegalArgumentException with Benthos's text when the branches depend on each other in a circle
     */
    public static List<List<String>> infer(Map<String, Mappings> branches) {
        Map<String, Set<List<String>>> reads = new LinkedHashMap<>();
        Map<String, Set<List<String>>> writes = new LinkedHashMap<>();
        branches.forEach((name, m) -> {
            reads.put(name, m.requestMap().isBlank() ? Set.of() : MappingTargets.reads(m.requestMap()));
            writes.put(name, m.resultMap().isBlank() ? Set.of() : MappingTargets.writes(m.resultMap()));
        });
        Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
        for (String x : branches.keySet()) {
            Set<String> deps = new HashSet<>();
            for (String y : branches.keySet()) {
                if (!x.equals(y) && depends(reads.get(x), writes.get(y))) {
                    deps.add(y);
                }
            }
            dependsOn.put(x, deps);
        }
        List<List<String>> tiers = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> remaining = new TreeSet<>(branches.keySet());
        while (!remaining.isEmpty()) {
            List<String> tier = new ArrayList<>();
            for (String name : remaining) {
                if (placed.containsAll(dependsOn.get(name))) {
                    tier.add(name);
                }
            }
            if (tier.isEmpty()) {
                throw new IllegalArgumentException("failed to automatically resolve DAG, circular dependencies "
                        + "detected for branches: " + goList(remaining));
            }
            tier.forEach(remaining::remove);
            placed.addAll(tier);
            tiers.add(tier);
        }
        return tiers;
    }

    private static boolean depends(Set<List<String>> wanted, Set<List<String>> provided) {
        for (List<String> w : wanted) {
            for (List<String> p : provided) {
                if (MappingTargets.provides(p, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Checks an explicit {@code order} against the branches it must hold (the inline ones and
     * {@code branch_resources}); names it holds beyond those are resources.
     *
     * @throws IllegalArgumentException with Benthos's text
     */
    public static void checkOrder(List<List<String>> order, Set<String> required) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).isEmpty()) {
                throw new IllegalArgumentException("explicit order tier '" + i + "' was empty");
            }
            for (String name : order.get(i)) {
                if (!seen.add(name)) {
                    throw new IllegalArgumentException("branch specified in order listed multiple times: " + name);
                }
            }
        }
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the following branches were missing from order: " + goList(missing));
        }
    }

    /** Go's {@code %v} of a string slice: {@code [a b c]}. */
    public static String goList(Iterable<String> names) {
        return "[" + String.join(" ", names) + "]";
    }

    /** Go's {@code %v} of the tiers: {@code [[a b] [c]]}. */
    public static String goTiers(List<List<String>> tiers) {
        List<String> parts = new ArrayList<>();
        tiers.forEach(t -> parts.add(goList(t)));
        return goList(parts);
    }
}
