package io.camelbenthos.scanner;

import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.message.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code csv}: a message per row, an object keyed by the header row ({@code parse_header_row}, default) or an array of
 * strings, metadata {@code csv_row} (from 0). A malformed row ends the scan, or with {@code continue_on_error} is a
 * message flagged with the error and scanning goes on.
 */
record CsvScanner(char delimiter, boolean parseHeaderRow, boolean lazyQuotes, boolean continueOnError)
        implements ScannerFactory {
    @Override
    public Scanner open(InputStream in, String sourceName) throws IOException {
        GoCsvReader csv = new GoCsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), delimiter, lazyQuotes, true);
        List<String> headers = null;
        if (parseHeaderRow) {
            try {
                headers = csv.read();
            } catch (IOException e) {
                in.close();
                throw e;
            }
        }
        // an empty file: no header and no rows (Benthos would retry the file forever on its EOF error)
        boolean empty = parseHeaderRow && headers == null;
        List<String> header = headers;
        return new SingleMessageScanner(in) {
            private long row;

            @Override
            protected Message nextMessage() throws IOException {
                if (empty) {
                    return null;
                }
                List<String> record;
                IOException error = null;
                try {
                    record = csv.read();
                } catch (GoCsvReader.CsvError e) {
                    if (!continueOnError) {
                        throw e;
                    }
                    error = e;
                    record = e.record() == null ? List.of() : e.record();
                }
                if (record == null) {
                    return null;
                }
                Message m = Message.of(GoJson.encodeBytes(structure(header, record)));
                m.metadata().put("csv_row", row++);
                if (error != null) {
                    m.setError(error);
                }
                return m;
            }
        };
    }

    private static Object structure(List<String> header, List<String> record) {
        if (header == null || header.isEmpty()) {
            return new ArrayList<Object>(record);
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < record.size() && i < header.size(); i++) {
            object.put(header.get(i), record.get(i));
        }
        return object;
    }
}
