package io.camelbenthos.components.processors;

import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.List;

/** The {@code select_parts} step: copies of the selected messages; nothing selected drops (acks) the batch. */
public class SelectPartsStep extends BatchStep {
    private List<Long> parts = List.of();

    public List<Long> getParts() {
        return parts;
    }

    public void setParts(List<Long> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    protected List<List<Message>> process(List<Message> batch) {
        List<Message> out = new ArrayList<>(parts.size());
        for (long p : parts) {
            long index = p < 0 ? batch.size() + p : p;
            if (index >= 0 && index < batch.size()) {
                out.add(batch.get((int) index).copy());
            }
        }
        return List.of(out);
    }
}
