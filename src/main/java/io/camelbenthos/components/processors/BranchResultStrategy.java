package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich strategy of {@code branch}: judges what the children returned and maps it onto the original with
 * {@code result_map} (processors reference §2.1 steps 4 and 5). The original is always the result, so nothing of the
 * request (its metadata, an exception of a child) reaches it except through the result map or an error flag.
 */
public class BranchResultStrategy implements AggregationStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(BranchResultStrategy.class);

    private String resultMap = "";
    private String path = "";
    private volatile Mapping compiled;

    public String getResultMap() {
        return resultMap;
    }

    /** The Bloblang result mapping; empty: the original is left unchanged and only errors propagate. */
    public void setResultMap(String resultMap) {
        this.resultMap = resultMap;
        this.compiled = null;
    }

    public String getPath() {
        return path;
    }

    /** The Benthos config path, for log lines. */
    public void setPath(String path) {
        this.path = path;
    }

    @Override
    public Exchange aggregate(Exchange original, Exchange result) {
        if (result == null) {
            return original;
        }
        BenthosExchange.setBatch(original, merge(BenthosExchange.batch(original), result));
        return original;
    }

    /**
     * The originals with what the branch's route returned in {@code result} mapped onto them, or flagged where it
     * failed ({@code workflow} overlays each branch of a tier with it).
     */
    MessageBatch merge(MessageBatch originals, Exchange result) {
        List<Message> out = new ArrayList<>(originals.messages());
        @SuppressWarnings("unchecked")
        Map<Integer, ProcessingError> failed = result.getProperty(BranchRequestStep.FAILED, Map.class);
        @SuppressWarnings("unchecked")
        List<Integer> indexes = result.getProperty(BranchRequestStep.INDEXES, List.class);
        if (failed != null) {
            failed.forEach((i, e) -> out.set(i, out.get(i).copy().setError(e)));
        }
        if (indexes != null && !Boolean.TRUE.equals(result.getProperty(BranchRequestStep.SKIPPED, Boolean.class))) {
            String failure = failureOf(result, originals.size(), indexes.size());
            if (failure != null) {
                LOG.debug("{}: {}", path, failure);
                ProcessingError e = new ProcessingError(failure);
                for (int i = 0; i < out.size(); i++) {
                    if (failed == null || !failed.containsKey(i)) {
                        out.set(i, out.get(i).copy().setError(e));
                    }
                }
            } else {
                mapResults(out, BenthosExchange.batch(result).messages(), indexes);
            }
        }
        return MessageBatch.of(out);
    }

    /** Why every original must be flagged instead of mapped (§2.1 step 4), or null. */
    private static String failureOf(Exchange result, int originals, int sent) {
        if (result.getException() != null) {
            return "child processors failed: " + result.getException().getMessage();
        }
        if (Boolean.TRUE.equals(result.getProperty(BenthosExchange.DELETED, Boolean.class))) {
            return "child processors resulted in zero messages";
        }
        int results = BenthosExchange.batch(result).size();
        if (results != sent) {
            LOG.error("Branch processors resulted in a different number of messages than the request: do not "
                    + "filter, archive or split messages within a branch");
            // Benthos's wording, numbers and all (started with: results plus skipped; finished with: originals)
            return "message count from branch processors does not match request, started with "
                    + (results + originals - sent) + " messages, finished with " + originals;
        }
        return null;
    }

    /** Result k belongs to original {@code indexes[k]}: a flagged one flags it, else the result map maps onto it. */
    private void mapResults(List<Message> out, List<Message> results, List<Integer> indexes) {
        for (int k = 0; k < results.size(); k++) {
            int i = indexes.get(k);
            Message r = results.get(k);
            if (r.errored()) {
                out.set(i, out.get(i).copy().setError(new ProcessingError("processors failed: " + r.error().getMessage())));
            } else if (!resultMap.isEmpty()) {
                Message target = out.get(i).copy();
                try {
                    // root = deleted() in a result map is ignored: the original stays as it was
                    Optional<Message> mapped = compiled().applyOnto(target, results, k);
                    if (mapped.isPresent()) {
                        out.set(i, mapped.get());
                    }
                } catch (BloblangException e) {
                    // What the mapping assigned before the failing statement stays, as Benthos maps onto the original.
                    out.set(i, target.setError(new ProcessingError("result mapping failed: " + e.getMessage())));
                }
            }
        }
    }

    private Mapping compiled() {
        Mapping m = compiled;
        if (m == null) {
            m = Bloblang.parse(resultMap);
            compiled = m;
        }
        return m;
    }

    @Override
    public String toString() {
        return "BranchResult";
    }
}
