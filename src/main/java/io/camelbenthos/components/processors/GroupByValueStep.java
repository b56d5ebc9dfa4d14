package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code group_by_value} step: batches by the interpolated value, in order of first appearance; a message whose
 * value fails to render is flagged and grouped under the empty string.
 */
public class GroupByValueStep extends BatchStep {
    private String value = "";
    private volatile InterpolatedString compiled;

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
        this.compiled = null;
    }

    @Override
    protected List<List<Message>> process(List<Message> batch) {
        InterpolatedString v = compiled;
        if (v == null) {
            v = InterpolatedString.parse(value);
            compiled = v;
        }
        Map<String, List<Message>> groups = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Message m = batch.get(i);
            String key;
            try {
                key = v.render(batch, i);
            } catch (BloblangException e) {
                key = "";
                m = m.copy().setError(new ProcessingError("group value interpolation error: " + e.getMessage()));
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        return new ArrayList<>(groups.values());
    }
}
