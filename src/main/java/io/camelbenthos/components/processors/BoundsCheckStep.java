package io.camelbenthos.components.processors;

import io.camelbenthos.message.Message;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code bounds_check} step: the whole batch, or nothing when its count or any message's size is out of bounds. */
public class BoundsCheckStep extends BatchStep {
    private static final Logger LOG = LoggerFactory.getLogger(BoundsCheckStep.class);

    private long maxPartSize = 1073741824L;
    private long minPartSize = 1;
    private long maxParts = 100;
    private long minParts = 1;

    public long getMaxPartSize() {
        return maxPartSize;
    }

    public void setMaxPartSize(long maxPartSize) {
        this.maxPartSize = maxPartSize;
    }

    public long getMinPartSize() {
        return minPartSize;
    }

    public void setMinPartSize(long minPartSize) {
        this.minPartSize = minPartSize;
    }

    public long getMaxParts() {
        return maxParts;
    }

    public void setMaxParts(long maxParts) {
        this.maxParts = maxParts;
    }

    public long getMinParts() {
        return minParts;
    }

    public void setMinParts(long minParts) {
        this.minParts = minParts;
    }

    @Override
    protected List<List<Message>> process(List<Message> batch) {
        int n = batch.size();
        if (n < minParts) {
            LOG.debug("Rejecting message due to message parts below minimum ({}): {}", minParts, n);
            return List.of();
        }
        if (n > maxParts) {
            LOG.debug("Rejecting message due to message parts exceeding limit ({}): {}", maxParts, n);
            return List.of();
        }
        for (Message m : batch) {
            int size = m.content().length;
            if (size > maxPartSize || size < minPartSize) {
                LOG.debug("Rejecting message due to message part size ({} -> {}): {}", minPartSize, maxPartSize, size);
                return List.of();
            }
        }
        return List.of(batch);
    }
}
