package io.camelbenthos.bloblang.formats.parquet;

import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/** Turns each Parquet row into a Bloblang object (see {@link ObjectConverter} and {@link LeafConverter}). */
final class RowMaterializer extends RecordMaterializer<Object> {
    private final ObjectConverter root;
    private Object row;

    RowMaterializer(MessageType schema) {
        this.root = new ObjectConverter(schema, r -> row = r, "");
    }

    @Override
    public Object getCurrentRecord() {
        return row;
    }

    @Override
    public GroupConverter getRootConverter() {
        return root;
    }
}
