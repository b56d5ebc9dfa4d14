package io.camelbenthos.cache;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code multilevel} cache: other cache resources as levels, read-through and write-through as Benthos does.
 * {@code get} tries each level in order and, on a hit, passively {@code set}s the value (default TTL) into the levels
 * above it, only logging their failures; {@code set} and {@code delete} go to every level in order, stopping at the
 * first error ({@code delete} tolerates "not found"); {@code add} fails with "key already exists" when any level but
 * the last has the key, then adds to the last level and back up to the first.
 *
 * <p>The levels are the registry ids of their stores, looked up in the Camel context on use.
 */
public class MultilevelStore implements Cache, CamelContextAware {
    private static final Logger LOG = LoggerFactory.getLogger(MultilevelStore.class);
    /** The id prefix translation gives cache beans, stripped to name a level by its label in log lines. */
    private static final String RESOURCES = ".cache_resources.";

    private List<String> levels = new ArrayList<>();
    private CamelContext camelContext;

    /** The registry ids of the levels' stores, first level first. */
    public List<String> getLevels() {
        return levels;
    }

    public void setLevels(List<String> levels) {
        this.levels = List.copyOf(levels);
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
    public byte[] get(String key) throws CacheException {
        for (int i = 0; i < levels.size(); i++) {
            byte[] value;
            try {
                value = level(i).get(key);
            } catch (KeyNotFoundException e) {
                continue;
            }
            setAbovePassively(i, key, value);
            return value;
        }
        throw new KeyNotFoundException();
    }

    private void setAbovePassively(int found, String key, byte[] value) {
        for (int j = 0; j < found; j++) {
            try {
                level(j).set(key, value.clone(), null);
            } catch (CacheException | RuntimeException e) {
                LOG.error("Unable to passively set key '{}' for cache '{}': {}", key, label(j), e.getMessage());
            }
        }
    }

    @Override
    public void set(String key, byte[] value, Duration ttl) throws CacheException {
        for (int i = 0; i < levels.size(); i++) {
            level(i).set(key, copyUnlessLast(i, value), ttl);
        }
    }

    @Override
    public void add(String key, byte[] value, Duration ttl) throws CacheException {
        int last = levels.size() - 1;
        for (int i = 0; i < last; i++) {
            try {
                level(i).get(key);
            } catch (KeyNotFoundException e) {
                continue;
            }
            throw new KeyAlreadyExistsException();
        }
        level(last).add(key, value.clone(), ttl);
        for (int i = last - 1; i >= 0; i--) {
            level(i).add(key, i == 0 ? value : value.clone(), ttl);
        }
    }

    @Override
    public void delete(String key) throws CacheException {
        for (int i = 0; i < levels.size(); i++) {
            try {
                level(i).delete(key);
            } catch (KeyNotFoundException e) {
                // a level without the key is fine
            }
        }
    }

    /** Each level takes ownership of its array, so all but the last get a copy. */
    private byte[] copyUnlessLast(int i, byte[] value) {
        return i == levels.size() - 1 ? value : value.clone();
    }

    private Cache level(int i) {
        return Caches.lookup(camelContext, levels.get(i));
    }

    private String label(int i) {
        String id = levels.get(i);
        int at = id.lastIndexOf(RESOURCES);
        return at < 0 ? id : id.substring(at + RESOURCES.length());
    }
}
