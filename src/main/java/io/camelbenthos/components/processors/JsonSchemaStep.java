package io.camelbenthos.components.processors;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.formats.JsonSchemaCheck;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.camel.ProcessingError;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code json_schema} processor's step: checks the content, parsed as JSON, against the schema (the validator of
 * the Bloblang {@code json_schema} method, draft 4/6/7) and never changes it. A violation flags the message with one
 * line per error, {@code <field> <description>}; content that is not JSON is flagged with the parse error.
 */
public class JsonSchemaStep extends PerMessageStep {
    private static final Logger LOG = LoggerFactory.getLogger(JsonSchemaStep.class);

    private String schema = "";
    private String schemaPath = "";
    private volatile JsonSchemaCheck compiled;

    /** An inline schema. */
    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
        this.compiled = null;
    }

    /** A {@code file://} or {@code http://} location of the schema. */
    public String getSchemaPath() {
        return schemaPath;
    }

    public void setSchemaPath(String schemaPath) {
        this.schemaPath = schemaPath;
        this.compiled = null;
    }

    @Override
    protected Message process(Message message) {
        Object doc;
        try {
            doc = GoJsonDecoder.decodeFirst(message.content());
        } catch (QueryException e) {
            throw new ProcessingError(e.getMessage());
        }
        try {
            compiled().check(doc);
        } catch (FormatException e) {
            LOG.debug("Failed to validate JSON: {}", e.getMessage());
            throw new ProcessingError(e.getMessage());
        }
        return message;
    }

    /** The compiled schema, loaded from {@code schema_path} once. @throws IllegalArgumentException Benthos's text */
    JsonSchemaCheck compiled() {
        JsonSchemaCheck c = compiled;
        if (c != null) {
            return c;
        }
        String text;
        if (!schemaPath.isEmpty()) {
            if (!schemaPath.startsWith("file://") && !schemaPath.startsWith("http://")) {
                throw new IllegalArgumentException(
                        "invalid schema_path provided, must start with file:// or http://");
            }
            text = load(schemaPath);
        } else if (!schema.isEmpty()) {
            text = schema;
        } else {
            throw new IllegalArgumentException("either schema or schema_path must be provided");
        }
        try {
            c = JsonSchemaCheck.compile(text);
        } catch (FormatException e) {
            throw new IllegalArgumentException("failed to load JSON schema definition: " + e.getMessage(), e);
        }
        compiled = c;
        return c;
    }

    private static String load(String location) {
        try {
            if (location.startsWith("file://")) {
                return Files.readString(Path.of(location.substring("file://".length())));
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(location))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("Could not read schema from HTTP, response status is " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalArgumentException("failed to load JSON schema definition: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("failed to load JSON schema definition: interrupted", e);
        }
    }
}
