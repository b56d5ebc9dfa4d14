package io.camelbenthos.files;

import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.camel.NackException;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code file} output's step (connectors reference §7.2): each message of a batch, in order, is written to the
 * file its {@code path} interpolates to (parent directories created). {@code lines}, {@code delim:x} and
 * {@code append} append, keeping the file open while the path stays the same, and add the delimiter only when the
 * message does not already end with it; {@code all-bytes} rewrites the file per message. A failure nacks the batch.
 */
public class FileWriteStep implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(FileWriteStep.class);

    private String path = "";
    private String codec = "lines";
    private volatile InterpolatedString compiled;
    private Path openPath;
    private FileChannel open;

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getCodec() {
        return codec;
    }

    public void setCodec(String codec) {
        this.codec = codec;
    }

    /** The delimiter a codec appends ("" for none), or null when the codec is not one Benthos knows. */
    public static String suffix(String codec) {
        return switch (codec) {
            case "lines" -> "\n";
            case "append", "all-bytes" -> "";
            default -> codec.startsWith("delim:") && codec.length() > "delim:".length()
                    ? codec.substring("delim:".length()) : null;
        };
    }

    @Override
    public void process(Exchange exchange) {
        List<Message> batch = BenthosExchange.batch(exchange).messages();
        for (Message m : batch) {
            try {
                write(m);
            } catch (NackException e) {
                LOG.error("Failed to send message to file: {}", e.getMessage());
                throw e;
            }
        }
    }

    private synchronized void write(Message m) {
        String rendered;
        try {
            rendered = template().render(m);
        } catch (BloblangException e) {
            throw new NackException("path interpolation error: " + e.getMessage());
        }
        Path target = Path.of(rendered.isEmpty() ? "." : rendered).normalize();
        boolean append = !codec.equals("all-bytes");
        try {
            FileChannel channel = channel(target, append);
            try {
                channel.write(ByteBuffer.wrap(m.content()));
                byte[] delim = suffix(codec).getBytes(StandardCharsets.UTF_8);
                if (delim.length > 0 && !endsWith(m.content(), delim)) {
                    channel.write(ByteBuffer.wrap(delim));
                }
            } finally {
                if (!append) {
                    closeOpen();
                }
            }
        } catch (IOException e) {
            closeOpen();
            throw new NackException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private FileChannel channel(Path target, boolean append) throws IOException {
        if (open != null && target.equals(openPath)) {
            return open;
        }
        closeOpen();
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        open = FileChannel.open(target, append
                ? Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                : Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        openPath = target;
        return open;
    }

    private void closeOpen() {
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                LOG.debug("Closing '{}': {}", openPath, e.getMessage());
            }
            open = null;
            openPath = null;
        }
    }

    private static boolean endsWith(byte[] content, byte[] suffix) {
        return content.length >= suffix.length && Arrays.equals(content, content.length - suffix.length,
                content.length, suffix, 0, suffix.length);
    }

    private InterpolatedString template() {
        InterpolatedString t = compiled;
        if (t == null) {
            t = InterpolatedString.parse(path);
            compiled = t;
        }
        return t;
    }
}
