package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.bloblang.value.Values;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.logging.BenthosLogging;
import io.camelbenthos.message.Message;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The {@code log} processor step (processors reference §19.1): logs an interpolated message at a level, plus the
 * fields of an optional {@code fields_mapping} and of the deprecated {@code fields}, in sorted key order and written
 * logfmt style, then {@code path} and {@code custom_source=true}; the message itself passes unchanged.
 */
public class LogStep implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger("io.camelbenthos.log");

    private String level = "INFO";
    private String message = "";
    private String fieldsMapping = "";
    private Map<String, String> fields = new TreeMap<>();
    private volatile Map<String, InterpolatedString> compiledFieldValues;
    private String path = "";
    private String label = "";
    private volatile InterpolatedString compiledMessage;
    private volatile Mapping compiledFields;

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level.toUpperCase(Locale.ROOT);
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
        this.compiledMessage = null;
    }

    public String getFieldsMapping() {
        return fieldsMapping;
    }

    public void setFieldsMapping(String fieldsMapping) {
        this.fieldsMapping = fieldsMapping;
        this.compiledFields = null;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    /** The deprecated {@code fields}: interpolated per message, they override {@code fields_mapping}'s keys. */
    public Map<String, String> getFields() {
        return fields;
    }

    public void setFields(Map<String, String> fields) {
        this.fields = new TreeMap<>(fields);
        this.compiledFieldValues = null;
    }

    /**
     * As Benthos: a message that cannot be interpolated, or whose fields mapping fails or yields no object, gets no
     * line at all, only an error saying why; the message itself is never changed or flagged.
     */
    @Override
    public void process(Exchange exchange) {
        if (!enabled()) {
            return;
        }
        List<Message> batch = BenthosExchange.batch(exchange).messages();
        for (int i = 0; i < batch.size(); i++) {
            log(batch, i);
        }
    }

    /** One line per message of the batch, as Benthos's log processor writes. */
    private void log(List<Message> batch, int index) {
        String text;
        try {
            text = renderMessage(batch, index);
        } catch (BloblangException e) {
            LOG.error("{}: Message interpolation error: {}", path, e.getMessage());
            return;
        }
        Map<String, Object> all = new TreeMap<>();
        if (!mappedFields(batch, index, all) || !interpolatedFields(batch, index, all)) {
            return;
        }
        if (BenthosLogging.active()) {
            writeStructured(text, all);
            return;
        }
        StringBuilder line = new StringBuilder(text);
        all.forEach((k, v) -> line.append(' ').append(k).append('=')
                .append(v instanceof String str ? quote(str) : GoJson.encode(v, false)));
        line.append(" path=").append(path).append(" custom_source=true");
        write(line.toString());
    }

    private String renderMessage(List<Message> batch, int index) {
        if (!message.contains("${!")) {
            return message;
        }
        InterpolatedString m = compiledMessage;
        if (m == null) {
            m = InterpolatedString.parse(message);
            compiledMessage = m;
        }
        return m.render(batch, index);
    }

    /** Adds the object {@code fields_mapping} yields (the body when it never assigns root); false: skip the line. */
    private boolean mappedFields(List<Message> batch, int index, Map<String, Object> into) {
        if (fieldsMapping.isBlank()) {
            return true;
        }
        Optional<Message> result;
        try {
            Mapping m = compiledFields;
            if (m == null) {
                m = Bloblang.parse(fieldsMapping);
                compiledFields = m;
            }
            result = m.apply(batch, index);
        } catch (BloblangException e) {
            LOG.error("{}: Failed to execute fields mapping: {}", path, e.getMessage());
            return false;
        }
        if (result.isEmpty()) {
            return true; // deleted: no fields
        }
        Object value;
        try {
            value = GoJsonDecoder.decodeFirst(result.get().content());
        } catch (QueryException e) {
            LOG.error("{}: Failed to extract fields object: {}", path, e.getMessage());
            return false;
        }
        if (!(value instanceof Map<?, ?> object)) {
            LOG.error("{}: Fields mapping yielded a non-object result: {}", path, Values.typeName(value));
            return false;
        }
        object.forEach((k, v) -> into.put(String.valueOf(k), v));
        return true;
    }

    private boolean interpolatedFields(List<Message> batch, int index, Map<String, Object> into) {
        if (fields.isEmpty()) {
            return true;
        }
        Map<String, InterpolatedString> compiledValues = compiledFieldValues;
        if (compiledValues == null) {
            compiledValues = new TreeMap<>();
            for (Map.Entry<String, String> f : fields.entrySet()) {
                compiledValues.put(f.getKey(), InterpolatedString.parse(f.getValue()));
            }
            compiledFieldValues = compiledValues;
        }
        for (Map.Entry<String, InterpolatedString> f : compiledValues.entrySet()) {
            try {
                into.put(f.getKey(), f.getValue().render(batch, index));
            } catch (BloblangException e) {
                LOG.error("{}: Field {} interpolation error: {}", path, f.getKey(), e.getMessage());
                return false;
            }
        }
        return true;
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./:@-]+") ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private boolean enabled() {
        return switch (level) {
            case "FATAL", "ERROR" -> LOG.isErrorEnabled();
            case "WARN" -> LOG.isWarnEnabled();
            case "DEBUG" -> LOG.isDebugEnabled();
            case "TRACE", "ALL" -> LOG.isTraceEnabled();
            case "OFF", "NONE" -> false;
            default -> LOG.isInfoEnabled();
        };
    }

    /**
     * Under the command line's logger the fields are the line's own (logfmt or JSON, as the logger block says),
     * with the processor's {@code label} and {@code path} as Benthos adds them.
     */
    private void writeStructured(String text, Map<String, Object> fields) {
        LoggingEventBuilder event = switch (level) {
            case "FATAL", "ERROR" -> LOG.atError();
            case "WARN" -> LOG.atWarn();
            case "DEBUG" -> LOG.atDebug();
            case "TRACE", "ALL" -> LOG.atTrace();
            default -> LOG.atInfo();
        };
        event = event.addKeyValue("label", label).addKeyValue("path", path).addKeyValue("custom_source", true);
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            event = event.addKeyValue(field.getKey(), field.getValue());
        }
        event.log(text);
    }

    private void write(String line) {
        switch (level) {
            case "FATAL", "ERROR" -> LOG.error(line);
            case "WARN" -> LOG.warn(line);
            case "DEBUG" -> LOG.debug(line);
            case "TRACE", "ALL" -> LOG.trace(line);
            default -> LOG.info(line);
        }
    }
}
