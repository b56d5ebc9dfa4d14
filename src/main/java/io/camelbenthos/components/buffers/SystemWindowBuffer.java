package io.camelbenthos.components.buffers;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.buffer.SystemWindow;
import io.camelbenthos.buffer.WindowFlushStep;
import io.camelbenthos.buffer.WindowWriteStep;
import io.camelbenthos.components.BufferComponent;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import org.apache.camel.model.RouteDefinition;

/**
 * {@code buffer: system_window} (processors reference §21.2): the input's route ends at
 * {@code direct:<stream>.buffer}, whose step leaves the messages in the window state and holds the input's exchange
 * until they were acked; a {@code timer:} route flushes each window once the system clock passed its end (plus
 * {@code allowed_lateness}) and sends it to the pipeline as one transaction, each message carrying
 * {@code window_end_timestamp}. The input is acked only after the output acked its messages (no early ack).
 */
public final class SystemWindowBuffer implements BufferComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("system_window", ComponentKind.BUFFER, "beta",
            "Chops a stream of messages into tumbling or sliding windows of fixed temporal size, following the system "
                    + "clock.",
            List.of(FieldSpec.of("timestamp_mapping", FieldType.BLOBLANG, "root = now()",
                            "A Bloblang mapping applied to each message during ingestion that provides the timestamp to use "
                                    + "for allocating it a window. By default the function now() is used in order to "
                                    + "generate a fresh timestamp at the time of ingestion (the processing time), whereas "
                                    + "this mapping can instead extract a timestamp from the message itself (the event "
                                    + "time). The timestamp value assigned to root must either be a numerical unix time "
                                    + "in seconds (with up to nanosecond precision via decimals), or a string in ISO 8601 "
                                    + "format. If the mapping fails or provides an invalid result the message will be "
                                    + "dropped (with logging to describe the problem)."),
                    FieldSpec.required("size", FieldType.DURATION, "A duration string describing the size of each window."),
                    FieldSpec.of("slide", FieldType.DURATION, "",
                            "An optional duration string describing by how much time the beginning of each window "
                                    + "should be offset from the beginning of the previous, and therefore creates sliding "
                                    + "windows instead of tumbling. When specified this duration must be smaller than the "
                                    + "size of the window."),
                    FieldSpec.of("offset", FieldType.DURATION, "",
                            "An optional duration string to offset the beginning of each window by, otherwise they are "
                                    + "aligned to the zeroth minute and zeroth hour on the UTC clock. The offset cannot be "
                                    + "a larger or equal measure to the window size or the slide.").asAdvanced(),
                    FieldSpec.of("allowed_lateness", FieldType.DURATION, "",
                            "An optional duration string describing the length of time to wait after a window has "
                                    + "ended before flushing it, allowing late arrivals to be included. Since this "
                                    + "windowing buffer uses the system clock an allowed lateness can improve the matching "
                                    + "of messages when using event time.").asAdvanced()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public String translate(ComponentConfig config, String pipeline, TranslationContext context) {
        check(config);
        String id = context.stepId(null);
        SystemWindow window = new SystemWindow();
        window.setTimestampMapping(config.string("timestamp_mapping"));
        window.setSize(config.string("size"));
        window.setSlide(config.string("slide"));
        window.setOffset(config.string("offset"));
        window.setAllowedLateness(config.string("allowed_lateness"));
        String windowId = context.bind(id + ".window", window);

        WindowWriteStep write = new WindowWriteStep();
        write.setState(windowId);
        String writeUri = "direct:" + id;
        RouteDefinition writeRoute = context.addRoute(writeUri, id);
        String writeId = context.bind(context.uniqueId(id + ".write"), write);
        writeRoute.process(writeId).id(writeId);

        WindowFlushStep flush = new WindowFlushStep();
        flush.setState(windowId);
        String flushId = context.uniqueId(id + ".flush");
        RouteDefinition flushRoute = context.addRoute("timer:" + flushId + "?delay=0&period=" + window.tickMillis(), flushId);
        String flushStepId = context.bind(context.uniqueId(flushId + ".window"), flush);
        flushRoute.process(flushStepId).id(flushStepId);
        flushRoute.to(pipeline).id(context.uniqueId(flushId + ".send"));
        return writeUri;
    }

    /** Benthos's construction errors, at lint. */
    private static void check(ComponentConfig config) {
        long size = nanos(config, "size");
        long slide = nanos(config, "slide");
        long offset = nanos(config, "offset");
        long lateness = nanos(config, "allowed_lateness");
        if (size <= 0) {
            throw new ConfigException(config.position("size"), "failed to parse field 'size' as duration: must be greater than 0");
        }
        if (slide > 0 && slide >= size) {
            throw new ConfigException(config.position("slide"), "invalid window slide '" + GoDuration.format(slide)
                    + "' must be lower than the size '" + GoDuration.format(size) + "'");
        }
        if (offset > 0 && offset >= size) {
            throw new ConfigException(config.position("offset"), "invalid offset '" + GoDuration.format(offset)
                    + "' must be lower than the size '" + GoDuration.format(size) + "'");
        }
        if (offset > 0 && slide > 0 && offset >= slide) {
            throw new ConfigException(config.position("offset"), "invalid offset '" + GoDuration.format(offset)
                    + "' must be lower than the slide '" + GoDuration.format(slide) + "'");
        }
        if (lateness > 0 && lateness >= size) {
            throw new ConfigException(config.position("allowed_lateness"), "invalid allowed_lateness '"
                    + GoDuration.format(lateness) + "' must be lower than the size '" + GoDuration.format(size) + "'");
        }
    }

    private static long nanos(ComponentConfig config, String field) {
        String text = config.string(field);
        return text == null || text.isEmpty() ? 0 : GoDuration.parse(text);
    }
}
