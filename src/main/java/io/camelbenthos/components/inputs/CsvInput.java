package io.camelbenthos.components.inputs;

import io.camelbenthos.components.ComponentKind;
import io.camelbenthos.components.ComponentSpec;
import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.components.TranslationContext;
import io.camelbenthos.config.ComponentConfig;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.files.CsvFileReader;
import io.camelbenthos.source.SourcePump;
import java.util.List;

/** The {@code csv} input (connectors reference §7.3): rows of the files its globs match, read by a {@link CsvFileReader}. */
public final class CsvInput implements PumpedInput {
    private static final ComponentSpec SPEC = new ComponentSpec("csv", ComponentKind.INPUT, "stable",
            "Reads one or more CSV files as structured records following the format described in RFC 4180.", List.of(
            FieldSpec.required("paths", FieldType.STRING_LIST, "A list of file paths to read from. Each file will be "
                    + "read sequentially until the list is exhausted, at which point the input will close. Glob "
                    + "patterns are supported, including super globs (double star)."),
            FieldSpec.of("parse_header_row", FieldType.BOOL, true, "Whether to reference the first row as a header "
                    + "row. If set to true the output structure for messages will be an object where field keys are "
                    + "determined by the header row. Otherwise, each message will consist of an array of values from "
                    + "the corresponding CSV row."),
            FieldSpec.of("delimiter", FieldType.STRING, ",", "The delimiter to use for splitting values in each "
                    + "record. It must be a single character."),
            FieldSpec.of("lazy_quotes", FieldType.BOOL, false, "If set to `true`, a quote may appear in an unquoted "
                    + "field and a non-doubled quote may appear in a quoted field."),
            FieldSpec.of("delete_on_finish", FieldType.BOOL, false,
                    "Whether to delete input files from the disk once they are fully consumed.").asAdvanced(),
            FieldSpec.of("batch_count", FieldType.INT, 1L, "Optionally process records in batches. This can help to "
                    + "speed up the consumption of exceptionally large CSV files.").asAdvanced(),
            FileInput.autoReplayNacksField()));

    @Override
    public ComponentSpec spec() {
        return SPEC;
    }

    @Override
    public SourcePump pump(ComponentConfig config, TranslationContext context, String deliveryUri) {
        String delimiter = config.string("delimiter");
        if (delimiter.codePointCount(0, delimiter.length()) != 1 || delimiter.length() != 1) {
            throw new ConfigException(config.position("delimiter"), "delimiter value must be exactly one character");
        }
        long batchCount = config.integer("batch_count");
        if (batchCount < 1) {
            throw new ConfigException(config.position("batch_count"), "batch_count must be at least 1");
        }
        List<String> paths = FileInput.checkedGlobs(config, "paths");
        CsvFileReader reader = new CsvFileReader();
        reader.setPaths(paths);
        reader.setParseHeaderRow(config.bool("parse_header_row"));
        reader.setDelimiter(delimiter);
        reader.setLazyQuotes(config.bool("lazy_quotes"));
        reader.setBatchCount((int) Math.min(Integer.MAX_VALUE, batchCount));
        reader.setDeleteOnFinish(config.bool("delete_on_finish"));
        reader.setAutoReplayNacks(config.bool("auto_replay_nacks"));
        return reader;
    }
}
