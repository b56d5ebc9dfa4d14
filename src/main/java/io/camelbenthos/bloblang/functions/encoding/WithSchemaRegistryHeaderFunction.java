package io.camelbenthos.bloblang.functions.encoding;

import io.camelbenthos.bloblang.go.GoUtf8;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.FunctionImpl;
import io.camelbenthos.bloblang.plugin.FunctionPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.UInt64;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;

/** {@code with_schema_registry_header(schema_id, message)}: the message bytes behind the Confluent wire-format
 * header: a zero magic byte and the schema id as a big-endian uint32. */
public final class WithSchemaRegistryHeaderFunction implements FunctionPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.function("with_schema_registry_header")
                .category("Encoding")
                .description("Prepends a Confluent Schema Registry wire format header to message bytes. The header is 5 bytes: a magic byte (0x00) followed by a 4-byte big-endian schema ID. This format is required when producing messages to Kafka topics that use Confluent Schema Registry for schema validation and evolution.")
                .param(ParamSpec.any("schema_id", "The schema ID from your Schema Registry (0 to 4294967295). This ID references the schema version used to encode the message."))
                .param(ParamSpec.any("message", "The serialized message bytes (e.g., Avro, Protobuf, or JSON Schema encoded data) to prepend the header to."))
                .pure()
                .build();
    }

    @Override
    public FunctionImpl bind(Args args) {
        Object id = args.get("schema_id");
        Object message = args.get("message");
        return ctx -> {
            byte[] body;
            if (message instanceof byte[] b) {
                body = b;
            } else if (message instanceof String s) {
                body = GoUtf8.encode(s);
            } else {
                throw Errors.typeError(message, ValueType.BYTES).prefixed("message must be bytes or string");
            }
            long schemaId = schemaId(id);
            byte[] out = new byte[body.length + 5];
            out[1] = (byte) (schemaId >>> 24);
            out[2] = (byte) (schemaId >>> 16);
            out[3] = (byte) (schemaId >>> 8);
            out[4] = (byte) schemaId;
            System.arraycopy(body, 0, out, 5, body.length);
            return out;
        };
    }

    private static final long MAX_SCHEMA_ID = 0xffffffffL;

    /** Connect accepts integers, whole floats and numeric input in 0..4294967295. */
    private static long schemaId(Object raw) {
        Object v = Values.sanitize(raw);
        if (v instanceof Long l) {
            if (l < 0 || l > MAX_SCHEMA_ID) {
                throw Errors.failure("schema ID must be between 0 and " + MAX_SCHEMA_ID + ", got " + l);
            }
            return l;
        }
        if (v instanceof Double d) {
            if (d < 0 || d > MAX_SCHEMA_ID || d != Math.rint(d)) {
                throw Errors.failure("schema ID must be a whole number between 0 and " + MAX_SCHEMA_ID + ", got "
                        + Values.toGoString(d));
            }
            return d.longValue();
        }
        if (v instanceof UInt64 u) {
            if (Long.compareUnsigned(u.value(), MAX_SCHEMA_ID) > 0) {
                throw Errors.failure("schema ID must be between 0 and " + MAX_SCHEMA_ID + ", got " + u);
            }
            return u.value();
        }
        throw Errors.failure("schema ID must be a number, got " + Values.typeName(raw));
    }
}
