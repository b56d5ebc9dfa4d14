package io.camelbenthos.components.processors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.go.GoTimeException;
import io.camelbenthos.cache.Cache;
import io.camelbenthos.cache.CacheException;
import io.camelbenthos.cache.Caches;
import io.camelbenthos.cache.KeyAlreadyExistsException;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;

/**
 * The {@code cache} processor's step, per message as Benthos: interpolate {@code key}, {@code value} and {@code ttl},
 * then run the operator. {@code set}/{@code add} store the {@code value} field (empty by default, not the message);
 * {@code get} replaces the content with the cached bytes, keeping the metadata; {@code delete} removes the key;
 * {@code exists} replaces the content with {@code true} or {@code false} and never fails (any error is
 * {@code false}). A failure flags the message, unchanged.
 */
public class CacheStep extends PerMessageStep implements CamelContextAware {
    private String cacheRef = "";
    private String operator = "get";
    private String key = "";
    private String value = "";
    private String ttl = "";
    private CamelContext camelContext;
    private volatile InterpolatedString[] compiled;

    /** The registry id of the cache resource's store. */
    public String getCacheRef() {
        return cacheRef;
    }

    public void setCacheRef(String cacheRef) {
        this.cacheRef = cacheRef;
    }

    /** {@code set}, {@code add}, {@code get}, {@code delete} or {@code exists}. */
    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        if (!CacheProcessor.OPERATORS.contains(operator)) {
            throw new IllegalArgumentException("operator not recognised: " + operator);
        }
        this.operator = operator;
    }

    /** The key, interpolated per message. */
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
        this.compiled = null;
    }

    /** The value stored by {@code set} and {@code add}, interpolated per message. */
    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
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
    protected Message process(Message message) throws Exception {
        return process(message, List.of(message), 0);
    }

    /** The interpolations see the batch (Benthos's cache processor is a batch processor acting per message). */
    @Override
    protected Message process(Message message, List<Message> batch, int index) throws Exception {
        InterpolatedString[] fields = compiled();
        String k = render(fields[0], batch, index, "key interpolation error: ");
        byte[] v;
        try {
            v = fields[1].renderBytes(batch, index);
        } catch (BloblangException e) {
            throw new ProcessingError("value interpolation error: " + e.getMessage());
        }
        Duration itemTtl;
        try {
            itemTtl = Caches.ttl(render(fields[2], batch, index, "ttl interpolation error: "));
        } catch (GoTimeException e) {
            throw new ProcessingError("ttl must be a duration: " + e.getMessage());
        }
        Cache cache = Caches.lookup(camelContext, cacheRef);
        try {
            switch (operator) {
                case "set" -> cache.set(k, v, itemTtl);
                case "add" -> cache.add(k, v, itemTtl);
                case "get" -> message.setContent(cache.get(k));
                case "delete" -> cache.delete(k);
                default -> message.setContent(exists(cache, k).getBytes(StandardCharsets.UTF_8));
            }
        } catch (KeyAlreadyExistsException e) {
            throw new ProcessingError("key already exists: " + k);
        } catch (CacheException e) {
            throw new ProcessingError("operator failed for key '" + k + "': " + e.getMessage());
        }
        return message;
    }

    private static String exists(Cache cache, String key) {
        try {
            cache.get(key);
            return "true";
        } catch (CacheException | RuntimeException e) {
            return "false";
        }
    }

    private static String render(InterpolatedString field, List<Message> batch, int index, String errorPrefix) {
        try {
            return field.render(batch, index);
        } catch (BloblangException e) {
            throw new ProcessingError(errorPrefix + e.getMessage());
        }
    }

    private InterpolatedString[] compiled() {
        InterpolatedString[] c = compiled;
        if (c == null) {
            c = new InterpolatedString[] {InterpolatedString.parse(key), InterpolatedString.parse(value),
                    InterpolatedString.parse(ttl)};
            compiled = c;
        }
        return c;
    }
}
