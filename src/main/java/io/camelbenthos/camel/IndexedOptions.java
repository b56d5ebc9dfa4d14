package io.camelbenthos.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.util.PropertiesHelper;

/**
 * List options of this project's Camel endpoints, written as indexed URI options ({@code x.0=a&x.1=b}) since a URI
 * has no lists: taken out of an endpoint's parameters in index order.
 */
public final class IndexedOptions {
    private IndexedOptions() {
    }

    /** Removes the options {@code <prefix><index>} from {@code parameters} and returns their values in index order. */
    public static List<String> extract(Map<String, Object> parameters, String prefix) {
        Map<Integer, String> sorted = new TreeMap<>();
        PropertiesHelper.extractProperties(parameters, prefix)
                .forEach((k, v) -> sorted.put(Integer.parseInt(k), String.valueOf(v)));
        return new ArrayList<>(sorted.values());
    }
}
