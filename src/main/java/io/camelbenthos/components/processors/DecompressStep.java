package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.methods.encoding.Codecs;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code decompress} processor's step: replaces the content with its decompressed bytes (the codecs of the
 * Bloblang {@code decompress()} method); metadata untouched. Content that does not decompress is logged and flags
 * the message, unchanged.
 */
public class DecompressStep extends PerMessageStep {
    private static final Logger LOG = LoggerFactory.getLogger(DecompressStep.class);

    private String algorithm = "gzip";
    private volatile Codecs.Decompressor codec;

    public String getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(String algorithm) {
        this.algorithm = algorithm;
        this.codec = null;
    }

    @Override
    protected Message process(Message message) {
        try {
            return message.setContent(codec().decompress(message.content()));
        } catch (IOException | RuntimeException e) {
            String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.error("Failed to decompress message part: {}", text);
            throw new ProcessingError(text);
        }
    }

    private Codecs.Decompressor codec() {
        Codecs.Decompressor c = codec;
        if (c == null) {
            c = Codecs.decompressor(algorithm);
            codec = c;
        }
        return c;
    }
}
