package io.camelbenthos.workflow;

import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One batch's way through a {@code workflow} (processors reference §3.2, §3.3): for each message, the branches its
 * previous record says to skip and what each branch did this time. Made at the start, read by the branches' request
 * steps (concurrently, read only), written by the tiers' aggregation (one result at a time), read at the end.
 */
public final class WorkflowRun {
    /** One message's record: every branch succeeded until it was skipped or failed. */
    private static final class Outcome {
        final Set<String> skipFromPrevious = new TreeSet<>();
        final Set<String> skipped = new TreeSet<>();
        final Map<String, String> failed = new TreeMap<>();
    }

    private final List<String> branches;
    private final List<Outcome> outcomes = new ArrayList<>();

    private WorkflowRun(List<String> branches) {
        this.branches = List.copyOf(branches);
    }

    /**
     * Reads each message's previous record at {@code metaPath} (none when the body is not JSON, or when
     * {@code metaPath} is empty) to know which branches to skip.
     */
    public static WorkflowRun start(MessageBatch batch, List<String> branches, String metaPath) {
        WorkflowRun run = new WorkflowRun(branches);
        for (Message m : batch) {
            Outcome o = new Outcome();
            if (!metaPath.isEmpty() && previous(m, metaPath) instanceof Map<?, ?> record) {
                skips(record, branches, o.skipFromPrevious);
            }
            run.outcomes.add(o);
        }
        return run;
    }

    /** §3.3: {@code skipped}, then a non-empty {@code apply} (skip all but those), then {@code succeeded}. */
    private static void skips(Map<?, ?> record, List<String> branches, Set<String> skip) {
        if (record.get("skipped") instanceof List<?> skipped) {
            skipped.stream().map(String::valueOf).filter(branches::contains).forEach(skip::add);
        }
        if (record.get("apply") instanceof List<?> apply && !apply.isEmpty()) {
            skip.addAll(branches);
            apply.stream().map(String::valueOf).forEach(skip::remove);
        }
        if (record.get("succeeded") instanceof List<?> succeeded) {
            succeeded.stream().map(String::valueOf).filter(branches::contains).forEach(skip::add);
        }
    }

    /** The value at {@code metaPath} in the message's JSON body, or null. */
    public static Object previous(Message m, String metaPath) {
        Object doc;
        try {
            doc = GoJsonDecoder.decodeFirst(m.content());
        } catch (RuntimeException e) {
            return null;
        }
        Object at = doc;
        for (String segment : metaPath.split("\\.")) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = map.get(segment);
        }
        return at;
    }

    /** True when message {@code index}'s previous record says {@code branch} is done (or not wanted). */
    public boolean skipsFromPrevious(int index, String branch) {
        return index < outcomes.size() && outcomes.get(index).skipFromPrevious.contains(branch);
    }

    public void skipped(int index, String branch) {
        outcomes.get(index).skipped.add(branch);
    }

    /** A failure overrides a skip (§3.2 step 4). */
    public void failed(int index, String branch, String error) {
        outcomes.get(index).failed.put(branch, error);
    }

    /** The names of the branches that failed for message {@code index}, sorted. */
    public Set<String> failures(int index) {
        return outcomes.get(index).failed.keySet();
    }

    /**
     * Message {@code index}'s record: {@code succeeded} (sorted), {@code skipped} (sorted), {@code failed} (branch to
     * error text), each left out when empty.
     */
    public Map<String, Object> record(int index) {
        Outcome o = outcomes.get(index);
        List<String> succeeded = new ArrayList<>();
        Set<String> skipped = new TreeSet<>();
        for (String b : new TreeSet<>(branches)) {
            if (o.failed.containsKey(b)) {
                continue;
            }
            if (o.skipped.contains(b)) {
                skipped.add(b);
            } else {
                succeeded.add(b);
            }
        }
        Map<String, Object> record = new LinkedHashMap<>();
        if (!succeeded.isEmpty()) {
            record.put("succeeded", new ArrayList<Object>(succeeded));
        }
        if (!skipped.isEmpty()) {
            record.put("skipped", new ArrayList<Object>(skipped));
        }
        if (!o.failed.isEmpty()) {
            record.put("failed", new LinkedHashMap<String, Object>(o.failed));
        }
        return record;
    }
}
