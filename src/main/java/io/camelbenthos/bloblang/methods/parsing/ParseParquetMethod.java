package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.FormatException;
import io.camelbenthos.bloblang.formats.parquet.ParquetDecoder;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.value.Values;

/**
 * {@code parse_parquet()} (Redpanda Connect): a Parquet file (bytes or string, Go's {@code ValueAsBytes}) as an
 * array with one object per row. See {@link ParquetDecoder} for how each Parquet type becomes a value.
 */
public final class ParseParquetMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_parquet")
                .category("Parsing")
                .description("Parses Apache Parquet binary data into an array of objects. Parquet is a columnar storage format optimized for analytics, commonly used with big data systems like Apache Spark, Hive, and cloud data warehouses. Each row in the Parquet file becomes an object in the output array.")
                // Connect still declares it but no longer reads it: BYTE_ARRAY values are always strings.
                .param(ParamSpec.bool("byte_array_as_string", "Deprecated: This parameter is no longer used.").withDefault(Boolean.FALSE))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            byte[] file = Values.getBytes(target);
            try {
                return ParquetDecoder.decode(file);
            } catch (FormatException e) {
                throw Errors.failure(e.getMessage());
            } catch (NoClassDefFoundError e) {
                // An embedding application may exclude the parquet jars; say what is missing instead of failing later.
                throw Errors.failure("parse_parquet needs org.apache.parquet:parquet-hadoop (and its dependencies) on the"
                        + " classpath: " + e.getMessage());
            }
        };
    }
}
