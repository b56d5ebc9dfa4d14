package io.camelbenthos.bloblang.exec;

import io.camelbenthos.bloblang.Environment;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.GoJsonDecoder;
import io.camelbenthos.message.Message;
import java.util.List;
import java.util.Map;

/**
 * Everything one execution of a mapping shares: the batch, the metadata being built, the lazily parsed input and the
 * named maps. Not thread-safe; one per execution.
 */
public final class ExecState {
    final List<Message> batch;
    final int index;
    /** The metadata being built ({@code @}); null when there is no message. */
    final Map<String, Object> meta;
    final Map<String, MapDefinition> maps;
    final Environment env;

    private Object input;
    private boolean inputResolved;
    /** Why the input is not structured ({@code parse as json: ...} / {@code message is empty}), or null. */
    private String inputError;
    int mapDepth;

    ExecState(List<Message> batch, int index, Map<String, Object> meta, Map<String, MapDefinition> maps,
            Environment env) {
        this.batch = batch;
        this.index = index;
        this.meta = meta;
        this.maps = maps;
        this.env = env;
    }

    /** Uses an already parsed document as the input (mutation semantics, sandboxed calls). */
    void presetInput(Object value, String error) {
        this.input = value;
        this.inputError = error;
        this.inputResolved = true;
    }

    /**
     * The input document ({@code this} at top level), parsed on first use.
     *
     * @throws QueryException (no-context) when the content is not JSON
     */
    Object input(String fieldPath) {
        if (!inputResolved) {
            inputResolved = true;
            if (batch.isEmpty()) {
                inputError = "message is empty";
            } else {
                Message m = batch.get(index);
                if (m.hasStructuredCache()) {
                    input = m.structuredCache();
                } else if (m.content().length == 0) {
                    inputError = "message is empty";
                } else {
                    try {
                        input = GoJsonDecoder.decodeFirst(m.content());
                    } catch (QueryException e) {
                        inputError = "parse as json: " + e.getMessage();
                    }
                }
            }
        }
        if (inputError != null) {
            throw QueryException.noContext(fieldPath);
        }
        return input;
    }

    /** The reason recorded when the input failed to parse, or null. */
    String inputError() {
        return inputError;
    }
}
