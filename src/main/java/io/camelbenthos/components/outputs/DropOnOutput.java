package io.camelbenthos.components.outputs;

import io.camelbenthos.bloblang.go.GoDuration;
import io.camelbenthos.bloblang.go.GoRegexp;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.readiness.ConnectionProbe;
import java.util.List;
import org.apache.camel.model.MulticastDefinition;
import org.apache.camel.model.ProcessorDefinition;

/**
 * {@code drop_on} output: the child gets a copy through a one-recipient {@code multicast} whose aggregation strategy
 * ({@link DropOnStrategy}) turns the failures it was told to drop into acks; with {@code back_pressure} the multicast
 * runs in parallel with that timeout, so a child that does not answer in time no longer holds the message.
 */
public class DropOnOutput implements OutputComponent {
    /** None: the child reports to /ready itself. */
    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return null;
    }

    @Override
    public ComponentSpec spec() {
        return ComponentSpec.of("drop_on", ComponentKind.OUTPUT,
                "Writes to a child output; when the write fails for one of the configured reasons the message is "
                        + "dropped (acked) instead of nacked.",
                FieldSpec.of("error", FieldType.BOOL, false,
                        "Whether messages are dropped when the child output returns an error of any type."),
                FieldSpec.of("error_patterns", FieldType.STRING_LIST, null,
                        "Regular expressions (re2): a message whose error matches any of them is dropped."),
                FieldSpec.of("back_pressure", FieldType.DURATION, null,
                        "How long to wait for the child output to accept a message before it is dropped instead."),
                FieldSpec.required("output", FieldType.OUTPUT, "A child output to wrap with this drop mechanism."));
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        List<String> patterns = config.stringList("error_patterns");
        if (!patterns.isEmpty() && config.bool("error")) {
            throw new ConfigException(config.position("error_patterns"),
                    "field 'error_patterns' is ineffective when 'error' is set to `true`");
        }
        for (int i = 0; i < patterns.size(); i++) {
            try {
                GoRegexp.compile(patterns.get(i));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(config.position("error_patterns"),
                        "error pattern " + i + " failed to compile: " + e.getMessage());
            }
        }
        String backPressure = config.string("back_pressure") == null ? "" : config.string("back_pressure");
        long nanos = backPressure.isEmpty() ? 0 : GoDuration.parse(backPressure);
        long timeoutMs = nanos <= 0 ? 0 : Math.max(1, nanos / 1_000_000);

        DropOnStrategy strategy = new DropOnStrategy();
        strategy.setError(config.bool("error"));
        strategy.setErrorPatterns(patterns);
        strategy.setBackPressure(backPressure);
        String endpoint = context.outputEndpoint(config.component("output"));
        MulticastDefinition send = tail.multicast().aggregationStrategy(context.bind(context.stepId("strategy"), strategy));
        send.id(context.stepId(null));
        if (timeoutMs > 0) {
            // Camel honours a multicast timeout only when it runs in parallel.
            send.parallelProcessing().timeout(timeoutMs);
        }
        send.to(endpoint);
        return send.end();
    }
}
