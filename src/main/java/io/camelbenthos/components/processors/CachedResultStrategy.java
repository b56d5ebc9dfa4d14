package io.camelbenthos.components.processors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.cache.CacheException;
import io.camelbenthos.cache.CachedResults;
import io.camelbenthos.cache.Caches;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import io.camelbenthos.message.MessageBatch;
import java.util.List;
import java.util.Optional;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich strategy of {@code cached} on a miss: what the children returned becomes the message (content,
 * metadata and error flag, as in Benthos, where the children's output replaces it), and its content is stored under
 * the key unless {@code skip_on} says otherwise. Children that dropped the message drop it, and that empty result is
 * stored too. A child that failed outright (an exception) flags the original, and nothing is stored. Failures to
 * store are only logged.
 */
public class CachedResultStrategy implements AggregationStrategy, CamelContextAware {
    private static final Logger LOG = LoggerFactory.getLogger(CachedResultStrategy.class);

    private String cacheRef = "";
    private String skipOn = "";
    private CamelContext camelContext;
    private volatile Mapping compiled;

    /** The registry id of the cache resource's store. */
    public String getCacheRef() {
        return cacheRef;
    }

    public void setCacheRef(String cacheRef) {
        this.cacheRef = cacheRef;
    }

    /** A Bloblang query on the result (message 0 of it): true skips caching. Empty: always cache. */
    public String getSkipOn() {
        return skipOn;
    }

    public void setSkipOn(String skipOn) {
        this.skipOn = skipOn;
        this.compiled = null;
    }

    @Override
    @JsonIgnore // not a setting: export must not write the context out
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public Exchange aggregate(Exchange original, Exchange result) {
        CachedLookupStep.Miss miss = original.getProperty(CachedLookupStep.MISS, CachedLookupStep.Miss.class);
        original.removeProperty(CachedLookupStep.MISS);
        if (result == null || miss == null) {
            return original;
        }
        if (result.getException() != null) {
            BenthosExchange.flag(original, new ProcessingError(result.getException().getMessage()));
            return original;
        }
        if (Boolean.TRUE.equals(result.getProperty(BenthosExchange.DELETED, Boolean.class))) {
            store(miss, List.of());
            BenthosExchange.markDeleted(original);
            return original;
        }
        MessageBatch out = BenthosExchange.batch(result);
        BenthosExchange.setBatch(original, out);
        if (!skip(out.get(0))) {
            store(miss, out.messages().stream().map(Message::content).toList());
        }
        return original;
    }

    private boolean skip(Message result) {
        if (skipOn.isEmpty()) {
            return false;
        }
        try {
            return skipOnResult(result);
        } catch (BloblangException | IllegalStateException e) {
            LOG.error("skip_on check failed: {}, caching will be skipped as a precaution", e.getMessage());
            return true;
        }
    }

    /** Benthos's {@code shouldSkip}: the query must return a boolean. */
    private boolean skipOnResult(Message result) {
        Optional<Message> out;
        try {
            out = compiled().apply(result);
        } catch (BloblangException e) {
            throw new BloblangException("failed to execute skip_on mapping: " + e.getMessage());
        }
        if (out.isPresent() && out.get().hasStructuredCache() && out.get().structuredCache() instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException("skip_on did return boolean result: "
                + out.map(Message::contentAsString).orElse("<deleted>"));
    }

    private void store(CachedLookupStep.Miss miss, List<byte[]> contents) {
        try {
            Caches.lookup(camelContext, cacheRef).set(miss.key(), CachedResults.encode(contents), miss.ttl());
        } catch (CacheException | RuntimeException e) {
            LOG.error("failed to write result to cache: {}", e.getMessage());
        }
    }

    private Mapping compiled() {
        Mapping m = compiled;
        if (m == null) {
            m = Bloblang.parse(skipOn);
            compiled = m;
        }
        return m;
    }

    @Override
    public String toString() {
        return "CachedResult";
    }
}
