package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.source.SourcePump;

/**
 * The children of {@code sequence} and {@code read_until}: inputs read through a pump, whose sources the wrapper
 * drives. A child with processors of its own gets a route through them to the wrapper's delivery route.
 */
final class ChildInputs {
    /** A child's pump and the route its batches take ("" when it has no processors). */
    record Child(SourcePump pump, String via) {
    }

    private ChildInputs() {
    }

    static Child translate(String wrapper, ComponentConfig child, TranslationContext context, String deliveryUri) {
        var component = ComponentRegistry.defaultRegistry().find(ComponentKind.INPUT, child.type()).orElse(null);
        if (!(component instanceof PumpedInput pumped)) {
            throw new ConfigException(child.position(), wrapper + " input: a child input of type '" + child.type()
                    + "' is not supported here; children may be file, csv, http_client, sequence or read_until");
        }
        String via = "";
        String target = deliveryUri;
        if (!child.processors().isEmpty()) {
            String routeId = context.stepId("child");
            via = "direct:" + routeId;
            context.appendProcessors(context.addRoute(via, routeId), child.processors()).to(deliveryUri);
            target = via;
        }
        return new Child(pumped.pump(child, context, target), via);
    }
}
