package io.camelbenthos.components.processors;

import io.camelbenthos.archive.Archives;
import io.camelbenthos.archive.GoCsv;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code unarchive} step, per message: each message is replaced in place by its children, copies of it (its
 * metadata) with their own content ({@code archive_filename} for tar and zip entries, {@code archive_key} for
 * {@code json_map}); a message without children disappears; one that fails stays as it is, flagged.
 */
public class UnarchiveStep extends BatchStep {
    private String format = "binary";

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    @Override
    protected List<List<Message>> process(List<Message> batch) {
        List<Message> out = new ArrayList<>();
        for (Message m : batch) {
            try {
                out.addAll(children(m));
            } catch (ProcessingError e) {
                out.add(m.copy().setError(e));
            }
        }
        return List.of(out);
    }

    private List<Message> children(Message parent) {
        byte[] content = parent.content();
        List<Message> out = new ArrayList<>();
        switch (format) {
            case "tar", "zip" -> {
                List<Archives.Entry> entries;
                try {
                    entries = format.equals("tar") ? Archives.untar(content) : Archives.unzip(content);
                } catch (IOException e) {
                    throw new ProcessingError(e.getMessage());
                }
                for (Archives.Entry entry : entries) {
                    Message child = parent.copy().setContent(entry.content());
                    child.metadata().put("archive_filename", entry.name());
                    out.add(child);
                }
            }
            case "binary" -> {
                List<byte[]> parts = Archives.unbinary(content);
                if (parts == null) {
                    throw new ProcessingError(Archives.BAD_BINARY);
                }
                parts.forEach(p -> out.add(parent.copy().setContent(p)));
            }
            case "lines" -> {
                String text = new String(content, StandardCharsets.UTF_8);
                for (String line : text.split("\n", -1)) {
                    out.add(parent.copy().setContent(line.getBytes(StandardCharsets.UTF_8)));
                }
            }
            case "json_documents" -> {
                List<Object> values;
                try {
                    values = GoJsonDecoder.decodeEach(content);
                } catch (QueryException e) {
                    throw new ProcessingError(e.getMessage());
                }
                values.forEach(v -> out.add(structured(parent, v)));
            }
            case "json_array" -> {
                Object value = json(content, "failed to parse message into JSON array: ");
                if (!(value instanceof List<?> list)) {
                    throw new ProcessingError("failed to parse message into JSON array: invalid type '" + goType(value) + "'");
                }
                list.forEach(v -> out.add(structured(parent, v)));
            }
            case "json_map" -> {
                Object value = json(content, "failed to parse message into JSON map: ");
                if (!(value instanceof Map<?, ?> map)) {
                    throw new ProcessingError("failed to parse message into JSON map: invalid type '" + goType(value) + "'");
                }
                map.forEach((k, v) -> {
                    Message child = structured(parent, v);
                    child.metadata().put("archive_key", String.valueOf(k));
                    out.add(child);
                });
            }
            default -> out.addAll(csv(parent, format.equals("csv") ? ',' : format.charAt("csv:".length())));
        }
        return out;
    }

    private static List<Message> csv(Message parent, char delimiter) {
        List<List<String>> records;
        try {
            records = GoCsv.read(parent.contentAsString(), delimiter);
        } catch (GoCsv.CsvException e) {
            throw new ProcessingError("failed to parse message as csv: " + e.getMessage());
        }
        List<Message> out = new ArrayList<>();
        if (records.isEmpty()) {
            return out;
        }
        List<String> header = records.get(0);
        for (List<String> row : records.subList(1, records.size())) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                object.put(header.get(i), row.get(i));
            }
            out.add(structured(parent, object));
        }
        return out;
    }

    private static Object json(byte[] content, String prefix) {
        try {
            return GoJsonDecoder.unmarshal(content, true);
        } catch (QueryException e) {
            throw new ProcessingError(prefix + e.getMessage());
        }
    }

    private static Message structured(Message parent, Object value) {
        return parent.copy().setContent(GoJson.encodeBytes(value));
    }

    /** Go's {@code %T} of a decoded JSON value. */
    private static String goType(Object value) {
        if (value == null) {
            return "<nil>";
        }
        if (value instanceof Map<?, ?>) {
            return "map[string]interface {}";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        return value instanceof List<?> ? "[]interface {}" : "json.Number";
    }
}
