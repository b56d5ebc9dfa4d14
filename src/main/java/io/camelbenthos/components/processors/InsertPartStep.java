package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.message.Message;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code insert_part} step: a copy of message 0 with the content interpolated once against the batch's message
 * 0, inserted at {@code index} (negative: from the end, -1 appends). An interpolation error is logged and the batch
 * goes on unchanged.
 */
public class InsertPartStep extends BatchStep {
    private static final Logger LOG = LoggerFactory.getLogger(InsertPartStep.class);

    private long index = -1;
    private String content = "";
    private volatile InterpolatedString compiled;

    public long getIndex() {
        return index;
    }

    public void setIndex(long index) {
        this.index = index;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
        this.compiled = null;
    }

    @Override
    protected List<List<Message>> process(List<Message> batch) {
        InterpolatedString c = compiled;
        if (c == null) {
            c = InterpolatedString.parse(content);
            compiled = c;
        }
        byte[] bytes;
        try {
            bytes = c.renderBytes(batch, 0);
        } catch (BloblangException e) {
            LOG.error("Content interpolation error: {}", e.getMessage());
            return List.of(batch);
        }
        int n = batch.size();
        long at = index < 0 ? Math.max(n + index + 1, 0) : Math.min(index, n);
        List<Message> out = new ArrayList<>(n + 1);
        for (Message m : batch) {
            out.add(m.copy());
        }
        out.add((int) at, batch.get(0).copy().setContent(bytes));
        return List.of(out);
    }
}
