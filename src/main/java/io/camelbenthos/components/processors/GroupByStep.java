package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code group_by} step: each message goes to the first group whose check (seeing the batch) returns true; a
 * check that fails or returns no boolean counts as false and is logged. The non-empty groups, in order, then the
 * messages of no group, are the resulting batches; {@link #GROUPS} says which group each is (-1: none).
 */
public class GroupByStep extends BatchStep {
    private static final Logger LOG = LoggerFactory.getLogger(GroupByStep.class);
    /** Exchange property: the group index of each resulting batch, in order. */
    static final String GROUPS = "CamelBenthosGroups";
    /** Exchange property on each batch's exchange: its group index (-1: no group). */
    static final String GROUP = "CamelBenthosGroup";

    private List<String> checks = List.of();
    private volatile List<Mapping> compiled;
    private final ThreadLocal<List<Integer>> lastGroups = new ThreadLocal<>();

    public List<String> getChecks() {
        return checks;
    }

    public void setChecks(List<String> checks) {
        this.checks = List.copyOf(checks);
        this.compiled = null;
    }

    @Override
    protected List<List<Message>> process(List<Message> batch) {
        List<Mapping> tests = compiled();
        List<List<Message>> groups = new ArrayList<>();
        for (int j = 0; j <= tests.size(); j++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < batch.size(); i++) {
            int group = tests.size();
            for (int j = 0; j < tests.size(); j++) {
                if (test(j, tests.get(j), batch, i)) {
                    group = j;
                    break;
                }
            }
            groups.get(group).add(batch.get(i));
        }
        List<List<Message>> out = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int j = 0; j < groups.size(); j++) {
            if (!groups.get(j).isEmpty()) {
                out.add(groups.get(j));
                indexes.add(j == tests.size() ? -1 : j);
            }
        }
        lastGroups.set(indexes);
        return out;
    }

    @Override
    protected void processBatchResult(Exchange exchange) {
        List<Integer> indexes = lastGroups.get();
        lastGroups.remove();
        if (indexes != null) {
            exchange.setProperty(GROUPS, indexes);
        }
    }

    private static boolean test(int index, Mapping check, List<Message> batch, int i) {
        try {
            Optional<Message> result = check.apply(batch, i);
            String value = result.map(m -> m.contentAsString().strip()).orElse("");
            if (value.equals("true") || value.equals("false")) {
                return value.equals("true");
            }
            throw new BloblangException("expected bool value, got: " + value);
        } catch (BloblangException e) {
            LOG.error("Failed to test group {}: {}", index, e.getMessage());
            return false;
        }
    }

    private List<Mapping> compiled() {
        List<Mapping> c = compiled;
        if (c == null) {
            c = checks.stream().map(Bloblang::parse).toList();
            compiled = c;
        }
        return c;
    }

    /** The first step of each group's transaction: sets {@link #GROUP} from its split index. */
    public static class Tag implements Processor {
        @Override
        public void process(Exchange exchange) {
            @SuppressWarnings("unchecked")
            List<Integer> groups = exchange.getProperty(GROUPS, List.class);
            Integer index = exchange.getProperty(Exchange.SPLIT_INDEX, Integer.class);
            int group = groups == null || index == null || index >= groups.size() ? -1 : groups.get(index);
            exchange.setProperty(GROUP, group);
        }

        @Override
        public String toString() {
            return "GroupTag";
        }
    }
}
