package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.methods.encoding.Codecs;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code compress} processor's step: replaces the content with its compressed bytes (the codecs of the Bloblang
 * {@code compress()} method); metadata untouched. A failure (an invalid level) is logged and flags the message,
 * unchanged.
 */
public class CompressStep extends PerMessageStep {
    private static final Logger LOG = LoggerFactory.getLogger(CompressStep.class);

    private String algorithm = "gzip";
    private long level = -1;
    private volatile Codecs.Compressor codec;

    public String getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(String algorithm) {
        this.algorithm = algorithm;
        this.codec = null;
    }

    /** The level, -1 for the algorithm's default. */
    public long getLevel() {
        return level;
    }

    public void setLevel(long level) {
        this.level = level;
    }

    @Override
    protected Message process(Message message) {
        int l = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, level));
        try {
            return message.setContent(codec().compress(l, message.content()));
        } catch (IOException | RuntimeException e) {
            String text = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.error("Failed to compress message: {}", text);
            throw new ProcessingError(text);
        }
    }

    private Codecs.Compressor codec() {
        Codecs.Compressor c = codec;
        if (c == null) {
            c = Codecs.compressor(algorithm);
            codec = c;
        }
        return c;
    }
}
