package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.camelbenthos.workflow.WorkflowDag;
import io.camelbenthos.workflow.WorkflowRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The last step of a {@code workflow} (processors reference §3.2 step 5): writes each message's record at
 * {@code meta_path} into its JSON body, the previous record nested under {@code previous}, and flags nothing for a
 * failed branch; a body that is not JSON is flagged with the parse error. With an empty {@code meta_path} a message
 * with failed branches is flagged {@code workflow branches failed: [...]} instead.
 */
public class WorkflowFinishStep implements Processor {
    private String metaPath = "";
    private String runKey = "";

    public String getMetaPath() {
        return metaPath;
    }

    public void setMetaPath(String metaPath) {
        this.metaPath = metaPath;
    }

    public String getRunKey() {
        return runKey;
    }

    public void setRunKey(String runKey) {
        this.runKey = runKey;
    }

    @Override
    public void process(Exchange exchange) {
        WorkflowRun run = exchange.getProperty(runKey, WorkflowRun.class);
        exchange.removeProperty(runKey);
        if (run == null) {
            return;
        }
        MessageBatch batch = BenthosExchange.batch(exchange);
        List<Message> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            out.add(metaPath.isEmpty() ? flagged(batch.get(i), run.failures(i)) : recorded(batch.get(i), run.record(i)));
        }
        BenthosExchange.setBatch(exchange, MessageBatch.of(out));
    }

    private static Message flagged(Message m, Set<String> failures) {
        if (failures.isEmpty()) {
            return m;
        }
        return m.copy().setError(new ProcessingError("workflow branches failed: " + WorkflowDag.goList(failures)));
    }

    private Message recorded(Message m, Map<String, Object> record) {
        Object doc;
        try {
            doc = GoJsonDecoder.decodeFirst(m.content());
        } catch (RuntimeException e) {
            return m.copy().setError(new ProcessingError(e.getMessage()));
        }
        String[] segments = metaPath.split("\\.");
        Object at = doc;
        for (int s = 0; s < segments.length - 1; s++) {
            if (!(at instanceof Map<?, ?>)) {
                return m; // a value that is not an object cannot take the record (§3.4)
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> parent = (Map<String, Object>) at;
            Object next = parent.get(segments[s]);
            if (next == null) {
                next = new LinkedHashMap<String, Object>();
                parent.put(segments[s], next);
            }
            at = next;
        }
        if (!(at instanceof Map<?, ?>)) {
            return m;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> parent = (Map<String, Object>) at;
        String last = segments[segments.length - 1];
        Object previous = parent.get(last);
        if (previous != null) {
            record.put("previous", previous);
        }
        parent.put(last, record);
        return m.copy().setContent(GoJson.encodeBytes(doc));
    }

    @Override
    public String toString() {
        return "WorkflowFinish";
    }
}
