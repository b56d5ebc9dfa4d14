package io.camelbenthos.bloblang.functions.message;

import io.camelbenthos.message.Message;
import java.util.List;

/**
 * Implemented by errors that know which pipeline component raised them (Benthos {@code ComponentError}). The
 * {@code error_source_*} functions find one in the cause chain of {@link Message#error()}; the runtime's processors
 * should flag messages with such an error so those functions return something.
 */
public interface ComponentError {
    /** The component type name, e.g. {@code mapping}. */
    String componentName();

    /** The user-defined label, or {@code ""} when none is set. */
    String componentLabel();

    /** The path of the component in the config, e.g. {@code [root, pipeline, processors, 0]}. */
    List<String> componentPath();

    /** The component error attached to the message, or null when it has no error or none that names a component. */
    static ComponentError of(Message message) {
        if (message == null) {
            return null;
        }
        for (Throwable t = message.error(); t != null; t = t.getCause()) {
            if (t instanceof ComponentError c) {
                return c;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
