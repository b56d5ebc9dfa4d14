package io.camelbenthos.components.processors;

import io.camelbenthos.archive.Archives;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code archive} step: one message, a copy of message 0 (its metadata) whose content is the archive of every
 * message's content. A failure flags every message and the batch goes on unchanged.
 */
public class ArchiveStep extends BatchStep {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveStep.class);

    private String format = "binary";
    private String path = "";
    private volatile InterpolatedString compiledPath;

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
        this.compiledPath = null;
    }

    @Override
    protected List<List<Message>> process(List<Message> batch) throws IOException {
        byte[] content = switch (format) {
            case "concatenate" -> join(batch, null);
            case "lines" -> join(batch, (byte) '\n');
            case "json_array" -> jsonArray(batch);
            case "binary" -> Archives.binary(batch.stream().map(Message::content).toList());
            case "tar" -> Archives.tar(entries(batch));
            case "zip" -> Archives.zip(entries(batch));
            default -> throw new ProcessingError("archive format not recognised: " + format);
        };
        return List.of(List.of(batch.get(0).copy().setContent(content)));
    }

    private static byte[] join(List<Message> batch, Byte separator) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < batch.size(); i++) {
            if (separator != null && i > 0) {
                out.write(separator);
            }
            out.writeBytes(batch.get(i).content());
        }
        return out.toByteArray();
    }

    private static byte[] jsonArray(List<Message> batch) {
        List<Object> values = new ArrayList<>(batch.size());
        for (Message m : batch) {
            try {
                values.add(GoJsonDecoder.unmarshal(m.content(), true));
            } catch (QueryException e) {
                throw new ProcessingError("failed to parse message as JSON: " + e.getMessage());
            }
        }
        return GoJson.encodeBytes(values);
    }

    /** Each message as an entry named by {@code path}; a name that fails to render is logged and empty. */
    private List<Archives.Entry> entries(List<Message> batch) {
        InterpolatedString p = compiledPath;
        if (p == null) {
            p = InterpolatedString.parse(path);
            compiledPath = p;
        }
        List<Archives.Entry> entries = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            String name;
            try {
                name = p.render(batch, i);
            } catch (BloblangException e) {
                LOG.error("Name interpolation error: {}", e.getMessage());
                name = "";
            }
            entries.add(new Archives.Entry(name, batch.get(i).content()));
        }
        return entries;
    }
}
