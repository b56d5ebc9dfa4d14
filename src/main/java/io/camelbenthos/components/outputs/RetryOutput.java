package io.camelbenthos.components.outputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.readiness.ConnectionProbe;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.TryDefinition;

/**
 * {@code retry} output (connectors §9.3): the child output behind an {@link OutputRetry} route, Camel redelivery with
 * Benthos's back-off, so the pipeline processors never run again. When {@code max_retries} or
 * {@code backoff.max_elapsed_time} is set, a {@code doTry} turns the last failure into Benthos's
 * {@code message failed to reach a target destination} ({@link RetryExhaustedStep}).
 */
public class RetryOutput implements OutputComponent {
    /** None: the child reports to /ready itself. */
    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return null;
    }

    @Override
    public ComponentSpec spec() {
        return ComponentSpec.of("retry", ComponentKind.OUTPUT,
                "Retries writes to a child output until they succeed or the retries run out.",
                FieldSpec.of("max_retries", FieldType.INT, 0L,
                        "The maximum number of retries before giving up on the request. If set to zero there is no "
                                + "discrete limit.").asAdvanced(),
                FieldSpec.object("backoff", "Control time intervals between retry attempts.",
                        FieldSpec.of("initial_interval", FieldType.DURATION, "500ms",
                                "The initial period to wait between retry attempts."),
                        FieldSpec.of("max_interval", FieldType.DURATION, "3s",
                                "The maximum period to wait between retry attempts."),
                        FieldSpec.of("max_elapsed_time", FieldType.DURATION, "0s",
                                "The maximum period to wait before retry attempts are abandoned. If zero then no "
                                        + "limit is used.")).asAdvanced(),
                FieldSpec.required("output", FieldType.OUTPUT, "A child output."));
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        RetryBackoff backoff = RetryBackoff.of(config);
        String retrying = OutputRetry.wrap(context.outputEndpoint(config.component("output")), backoff, context);
        if (!backoff.limited()) {
            return tail.to(retrying).id(context.stepId(null));
        }
        String exhausted = context.bind(context.stepId("exhausted"), new RetryExhaustedStep());
        TryDefinition attempt = tail.doTry();
        attempt.id(context.stepId("try"));
        attempt.to(retrying).id(context.stepId(null));
        return attempt.doCatch(Exception.class).id(context.stepId("failed"))
                .process(exhausted).id(exhausted)
                .end();
    }
}
