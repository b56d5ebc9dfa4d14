package io.camelbenthos.buffer;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.bloblang.go.GoTimeLayout;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.message.Message;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The state of a {@code system_window} buffer (processors reference §21.2): messages wait here, keyed by the time
 * {@code timestamp_mapping} gives them, until the system clock passes the end of their window plus
 * {@code allowed_lateness}. Window {@code k} covers {@code (S, S + size]} with {@code S = k * epoch + offset} on the
 * UTC clock, {@code epoch} being {@code slide} when set, else {@code size}: a timestamp exactly on a window's end
 * belongs to that (earlier) window, and with a slide a message may belong to several windows.
 *
 * <p>Shared through the Camel registry by the buffer's write step and its flush route. A JavaBean for export: the
 * settings are Benthos's fields as written; the clock is passed in, so tests control it.
 */
public class SystemWindow {
    /** Metadata key each flushed message carries: the window's end, RFC 3339 with nanoseconds. */
    public static final String END_METADATA = "window_end_timestamp";

    private String timestampMapping = "root = now()";
    private String size = "";
    private String slide = "";
    private String offset = "";
    private String allowedLateness = "";

    private volatile Mapping mapping;
    private final List<WindowEntry> pending = new ArrayList<>();
    private long lastFlushedEnd = Long.MIN_VALUE;

    public String getTimestampMapping() {
        return timestampMapping;
    }

    public void setTimestampMapping(String timestampMapping) {
        this.timestampMapping = timestampMapping;
        this.mapping = null;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getSlide() {
        return slide;
    }

    public void setSlide(String slide) {
        this.slide = slide;
    }

    public String getOffset() {
        return offset;
    }

    public void setOffset(String offset) {
        this.offset = offset;
    }

    public String getAllowedLateness() {
        return allowedLateness;
    }

    public void setAllowedLateness(String allowedLateness) {
        this.allowedLateness = allowedLateness;
    }

    /** A duration field in nanoseconds; empty is 0. */
    private static long nanos(String duration) {
        return duration == null || duration.isEmpty() ? 0 : GoDuration.parse(duration);
    }

    private long epoch() {
        long s = nanos(slide);
        return s > 0 ? s : nanos(size);
    }

    /** How often the flush route should look for a finished window: a tenth of the epoch, within 10 ms .. 100 ms. */
    public long tickMillis() {
        return Math.max(10, Math.min(100, epoch() / 10_000_000));
    }

    /**
     * The message's timestamp in unix nanoseconds, by {@code timestamp_mapping} seeing the batch.
     *
     * @throws WindowException with Benthos's text when the mapping fails or its result is no timestamp
     */
    public long timestamp(List<Message> batch, int index) {
        Mapping m = mapping;
        if (m == null) {
            m = Bloblang.parse(timestampMapping);
            mapping = m;
        }
        Optional<Message> result;
        try {
            result = m.apply(batch, index);
        } catch (RuntimeException e) {
            throw new WindowException("timestamp mapping failed: " + e.getMessage());
        }
        if (result.isEmpty()) {
            throw new WindowException("timestamp mapping failed: message was deleted");
        }
        Message out = result.get();
        Object value;
        if (out.hasStructuredCache()) {
            value = out.structuredCache();
        } else {
            String text = out.contentAsString();
            try {
                value = text.matches("-?[0-9]+") ? (Object) Long.parseLong(text)
                        : text.matches("-?[0-9]*\\.[0-9]+([eE][-+]?[0-9]+)?") ? (Object) Double.parseDouble(text) : text;
            } catch (NumberFormatException e) {
                throw new WindowException("unable to parse result of timestamp mapping as structured value: " + e.getMessage());
            }
        }
        try {
            ZonedDateTime t = Values.getTimestamp(value);
            Instant i = t.toInstant();
            return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano());
        } catch (RuntimeException e) {
            throw new WindowException("unable to parse result of timestamp mapping as timestamp: " + e.getMessage());
        }
    }

    /**
     * Holds the messages of one input transaction. A message whose timestamp is not after the last flushed window's
     * end is dropped (acked) at once.
     *
     * @param complete called once with the transaction's outcome (null: ack) after every held message was acked or
     *                 dropped; called before this returns when nothing was held
     */
    public void add(List<Message> messages, long[] timestamps, Map<String, Object> properties,
                    Consumer<Throwable> complete) {
        WindowAck ack = new WindowAck(complete);
        ack.hold(); // this call's own hold: nothing completes before every message is in
        synchronized (this) {
            for (int i = 0; i < messages.size(); i++) {
                if (timestamps[i] <= lastFlushedEnd) {
                    continue;
                }
                ack.hold();
                pending.add(new WindowEntry(messages.get(i), timestamps[i], ack, properties));
            }
        }
        ack.done(null);
    }

    /** Messages waiting (for tests and monitoring). */
    public synchronized int pendingCount() {
        return pending.size();
    }

    /**
     * The earliest window that is over at {@code nowNanos} (its end plus {@code allowed_lateness} passed), or empty.
     * Its messages are copies carrying {@link #END_METADATA}; messages that can belong to no later window leave the
     * buffer (those never delivered are dropped and acked).
     */
    public synchronized Optional<FlushedWindow> flush(long nowNanos) {
        long size = nanos(this.size);
        long epoch = epoch();
        long offset = nanos(this.offset);
        long end = Long.MAX_VALUE;
        for (WindowEntry e : pending) {
            end = Math.min(end, firstEndAfter(e.timestamp, lastFlushedEnd, size, epoch, offset));
        }
        if (end == Long.MAX_VALUE || end > nowNanos - nanos(allowedLateness)) {
            return Optional.empty();
        }
        String endText = GoTimeLayout.formatRfc3339Nano(Instant.ofEpochSecond(Math.floorDiv(end, 1_000_000_000L),
                Math.floorMod(end, 1_000_000_000L)).atZone(ZoneOffset.UTC));
        List<Message> batch = new ArrayList<>();
        List<WindowAck> acks = new ArrayList<>();
        Map<String, Object> properties = null;
        List<WindowAck> dropped = new ArrayList<>();
        for (Iterator<WindowEntry> it = pending.iterator(); it.hasNext(); ) {
            WindowEntry e = it.next();
            if (e.timestamp > end - size && e.timestamp <= end) {
                Message copy = e.message.copy();
                copy.metadata().put(END_METADATA, endText);
                batch.add(copy);
                if (properties == null) {
                    properties = e.properties;
                }
                if (!e.delivered) {
                    e.delivered = true;
                    acks.add(e.ack);
                }
            }
            if (lastEnd(e.timestamp, size, epoch, offset) <= end) {
                it.remove();
                if (!e.delivered) {
                    dropped.add(e.ack);
                }
            }
        }
        lastFlushedEnd = end;
        dropped.forEach(a -> a.done(null));
        return Optional.of(new FlushedWindow(endText, batch, properties == null ? Map.of() : properties,
                failure -> acks.forEach(a -> a.done(failure))));
    }

    /** Nacks every message still waiting ("message rejected as window did not complete"): the stream is stopping. */
    public void rejectPending() {
        List<WindowEntry> rejected;
        synchronized (this) {
            rejected = new ArrayList<>(pending);
            pending.clear();
        }
        IllegalStateException error = new IllegalStateException("message rejected as window did not complete");
        for (WindowEntry e : rejected) {
            if (!e.delivered) {
                e.ack.done(error);
            }
        }
    }

    /** The end of the first window containing {@code ts} that ends after {@code after}. */
    static long firstEndAfter(long ts, long after, long size, long epoch, long offset) {
        long kMin = Math.floorDiv(ts - size - offset + epoch - 1, epoch);
        long kAfter = Math.floorDiv(after == Long.MIN_VALUE ? Long.MIN_VALUE / 2 : after - size - offset, epoch) + 1;
        long kMax = Math.floorDiv(ts - offset - 1, epoch);
        long k = Math.max(kMin, kAfter);
        return k <= kMax ? k * epoch + offset + size : Long.MAX_VALUE;
    }

    /** The end of the last window containing {@code ts}. */
    static long lastEnd(long ts, long size, long epoch, long offset) {
        long kMax = Math.floorDiv(ts - offset - 1, epoch);
        return kMax * epoch + offset + size;
    }

    /**
     * One flushed window.
     *
     * @param end        its end, as written in the metadata
     * @param properties the exchange properties of its first message's transaction (its result store)
     * @param settle     to call once with the delivery's outcome (null: acked): acks the messages first delivered here
     */
    public record FlushedWindow(String end, List<Message> messages, Map<String, Object> properties,
                                Consumer<Throwable> settle) {
    }
}
