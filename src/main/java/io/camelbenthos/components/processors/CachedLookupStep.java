package io.camelbenthos.components.processors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.bloblang.go.GoTimeException;
import io.camelbenthos.cache.CacheException;
import io.camelbenthos.cache.CachedResults;
import io.camelbenthos.cache.Caches;
import io.camelbenthos.cache.KeyNotFoundException;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The first step of {@code cached}: interpolates the key (and ttl) and looks it up. A hit is answered here: the
 * message keeps its metadata and error flag and takes the cached content (an empty cached result drops it). A miss
 * sets {@link #MISS} for the enrich that runs the children and {@link CachedResultStrategy}, which stores their
 * result. Failures flag the message with Benthos's texts and skip the children.
 *
 * <p>Not a {@link PerMessageStep}: like {@code branch}'s steps it talks to the enrich around it through the exchange.
 */
public class CachedLookupStep implements Processor, CamelContextAware {
    /** Exchange property: the {@link Miss} of a message whose key was not cached. */
    static final String MISS = "CamelBenthosCachedMiss";

    /** What the result strategy needs to store the children's result. */
    record Miss(String key, Duration ttl) {
    }

    private String cacheRef = "";
    private String key = "";
    private String ttl;
    private CamelContext camelContext;
    private volatile InterpolatedString compiledKey;
    private volatile InterpolatedString compiledTtl;

    /** The registry id of the cache resource's store. */
    public String getCacheRef() {
        return cacheRef;
    }

    public void setCacheRef(String cacheRef) {
        this.cacheRef = cacheRef;
    }

    /** The key, interpolated per message. */
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
        this.compiledKey = null;
    }

    /** The TTL of a stored result, interpolated per message; null: the cache's default. Written, it must parse. */
    public String getTtl() {
        return ttl;
    }

    public void setTtl(String ttl) {
        this.ttl = ttl;
        this.compiledTtl = null;
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
    public void process(Exchange exchange) {
        exchange.removeProperty(MISS);
        Message message = BenthosExchange.first(exchange);
        try {
            lookup(message, exchange);
        } catch (ProcessingError e) {
            BenthosExchange.flag(exchange, e);
        }
    }

    private void lookup(Message message, Exchange exchange) {
        List<Message> batch = List.of(message);
        String k;
        try {
            k = compiledKey().render(batch, 0);
        } catch (BloblangException e) {
            throw new ProcessingError("failed to interpolate key expression: " + e.getMessage());
        }
        Duration itemTtl = ttl == null ? null : itemTtl(batch);
        byte[] stored;
        try {
            stored = Caches.lookup(camelContext, cacheRef).get(k);
        } catch (KeyNotFoundException e) {
            exchange.setProperty(MISS, new Miss(k, itemTtl));
            return;
        } catch (CacheException e) {
            throw new ProcessingError(e.getMessage());
        }
        List<byte[]> results;
        try {
            results = CachedResults.decode(stored);
        } catch (IllegalArgumentException e) {
            throw new ProcessingError("failed to parse cached result, this indicates the data was not set by this "
                    + "processor: " + e.getMessage());
        }
        // The stored contents replace the message: copies of it (its metadata) with each content, none: dropped.
        List<Message> out = new java.util.ArrayList<>(results.size());
        for (byte[] content : results) {
            out.add(message.copy().setContent(content));
        }
        BenthosExchange.setResult(exchange, out);
    }

    /** Unlike the cache processor's, an empty ttl is not "the default": Go fails to parse it, and so does this. */
    private Duration itemTtl(List<Message> batch) {
        String rendered;
        try {
            rendered = compiledTtl().render(batch, 0);
        } catch (BloblangException e) {
            throw new ProcessingError("failed to interpolate ttl expression: " + e.getMessage());
        }
        try {
            return Duration.ofNanos(GoDuration.parse(rendered));
        } catch (GoTimeException e) {
            throw new ProcessingError("failed to parse ttl expression: " + e.getMessage());
        }
    }

    private InterpolatedString compiledKey() {
        InterpolatedString c = compiledKey;
        if (c == null) {
            c = InterpolatedString.parse(key);
            compiledKey = c;
        }
        return c;
    }

    private InterpolatedString compiledTtl() {
        InterpolatedString c = compiledTtl;
        if (c == null) {
            c = InterpolatedString.parse(ttl);
            compiledTtl = c;
        }
        return c;
    }

    @Override
    public String toString() {
        return "CachedLookup";
    }
}
