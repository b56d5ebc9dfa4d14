package io.camelbenthos.playground;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.Mapping;
import io.camelbenthos.message.Message;
import java.util.Optional;

/**
 * Runs one mapping on one input the way Benthos's blobl server does: a fresh message per request, the input as its
 * content (parsed as JSON only if the mapping reads {@code this}), the result printed like {@code blobl --pretty}.
 */
public final class PlaygroundExecutor {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    public PlaygroundResult execute(String mappingText, String input) {
        Mapping mapping;
        try {
            mapping = Bloblang.parse(mappingText);
        } catch (BloblangException e) {
            // Benthos ends this message with a newline; the page shows it verbatim.
            return PlaygroundResult.parseFailed("failed to parse mapping: " + e.getMessage() + "\n");
        }
        Optional<Message> output;
        try {
            output = mapping.apply(Message.of(input));
        } catch (BloblangException e) {
            return PlaygroundResult.executionFailed(e.getMessage());
        }
        // A deleted message prints as an empty result.
        return PlaygroundResult.success(output.map(PlaygroundExecutor::render).orElse(""));
    }

    /** Strings and bytes print raw; anything structured (the content is its JSON) prints indented. */
    private static String render(Message message) {
        String content = message.contentAsString();
        if (message.hasStructuredCache()) {
            Object value = message.structuredCache();
            return value instanceof String || value instanceof byte[] ? content : indentIfJson(content);
        }
        // Without the engine's parsed value, only containers are re-indented: a scalar looks the same either way.
        String trimmed = content.stripLeading();
        return trimmed.startsWith("{") || trimmed.startsWith("[") ? indentIfJson(content) : content;
    }

    private static String indentIfJson(String content) {
        try {
            JSON.readTree(content);
        } catch (JsonProcessingException e) {
            return content;
        }
        return GoJsonIndent.indent(content);
    }
}
