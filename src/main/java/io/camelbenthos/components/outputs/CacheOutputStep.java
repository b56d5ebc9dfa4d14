package io.camelbenthos.components.outputs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.go.GoTimeException;
import io.camelbenthos.cache.CacheException;
import io.camelbenthos.cache.Caches;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code cache} output's step: {@code set(key, content, ttl)}; metadata is not stored. An interpolation, ttl or
 * cache error nacks the message with Benthos's text (logged as Benthos's output engine does).
 */
public class CacheOutputStep implements Processor, CamelContextAware {
    private static final Logger LOG = LoggerFactory.getLogger(CacheOutputStep.class);

    private String cacheRef = "";
    private String key = "";
    private String ttl = "";
    private CamelContext camelContext;
    private volatile InterpolatedString[] compiled;

    /** The registry id of the target cache's store. */
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
        this.compiled = null;
    }

    /** The item's TTL, interpolated per message; empty: the cache's default. */
    public String getTtl() {
        return ttl;
    }

    public void setTtl(String ttl) {
        this.ttl = ttl;
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
    public void process(Exchange exchange) {
        List<Message> batch = BenthosExchange.batch(exchange).messages();
        try {
            for (int i = 0; i < batch.size(); i++) {
                write(batch, i);
            }
        } catch (NackException e) {
            LOG.error("Failed to send message to cache: {}", e.getMessage());
            throw e;
        }
    }

    /** Writes message {@code index}, its key and ttl interpolated against the batch (Benthos writes each message). */
    private void write(List<Message> batch, int index) {
        Message message = batch.get(index);
        InterpolatedString[] fields = compiled();
        String k;
        String ttlText;
        try {
            k = fields[0].render(batch, index);
        } catch (BloblangException e) {
            throw new NackException("key interpolation error: " + e.getMessage());
        }
        try {
            ttlText = fields[1].render(batch, index);
        } catch (BloblangException e) {
            throw new NackException("ttl interpolation error: " + e.getMessage());
        }
        Duration itemTtl;
        try {
            itemTtl = Caches.ttl(ttlText);
        } catch (GoTimeException e) {
            throw new NackException("ttl field: " + e.getMessage());
        }
        try {
            // the store keeps the array it is given, and the message may go on
            Caches.lookup(camelContext, cacheRef).set(k, message.content().clone(), itemTtl);
        } catch (CacheException e) {
            throw new NackException(e.getMessage());
        }
    }

    private InterpolatedString[] compiled() {
        InterpolatedString[] c = compiled;
        if (c == null) {
            c = new InterpolatedString[] {InterpolatedString.parse(key), InterpolatedString.parse(ttl)};
            compiled = c;
        }
        return c;
    }
}
