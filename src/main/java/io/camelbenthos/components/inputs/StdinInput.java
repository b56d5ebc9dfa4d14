package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.InputComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.scanner.Scanners;
import java.util.Map;
import org.apache.camel.model.ProcessorDefinition;

/**
 * {@code stdin}: a one-shot timer route starts a {@link StdinPump} that feeds each message its scanner (or codec) cuts
 * from standard input to the delivery route
 * ({@code direct:}), which runs the input's processors and sends to the pipeline.
 */
public class StdinInput implements InputComponent {
    @Override
    public ComponentSpec spec() {
        return ComponentSpec.of("stdin", ComponentKind.INPUT, "Consumes data from standard input, one message per line.",
                FieldSpec.of("codec", FieldType.STRING, "lines", "How the input is split into messages.")
                        .options("lines", "all-bytes"),
                FieldSpec.of("max_buffer", FieldType.INT, 1000000L, "The largest line accepted.").asAdvanced(),
                FieldSpec.of("scanner", FieldType.ANY, null, "The scanner by which the stream of bytes is broken out "
                        + "into messages (see the file input); replaces the codec when set."));
    }

    @Override
    public void translate(ComponentConfig config, TranslationContext context) {
        String routeId = context.stepId(null);
        String deliveryUri = "direct:" + routeId;
        ProcessorDefinition<?> tail = context.addRoute(deliveryUri, routeId);
        tail = context.appendProcessors(tail, config.processors());
        tail.to(context.pipelineEndpoint()).id(context.stepId("deliver"));

        String readerId = context.stepId("reader");
        StdinPump pump = new StdinPump();
        pump.setTarget(deliveryUri);
        pump.setCodec(config.string("codec"));
        // unset (or left empty, as `create` writes it): the codec reads
        if (config.raw("scanner") != null && !(config.raw("scanner") instanceof Map<?, ?> m && m.isEmpty())) {
            Scanners.parse(config.raw("scanner"), config.position("scanner"));
            @SuppressWarnings("unchecked")
            Map<String, Object> scanner = (Map<String, Object>) config.raw("scanner");
            pump.setScanner(scanner);
        }
        pump.setStreamId(context.streamId());
        context.addRoute("timer:" + readerId + "?repeatCount=1&delay=0", readerId)
                .process(context.bind(readerId, pump)).id(readerId + ".pump");
    }
}
