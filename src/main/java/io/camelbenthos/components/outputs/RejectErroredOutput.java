package io.camelbenthos.components.outputs;

import io.camelbenthos.camel.FlagCheck;
import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.OutputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.readiness.ConnectionProbe;
import org.apache.camel.model.ChoiceDefinition;
import org.apache.camel.model.ProcessorDefinition;

/**
 * {@code reject_errored: <output>}: a {@code choice} that nacks messages flagged by a failed processor
 * ({@link RejectErroredStep}) and sends the others to the child output. A batch with a flagged message is nacked
 * whole (Benthos writes its clean messages and nacks the flagged ones; the transaction is nacked either way).
 */
public class RejectErroredOutput implements OutputComponent {
    /** None: the child reports to /ready itself. */
    @Override
    public ConnectionProbe connectionProbe(ComponentConfig config) {
        return null;
    }

    @Override
    public ComponentSpec spec() {
        return ComponentSpec.ofValue("reject_errored", ComponentKind.OUTPUT,
                "Rejects messages that have failed their processing steps, otherwise sends them to a child output.",
                FieldType.OUTPUT, null);
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail, TranslationContext context) {
        String endpoint = context.outputEndpoint(config.component("reject_errored"));
        String reject = context.bind(context.stepId("reject"), new RejectErroredStep());
        ChoiceDefinition choice = tail.choice();
        choice.id(context.stepId(null));
        String check = context.bind(context.stepId("check"), new FlagCheck());
        choice.when(FlagCheck.expression(check, "anyFlagged")).process(reject).id(reject);
        choice.otherwise().to(endpoint).id(context.stepId("send"));
        return choice.end();
    }
}
