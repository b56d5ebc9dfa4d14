package io.camelbenthos.components.processors;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.ProcessorComponent;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.redis.RedisUri;
import org.apache.camel.model.ProcessorDefinition;

/**
 * Benthos's {@code redis_script} processor is not built: its fields are known (so a config reads as Benthos's), and
 * lint refuses it with a clear message rather than "unable to infer component type".
 */
public final class RedisScriptProcessor implements ProcessorComponent {
    private static final ComponentSpec SPEC = new ComponentSpec("redis_script", ComponentKind.PROCESSOR, "beta",
            "Not supported by camel-benthos: performs actions against Redis using LUA scripts in Benthos.",
            RedisUri.withClientFields(
                    FieldSpec.required("script", FieldType.STRING, "A script to use for the target operator."),
                    FieldSpec.required("args_mapping", FieldType.BLOBLANG, "A Bloblang mapping which should evaluate "
                            + "to an array of values matching in size to the number of arguments required."),
                    FieldSpec.required("keys_mapping", FieldType.BLOBLANG, "A Bloblang mapping which should evaluate "
                            + "to an array of keys matching in size to the number of arguments required."),
                    FieldSpec.of("retries", FieldType.INT, 3L, "The maximum number of retries before abandoning a "
                            + "request.").asAdvanced(),
                    FieldSpec.of("retry_period", FieldType.DURATION, "500ms", "The time to wait before consecutive "
                            + "retry attempts.").asAdvanced()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public ProcessorDefinition<?> translate(ComponentConfig config, ProcessorDefinition<?> tail,
                                            TranslationContext context) {
        throw new ConfigException(config.position(), "redis_script is not supported by camel-benthos (the redis_* "
                + "inputs and outputs, the redis cache and the redis rate limit are)");
    }
}
