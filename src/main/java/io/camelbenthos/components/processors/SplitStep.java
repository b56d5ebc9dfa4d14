package io.camelbenthos.components.processors;

import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code split} step: consecutive batches of at most {@code size} messages and {@code byteSize} bytes. */
public class SplitStep extends BatchStep {
    private static final Logger LOG = LoggerFactory.getLogger(SplitStep.class);

    private long size = 1;
    private long byteSize;

    public long getSize() {
        return size;
    }

    public void setSize(long size) {
        this.size = size;
    }

    public long getByteSize() {
        return byteSize;
    }

    public void setByteSize(long byteSize) {
        this.byteSize = byteSize;
    }

    @Override
    protected List<List<Message>> process(List<Message> batch) {
        List<List<Message>> out = new ArrayList<>();
        List<Message> current = new ArrayList<>();
        long bytes = 0;
        for (Message m : batch) {
            int length = m.content().length;
            boolean full = (size > 0 && current.size() >= size)
                    || (byteSize > 0 && !current.isEmpty() && bytes + length > byteSize);
            if (full) {
                out.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            if (byteSize > 0 && length > byteSize) {
                LOG.warn("A single message exceeds the target batch byte size of '{}', actual size: '{}'", byteSize, length);
            }
            current.add(m);
            bytes += length;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
