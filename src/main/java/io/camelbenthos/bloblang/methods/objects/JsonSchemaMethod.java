package io.camelbenthos.bloblang.methods.objects;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.formats.JsonSchemaCheck;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.Status;

/** {@code json_schema(schema)}: the target when it satisfies the JSON schema (draft 4/6/7), else an error
 * listing the violations the way Benthos words gojsonschema's results. */
public final class JsonSchemaMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("json_schema")
                .category("Object & Array Manipulation")
                .status(Status.BETA)
                .description("Checks a https://json-schema.org/[JSON schema^] against a value and returns the value if it matches or throws and error if it does not.")
                .param(ParamSpec.string("schema", "The schema to check values against."))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        JsonSchemaCheck schema;
        try {
            schema = JsonSchemaCheck.compile(args.string("schema"));
        } catch (FormatException e) {
            throw Errors.failure("failed to parse json schema definition: " + e.getMessage());
        }
        return (target, ctx) -> {
            try {
                schema.check(target);
            } catch (FormatException e) {
                throw Errors.failure(e.getMessage());
            }
            return target;
        };
    }
}
