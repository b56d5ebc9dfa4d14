package io.camelbenthos.components.processors;

import io.camelbenthos.exec.Subprocess;
import io.camelbenthos.message.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code subprocess} processor's step (processors reference §20): one long-lived child process (see
 * {@link Subprocess}), started with the step and restarted when it exits. Each message is written to its stdin by
 * {@code codec_send} and its answer on stdout replaces the content; an answer on stderr is logged and flags the message
 * unchanged. With {@code lines} each line of a message is its own exchange and the answers are joined by newlines.
 * The exchanges run on the child's own thread; the pipeline thread goes back at once.
 */
public class SubprocessStep extends AsyncMessageStep {
    private static final Logger LOG = LoggerFactory.getLogger(SubprocessStep.class);
    private static final byte[] NEWLINE = {'\n'};
    private static final byte[] COMMA = {','};

    private String name = "";
    private List<String> args = List.of();
    private int maxBuffer = 65536;
    private String codecSend = "lines";
    private String codecRecv = "lines";
    private String threadName = "subprocess";
    private volatile Subprocess subprocess;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getArgs() {
        return args;
    }

    public void setArgs(List<String> args) {
        this.args = List.copyOf(args);
    }

    public int getMaxBuffer() {
        return maxBuffer;
    }

    public void setMaxBuffer(int maxBuffer) {
        this.maxBuffer = maxBuffer;
    }

    public String getCodecSend() {
        return codecSend;
    }

    public void setCodecSend(String codecSend) {
        this.codecSend = codecSend;
    }

    public String getCodecRecv() {
        return codecRecv;
    }

    public void setCodecRecv(String codecRecv) {
        this.codecRecv = codecRecv;
    }

    /** The name of the child's thread (the step id). */
    public String getThreadName() {
        return threadName;
    }

    public void setThreadName(String threadName) {
        this.threadName = threadName;
    }

    /** The running child (null before the start and after the stop), for tests. */
    public Subprocess subprocess() {
        return subprocess;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        subprocess = new Subprocess(name, args, codecRecv, maxBuffer, threadName);
    }

    @Override
    protected void doStop() throws Exception {
        Subprocess s = subprocess;
        subprocess = null;
        if (s != null) {
            s.close();
        }
        super.doStop();
    }

    @Override
    protected CompletableFuture<Message> process(Message message, List<Message> batch, int index) {
        Subprocess s = subprocess;
        if (s == null) {
            return CompletableFuture.failedFuture(new IOException("type was closed"));
        }
        byte[] content = message.content();
        return s.submit(() -> {
            try {
                return message.setContent(send(s, content));
            } catch (IOException e) {
                LOG.error("Failed to send message to subprocess: {}", e.getMessage());
                throw e;
            }
        });
    }

    /** On the child's thread: the message's exchanges by {@code codec_send}, and the new content. */
    private byte[] send(Subprocess s, byte[] content) throws IOException {
        switch (codecSend) {
            case "length_prefixed_uint32_be" -> {
                return s.exchange(ByteBuffer.allocate(4).putInt(content.length).array(), content, null);
            }
            case "netstring" -> {
                return s.exchange((content.length + ":").getBytes(StandardCharsets.US_ASCII), content, COMMA);
            }
            default -> {
                // lines: one exchange per line; a trailing newline gives a trailing empty line back, unsent
                List<byte[]> lines = split(content);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        out.write('\n');
                    }
                    byte[] line = lines.get(i);
                    if (line.length == 0 && lines.size() > 1 && i == lines.size() - 1) {
                        continue;
                    }
                    out.writeBytes(s.exchange(null, line, NEWLINE));
                }
                return out.toByteArray();
            }
        }
    }

    /** Go's {@code bytes.Split(content, "\n")}. */
    private static List<byte[]> split(byte[] content) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n') {
                parts.add(java.util.Arrays.copyOfRange(content, start, i));
                start = i + 1;
            }
        }
        parts.add(java.util.Arrays.copyOfRange(content, start, content.length));
        return parts;
    }
}
