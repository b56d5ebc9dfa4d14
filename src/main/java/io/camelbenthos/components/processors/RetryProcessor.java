package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import java.util.List;
import org.apache.camel.model.LoopDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.SplitDefinition;
import org.apache.camel.model.language.SimpleExpression;

/**
 * The {@code retry} processor (processors reference §12): each message, as a batch of its own, goes through the
 * processors until none of what they return is flagged, starting each attempt again from the message as it entered
 * (its error flag cleared), with an exponential back-off between attempts. In Camel's terms: a split over the
 * messages (parallel with {@code parallel: true}), and in it a do-while {@code loop} whose condition starts each
 * attempt from the entry state ({@link RetryAgainCheck}), of the processors' route and the judge-and-wait step. The wait holds no thread ({@link RetryWaitStep}).
 */
public final class RetryProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("retry", ComponentKind.PROCESSOR, "beta",
            "Attempts to execute a series of child processors until success.",
            List.of(FieldSpec.object("backoff", "Determine time intervals and cut offs for retry attempts.",
                            FieldSpec.of("initial_interval", FieldType.DURATION, "500ms",
                                    "The initial period to wait between retry attempts."),
                            FieldSpec.of("max_interval", FieldType.DURATION, "10s",
                                    "The maximum period to wait between retry attempts"),
                            FieldSpec.of("max_elapsed_time", FieldType.DURATION, "1m",
                                    "The maximum overall period of time to spend on retry attempts before the "
                                            + "request is aborted. Setting this value to a zeroed duration (such as "
                                            + "`0s`) will result in unbounded retries.")),
                    FieldSpec.required("processors", FieldType.PROCESSOR_LIST,
                            "A list of processors to execute on each message."),
                    FieldSpec.of("parallel", FieldType.BOOL, false,
                            "When processing batches of messages these batches are ignored and the processors apply "
                                    + "to each message sequentially. However, when this field is set to `true` each "
                                    + "message will be processed in parallel. Caution should be made to ensure that "
                                    + "batch sizes do not surpass a point where this would cause resource (CPU, "
                                    + "memory, API limits) contention."),
                    FieldSpec.of("max_retries", FieldType.INT, 0L,
                            "The maximum number of retry attempts before the request is aborted. Setting this value "
                                    + "to `0` will result in unbounded number of retries.")));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        List<ComponentConfig> processors = config.components("processors");
        if (processors.isEmpty()) {
            throw new ConfigException(config.position("processors"), "at least one child processor must be specified");
        }
        ComponentConfig backoff = config.object("backoff");
        String id = context.stepId(null);
        String stateProperty = "CamelBenthosRetry." + id;

        SplitDefinition each = PerMessageBlock.open(tail, context, null);
        if (config.bool("parallel")) {
            each.parallelProcessing();
        }
        RetryEntryStep entry = new RetryEntryStep();
        entry.setStateProperty(stateProperty);
        entry.setInitialInterval(backoff.string("initial_interval"));
        String entryId = context.stepId("entry");
        each.process(context.bind(entryId, entry)).id(entryId);

        RetryAgainCheck again = new RetryAgainCheck();
        again.setStateProperty(stateProperty);
        String againRef = context.bind(context.stepId("again"), again);
        LoopDefinition loop = new LoopDefinition(new SimpleExpression("${bean:" + againRef + "?method=again}"));
        loop.setDoWhile("true");
        loop.setId(context.stepId("attempts"));
        each.addOutput(loop);
        String children = context.processorsEndpoint(processors, id + ".processors");
        loop.to(children).id(context.stepId("processors"));
        RetryWaitStep wait = new RetryWaitStep();
        wait.setStateProperty(stateProperty);
        wait.setMaxRetries(config.integer("max_retries"));
        wait.setMaxInterval(backoff.string("max_interval"));
        wait.setMaxElapsedTime(backoff.string("max_elapsed_time"));
        String waitId = context.stepId("wait");
        loop.process(context.bind(waitId, wait)).id(waitId);

        RetryDoneStep done = new RetryDoneStep();
        done.setStateProperty(stateProperty);
        String doneId = context.stepId("done");
        each.process(context.bind(doneId, done)).id(doneId);
        return PerMessageBlock.close(tail, context, null);
    }
}
