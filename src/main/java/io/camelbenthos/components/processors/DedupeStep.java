package io.camelbenthos.components.processors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.cache.CacheException;
import io.camelbenthos.cache.Caches;
import io.camelbenthos.cache.KeyAlreadyExistsException;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code dedupe} processor's step, per message as Benthos: {@code add(key, "t")} with the cache's default TTL.
 * Added: the message goes on. Already there: dropped (acked). Another cache error: logged {@code Cache error: ...},
 * then dropped ({@code drop_on_err}, the default) or kept and flagged with it. A key that cannot be interpolated
 * flags the message and keeps it. The key is written before the message is delivered, as in Benthos.
 */
public class DedupeStep extends PerMessageStep implements CamelContextAware {
    private static final Logger LOG = LoggerFactory.getLogger(DedupeStep.class);
    private static final byte[] MARK = {'t'};

    private String cacheRef = "";
    private String key = "";
    private boolean dropOnErr = true;
    private CamelContext camelContext;
    private volatile InterpolatedString compiled;

    /** The registry id of the cache resource's store. */
    public String getCacheRef() {
        return cacheRef;
    }

    public void setCacheRef(String cacheRef) {
        this.cacheRef = cacheRef;
    }

    /** The key to deduplicate by, interpolated per message. */
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
        this.compiled = null;
    }

    /** Whether a message is dropped when the cache fails (other than "already exists"). */
    public boolean isDropOnErr() {
        return dropOnErr;
    }

    public void setDropOnErr(boolean dropOnErr) {
        this.dropOnErr = dropOnErr;
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
    protected Message process(Message message) {
        return process(message, List.of(message), 0);
    }

    /** The key sees the batch (Benthos's dedupe is a batch processor acting per message). */
    @Override
    protected Message process(Message message, List<Message> batch, int index) {
        String k;
        try {
            k = compiled().render(batch, index);
        } catch (BloblangException e) {
            throw new ProcessingError("key interpolation error: " + e.getMessage());
        }
        try {
            Caches.lookup(camelContext, cacheRef).add(k, MARK.clone(), null);
            return message;
        } catch (KeyAlreadyExistsException e) {
            return null;
        } catch (CacheException e) {
            LOG.error("Cache error: {}", e.getMessage());
            if (dropOnErr) {
                return null;
            }
            throw new ProcessingError(e.getMessage());
        }
    }

    private InterpolatedString compiled() {
        InterpolatedString c = compiled;
        if (c == null) {
            c = InterpolatedString.parse(key);
            compiled = c;
        }
        return c;
    }
}
