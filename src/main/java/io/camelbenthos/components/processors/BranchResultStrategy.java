package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
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
        if (result == null || Boolean.TRUE.equals(result.getProperty(BranchRequestStep.SKIPPED, Boolean.class))) {
            return original;
        }
        String failure = failureOf(result);
        if (failure != null) {
            LOG.debug("{}: {}", path, failure);
            BenthosExchange.flag(original, new ProcessingError(failure));
            return original;
        }
        if (!resultMap.isEmpty()) {
            mapOnto(original, result);
        }
        return original;
    }

    /** Why the original must be flagged instead of mapped, or null. */
    private static String failureOf(Exchange result) {
        ProcessingError requestFailure = result.getProperty(BranchRequestStep.FAILED, ProcessingError.class);
        if (requestFailure != null) {
            return requestFailure.getMessage();
        }
        if (result.getException() != null) {
            return "child processors failed: " + result.getException().getMessage();
        }
        if (Boolean.TRUE.equals(result.getProperty(BenthosExchange.DELETED, Boolean.class))) {
            return "child processors resulted in zero messages";
        }
        Throwable flagged = BenthosExchange.error(result);
        return flagged == null ? null : "processors failed: " + flagged.getMessage();
    }

    private void mapOnto(Exchange original, Exchange result) {
        Message target = BenthosExchange.toMessage(original);
        Message reference = BenthosExchange.toMessage(result);
        try {
            Optional<Message> mapped = compiled().applyOnto(target, List.of(reference), 0);
            // root = deleted() in a result map is ignored: the original stays as it was
            mapped.ifPresent(m -> BenthosExchange.fromMessage(m, original));
        } catch (BloblangException e) {
            // What the mapping assigned before the failing statement stays, as Benthos maps onto the original.
            target.setError(new ProcessingError("result mapping failed: " + e.getMessage()));
            BenthosExchange.fromMessage(target, original);
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
