package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.readiness.ConnectionProbe;
import java.util.List;
import org.apache.camel.model.MulticastDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.TryDefinition;

/**
 * {@code fallback: [outputs]} (connectors §9.2) as a chain of tries: each tier but the last is a {@code doTry} whose
 * {@code doCatch} sets {@code fallback_error} ({@link FallbackErrorStep}) and tries the next tier; the last tier's
 * failure is the nack. Every tier gets its own copy of the message as the fallback received it (a one-recipient
 * {@code multicast} with {@link FanOutStrategy}), so one tier's processors never reach the next.
 */
public class FallbackOutput implements OutputComponent {
    static final String NO_OUTPUTS = "attempting to create broker output type with no outputs";

    /** None: the tiers report to /ready themselves, as Benthos lists them. */
    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return null;
    }

    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("fallback", ComponentKind.OUTPUT,
                "Sends each message to the first output; when that write fails, to the next one, and so on.",
                FieldType.OUTPUT_LIST, List.of());
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        List<ComponentConfig> tiers = config.components("fallback");
        if (tiers.isEmpty()) {
            throw new ConfigException(config.position("fallback"), NO_OUTPUTS);
        }
        String strategy = context.bind(context.stepId("strategy"), new FanOutStrategy());
        String tag = context.bind(context.stepId("error"), new FallbackErrorStep());
        return tier(0, tiers, tail, strategy, tag, context);
    }

    /** Appends tier {@code i} (and, inside its catch, the tiers after it) to {@code tail}. */
    private static ProcessorDefinition<?> tier(int i, List<ComponentConfig> tiers, ProcessorDefinition<?> tail,
                                               String strategy, String tag, TranslationContext context) {
        String endpoint = context.outputEndpoint(tiers.get(i));
        if (i == tiers.size() - 1) {
            return send(tail, endpoint, strategy, context.stepId(String.valueOf(i))).end();
        }
        TryDefinition attempt = tail.doTry();
        attempt.id(context.stepId(i + ".try"));
        send(attempt, endpoint, strategy, context.stepId(String.valueOf(i))).end();
        attempt.doCatch(Exception.class).id(context.stepId(i + ".failed"))
                .process(tag).id(context.stepId((i + 1) + ".error"));
        tier(i + 1, tiers, attempt, strategy, tag, context);
        return attempt.end();
    }

    /** A copy of the message to one tier. */
    private static MulticastDefinition send(ProcessorDefinition<?> tail, String endpoint, String strategy, String id) {
        MulticastDefinition copy = tail.multicast().aggregationStrategy(strategy);
        copy.id(id);
        copy.to(endpoint);
        return copy;
    }
}
