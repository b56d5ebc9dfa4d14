package io.camelbenthos.components.processors;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import io.camelbenthos.workflow.WorkflowRun;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * The aggregation of one {@code workflow} tier's multicast (processors reference §3.2 step 3): every branch ran on a
 * copy of the batch as it was when the tier started; their results are mapped onto the batch one after the other in
 * tier order (the multicast aggregates in that order), each with its branch's {@code result_map}
 * ({@link BranchResultStrategy}). What a branch did to each message goes into the {@link WorkflowRun}, not onto the
 * message: the originals keep their own error flags.
 */
public class WorkflowTierStrategy implements AggregationStrategy {
    private Map<String, String> resultMaps = new LinkedHashMap<>();
    private String runKey = "";
    private String path = "";
    private final Map<String, BranchResultStrategy> strategies = new ConcurrentHashMap<>();

    public Map<String, String> getResultMaps() {
        return resultMaps;
    }

    /** Each branch of the tier by name, with its {@code result_map}. */
    public void setResultMaps(Map<String, String> resultMaps) {
        this.resultMaps = new LinkedHashMap<>(resultMaps);
        strategies.clear();
    }

    public String getRunKey() {
        return runKey;
    }

    /** The exchange property holding the batch's {@link WorkflowRun}. */
    public void setRunKey(String runKey) {
        this.runKey = runKey;
    }

    public String getPath() {
        return path;
    }

    /** The Benthos config path, for log lines. */
    public void setPath(String path) {
        this.path = path;
    }

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        return aggregate(oldExchange, newExchange, null);
    }

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange, Exchange inputExchange) {
        Exchange into = oldExchange != null ? oldExchange : newExchange;
        Exchange base = oldExchange != null ? oldExchange : inputExchange != null ? inputExchange : newExchange;
        MessageBatch current = BenthosExchange.batch(base);
        String branch = newExchange.getProperty(WorkflowRequestStep.BRANCH, String.class);
        WorkflowRun run = newExchange.getProperty(runKey, WorkflowRun.class);
        MessageBatch overlaid = branch == null || run == null ? current : overlay(current, newExchange, branch, run);
        into.setException(null);
        into.setRouteStop(false);
        for (String p : List.of(BenthosExchange.DELETED, BranchRequestStep.FAILED, BranchRequestStep.INDEXES,
                BranchRequestStep.SKIPPED, WorkflowRequestStep.BRANCH)) {
            into.removeProperty(p);
        }
        BenthosExchange.setBatch(into, overlaid);
        return into;
    }

    /** The branch's result map applied onto the batch, its failures and skips recorded instead of flagged. */
    private MessageBatch overlay(MessageBatch current, Exchange result, String branch, WorkflowRun run) {
        List<Message> cleared = new ArrayList<>(current.size());
        current.forEach(m -> cleared.add(m.errored() ? m.copy().setError(null) : m));
        MessageBatch merged = strategy(branch).merge(MessageBatch.of(cleared), result);
        @SuppressWarnings("unchecked")
        List<Integer> sent = result.getProperty(BranchRequestStep.INDEXES, List.class);
        Set<Integer> ran = sent == null || Boolean.TRUE.equals(result.getProperty(BranchRequestStep.SKIPPED, Boolean.class))
                ? Set.of() : new HashSet<>(sent);
        List<Message> out = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            Message m = merged.get(i);
            if (m.errored()) {
                run.failed(i, branch, m.error().getMessage());
                m = m.copy().setError(current.get(i).error());
            } else if (!ran.contains(i)) {
                run.skipped(i, branch);
            }
            out.add(m.errored() == current.get(i).errored() ? m : m.copy().setError(current.get(i).error()));
        }
        return MessageBatch.of(out);
    }

    private BranchResultStrategy strategy(String branch) {
        return strategies.computeIfAbsent(branch, b -> {
            BranchResultStrategy s = new BranchResultStrategy();
            s.setResultMap(resultMaps.getOrDefault(b, ""));
            s.setPath(path + ".branches." + b);
            return s;
        });
    }

    @Override
    public String toString() {
        return "WorkflowTier" + resultMaps.keySet();
    }
}
