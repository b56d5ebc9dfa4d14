package io.camelbenthos.components.processors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.InterpolatedString;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code log} processor step: logs an interpolated message (plus the fields of an optional
 * {@code fields_mapping}, written logfmt style) at a level; the message itself passes unchanged.
 */
public class LogStep implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger("io.camelbenthos.log");
    private static final ObjectMapper JSON = new ObjectMapper();

    private String level = "INFO";
    private String message = "";
    private String fieldsMapping = "";
    private String path = "";
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

    /** One line per message, as Benthos's log processor writes. */
    private void log(List<Message> batch, int index) {
        String text;
        try {
            text = renderMessage(batch, index);
        } catch (BloblangException e) {
            LOG.error("{}: failed to interpolate log message: {}", path, e.getMessage());
            return;
        }
        StringBuilder line = new StringBuilder(text);
        appendFields(batch, index, line);
        line.append(" path=").append(path);
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

    private void appendFields(List<Message> batch, int index, StringBuilder line) {
        if (fieldsMapping.isBlank()) {
            return;
        }
        try {
            Mapping m = compiledFields;
            if (m == null) {
                m = Bloblang.parse(fieldsMapping);
                compiledFields = m;
            }
            Optional<Message> fields = m.apply(batch, index);
            if (fields.isPresent()) {
                JsonNode node = JSON.readTree(fields.get().content());
                for (Map.Entry<String, JsonNode> f : node.properties()) {
                    line.append(' ').append(f.getKey()).append('=')
                            .append(f.getValue().isTextual() ? quote(f.getValue().asText()) : f.getValue().toString());
                }
            }
        } catch (BloblangException | IOException e) {
            // Benthos logs the failure and still writes the line without the fields.
            LOG.error("{}: failed to execute fields mapping: {}", path, e.getMessage());
        }
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
