package io.camelbenthos.camel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.util.PropertiesHelper;

/**
 * List and map options of this project's Camel endpoints, which a URI cannot hold as such: lists are written as
 * indexed options ({@code x.0=a&x.1=b}), maps as keyed ones ({@code x.key=v}), both by {@link EndpointUriBuilder};
 * the component takes them out of its endpoint's parameters here.
 */
public final class PrefixedOptions {
    private PrefixedOptions() {
    }

    /** Removes the options {@code <prefix><index>} from {@code parameters} and returns their values in index order. */
    public static List<String> list(Map<String, Object> parameters, String prefix) {
        Map<Integer, String> sorted = new TreeMap<>();
        PropertiesHelper.extractProperties(parameters, prefix)
                .forEach((k, v) -> sorted.put(Integer.parseInt(k), String.valueOf(v)));
        return new ArrayList<>(sorted.values());
    }

    /** Removes the options {@code <prefix><key>} from {@code parameters} and returns them, key to value, in order. */
    public static Map<String, String> map(Map<String, Object> parameters, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        PropertiesHelper.extractProperties(parameters, prefix).forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
