package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.readiness.ConnectionProbe;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RecipientListDefinition;
import org.apache.camel.model.language.ExchangePropertyExpression;

/**
 * {@code switch} output (connectors §9.1) as a dynamic recipient list: a {@link SwitchOutputStep} tests the cases and
 * lists the endpoints of those that take the message, then a parallel {@code recipientList} sends a copy to each, and
 * {@link FanOutStrategy} acks once every targeted case acked (the first failure is the nack). A message no case takes
 * is acked at once, or nacked under {@code strict_mode}. Each case output is a route of its own, wrapped in Benthos's
 * indefinite retry when {@code retry_until_success} is set.
 */
public class SwitchOutput implements OutputComponent {
    static final String FEWER_THAN_TWO = "attempting to create switch with fewer than 2 cases";
    static final String REJECT_RETRIED = "a 'switch' output with a 'reject' case output must have the field "
            + "'switch.retry_until_success' set to 'false', otherwise the 'reject' child output will result in infinite "
            + "retries";

    /** None: the case outputs report to /ready themselves, as Benthos lists them. */
    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return null;
    }

    @Override
    public ComponentSpec spec() {
        FieldSpec cases = new FieldSpec("cases", FieldType.OBJECT_LIST, null, true, false,
                "A list of switch cases, outlining outputs that can be routed to.", List.of(), List.of(
                FieldSpec.of("check", FieldType.BLOBLANG, "",
                        "A Bloblang query returning whether a message goes to this case; empty always passes."),
                FieldSpec.required("output", FieldType.OUTPUT, "The output for messages that pass the check."),
                FieldSpec.of("continue", FieldType.BOOL, false,
                        "Whether the next cases are tested too once this one passed.").asAdvanced()));
        return ComponentSpec.of("switch", ComponentKind.OUTPUT,
                "Routes messages to different outputs based on their contents.",
                FieldSpec.of("retry_until_success", FieldType.BOOL, false,
                        "Whether a case output that fails is retried until it succeeds instead of nacking."),
                FieldSpec.of("strict_mode", FieldType.BOOL, false,
                        "Whether a message that matches no case is nacked instead of dropped.").asAdvanced(),
                cases);
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        List<ComponentConfig> cases = config.objectList("cases");
        boolean retry = config.bool("retry_until_success");
        if (retry && cases.stream().anyMatch(c -> c.component("output") != null && c.component("output").type().equals("reject"))) {
            throw new ConfigException(config.position("retry_until_success"), REJECT_RETRIED);
        }
        if (cases.size() < 2) {
            throw new ConfigException(config.position("cases"), FEWER_THAN_TWO);
        }
        List<String> checks = new ArrayList<>();
        List<Boolean> continues = new ArrayList<>();
        List<String> endpoints = new ArrayList<>();
        for (ComponentConfig c : cases) {
            String endpoint = context.outputEndpoint(c.component("output"));
            endpoints.add(retry ? OutputRetry.forever(endpoint, context) : endpoint);
            checks.add(c.string("check"));
            continues.add(c.bool("continue"));
        }
        SwitchOutputStep decide = new SwitchOutputStep();
        decide.setChecks(checks);
        decide.setContinues(continues);
        decide.setEndpoints(endpoints);
        decide.setStrictMode(config.bool("strict_mode"));
        String decideId = context.bind(context.stepId("cases"), decide);
        ProcessorDefinition<?> decided = tail.process(decideId).id(decideId);

        String strategy = context.bind(context.stepId("strategy"), new FanOutStrategy());
        RecipientListDefinition<?> send = decided.recipientList(new ExchangePropertyExpression(SwitchOutputStep.TARGETS));
        send.aggregationStrategy(strategy).parallelProcessing().id(context.stepId(null));
        return send.end();
    }
}
