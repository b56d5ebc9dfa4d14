package io.camelbenthos.bloblang.methods.sql;

import io.camelbenthos.bloblang.go.GoStrconv;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import io.camelbenthos.bloblang.plugin.QueryException;
import io.camelbenthos.bloblang.value.ValueType;
import io.camelbenthos.bloblang.value.Values;
import java.util.List;

/** {@code vector()}: an array of numbers as a pgvector value, in pgvector's text form ({@code [1,2.5,3]},
 * float32 precision), ready for a SQL parameter. */
public final class VectorMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("vector")
                .category("SQL")
                .description("Converts an array of numbers into a vector type suitable for insertion into SQL databases with vector/embedding support. This is commonly used with PostgreSQL's pgvector extension for storing and querying machine learning embeddings, enabling similarity search and vector operations in your database.")
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        return (target, ctx) -> {
            if (!(target instanceof List<?> arr)) {
                throw Errors.typeError(target, ValueType.ARRAY);
            }
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < arr.size(); i++) {
                double d;
                try {
                    d = Values.getNumber(arr.get(i));
                } catch (QueryException e) {
                    throw e.prefixed("index " + i);
                }
                if (i > 0) {
                    sb.append(',');
                }
                // pgvector-go writes each element with strconv.AppendFloat(f, 'f', -1, 32)
                sb.append(GoStrconv.formatFloat((float) d, 'f', -1, 32));
            }
            return sb.append(']').toString();
        };
    }
}
