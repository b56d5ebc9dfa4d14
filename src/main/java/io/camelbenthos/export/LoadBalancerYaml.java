package io.camelbenthos.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs how Camel's model dumper (camel-yaml-io 4.18) writes a {@code loadBalance}: it lists the balancer
 * ({@code roundRobinLoadBalancer}, {@code customLoadBalancer}, ...) as the first of the {@code steps}, which the YAML DSL
 * then refuses ("Unexpected type"). The DSL wants it as a key of the {@code loadBalance} block itself, before
 * {@code steps}; this moves it there.
 */
final class LoadBalancerYaml {
    private static final Pattern STEPS = Pattern.compile("^( *)steps:$");
    private static final Pattern BALANCER_ITEM = Pattern.compile("^( *)- (\\w+LoadBalancer):(.*)$");

    private LoadBalancerYaml() {
    }

    static String repair(String dumped) {
        List<String> lines = new ArrayList<>(List.of(dumped.split("\n", -1)));
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher steps = STEPS.matcher(lines.get(i));
            if (!steps.matches() || !insideLoadBalance(lines, i, steps.group(1).length())) {
                continue;
            }
            Matcher item = BALANCER_ITEM.matcher(lines.get(i + 1));
            int stepsIndent = steps.group(1).length();
            if (!item.matches() || item.group(1).length() != stepsIndent + 2) {
                continue;
            }
            // The item's body sits 4 columns deeper than "steps:"'s own keys would put it ("  - " + key indent).
            List<String> moved = new ArrayList<>();
            moved.add(" ".repeat(stepsIndent) + item.group(2) + ":" + item.group(3));
            int end = i + 2;
            String bodyPrefix = " ".repeat(stepsIndent + 6);
            while (end < lines.size() && lines.get(end).startsWith(bodyPrefix)) {
                moved.add(" ".repeat(stepsIndent + 2) + lines.get(end).substring(stepsIndent + 6));
                end++;
            }
            lines.subList(i + 1, end).clear();
            lines.addAll(i, moved);
            i += moved.size();
        }
        return String.join("\n", lines);
    }

    /** True when the {@code steps:} at {@code index} belongs to a {@code - loadBalance:} item. */
    private static boolean insideLoadBalance(List<String> lines, int index, int indent) {
        for (int j = index - 1; j >= 0; j--) {
            String line = lines.get(j);
            int lead = line.length() - line.stripLeading().length();
            if (lead < indent && !line.isBlank()) {
                return line.stripLeading().equals("- loadBalance:") && lead == indent - 4;
            }
        }
        return false;
    }
}
