package io.camelbenthos.bloblang.methods.parsing;

import io.camelbenthos.bloblang.formats.CsvParser;
import io.camelbenthos.bloblang.plugin.Args;
import io.camelbenthos.bloblang.plugin.Errors;
import io.camelbenthos.bloblang.plugin.MethodImpl;
import io.camelbenthos.bloblang.plugin.MethodPlugin;
import io.camelbenthos.bloblang.plugin.ParamSpec;
import io.camelbenthos.bloblang.plugin.PluginSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code parse_csv(parse_header_row, delimiter, lazy_quotes)}: CSV (Go {@code encoding/csv}) as an array
 * of objects keyed by the header row, or of string arrays. */
public final class ParseCsvMethod implements MethodPlugin {
    @Override
    public PluginSpec spec() {
        return PluginSpec.method("parse_csv")
                .category("Parsing")
                .description("Parses CSV data into an array")
                .param(ParamSpec.bool("parse_header_row", "Whether to reference the first row as a header row. If set to true the output structure for messages will be an object where field keys are determined by the header row. Otherwise, the output will be an array of row arrays.").withDefault(Boolean.TRUE))
                .param(ParamSpec.string("delimiter", "The delimiter to use for splitting values in each record. It must be a single character.").withDefault(","))
                .param(ParamSpec.bool("lazy_quotes", "If set to `true`, a quote may appear in an unquoted field and a non-doubled quote may appear in a quoted field.").withDefault(Boolean.FALSE))
                .pure()
                .build();
    }

    @Override
    public MethodImpl bind(Args args) {
        boolean headerRow = args.bool("parse_header_row");
        String delimiter = args.string("delimiter");
        boolean lazyQuotes = args.bool("lazy_quotes");
        return (target, ctx) -> {
            // Benthos checks the delimiter when the method runs, not when the mapping is parsed.
            if (delimiter.codePointCount(0, delimiter.length()) != 1) {
                throw Errors.failure("delimiter value must be exactly one character");
            }
            List<List<String>> records =
                    TextParsing.parse(target, text -> CsvParser.parse(text, delimiter.codePointAt(0), lazyQuotes));
            if (records.isEmpty()) {
                throw Errors.failure("zero records were parsed");
            }
            List<Object> out = new ArrayList<>(records.size());
            if (!headerRow) {
                records.forEach(r -> out.add(new ArrayList<Object>(r)));
                return out;
            }
            List<String> headers = records.get(0);
            if (headers.isEmpty()) {
                throw Errors.failure("no headers found on first row");
            }
            for (int j = 1; j < records.size(); j++) {
                List<String> rec = records.get(j);
                if (rec.size() != headers.size()) {
                    throw Errors.failure("record on line " + (j - 1) + ": record mismatch with headers");
                }
                Map<String, Object> obj = new LinkedHashMap<>();
                for (int i = 0; i < rec.size(); i++) {
                    obj.put(headers.get(i), rec.get(i));
                }
                out.add(obj);
            }
            return out;
        };
    }
}
