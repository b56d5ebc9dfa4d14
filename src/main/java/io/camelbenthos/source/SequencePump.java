package io.camelbenthos.source;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;

/** The {@code sequence} input's reader bean: its children's pumps (used for their sources) and their routes. */
public class SequencePump extends SourcePump {
    private List<SourcePump> inputs = List.of();
    private List<String> vias = List.of();

    public SequencePump() {
        setInputType("sequence");
    }

    /** Exported with each child's class, so that it loads back. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    public List<SourcePump> getInputs() {
        return inputs;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    public void setInputs(List<SourcePump> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /** Per child, the route through its own processors, or "" for none. */
    public List<String> getVias() {
        return vias;
    }

    public void setVias(List<String> vias) {
        this.vias = List.copyOf(vias);
    }

    @Override
    protected BatchSource openSource(CamelContext camel) {
        List<SequenceSource.Child> children = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            SourcePump child = inputs.get(i);
            children.add(new SequenceSource.Child(() -> child.openSource(camel), i < vias.size() ? vias.get(i) : ""));
        }
        return new SequenceSource(children);
    }
}
