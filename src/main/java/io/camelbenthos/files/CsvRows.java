package io.camelbenthos.files;

import io.camelbenthos.bloblang.value.GoJson;
import io.camelbenthos.message.Message;
import io.camelbenthos.scanner.GoCsvReader;
import io.camelbenthos.scanner.Scanner;
import io.camelbenthos.scanner.ScannerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the {@code csv} input reads one file (connectors reference §7.3), lenient where the {@code csv} scanner is
 * strict: up to {@code batch_count} rows per batch; with a header row each row is an object of strings with metadata
 * {@code header} (the column names), or an array when it has more fields than the header; rows may differ in length;
 * a malformed row is logged ({@code Failed to read message: ...}) and reading goes on.
 */
record CsvRows(char delimiter, boolean parseHeaderRow, boolean lazyQuotes, int batchCount) implements ScannerFactory {
    private static final Logger LOG = LoggerFactory.getLogger(CsvRows.class);

    @Override
    public Scanner open(InputStream in, String sourceName) {
        GoCsvReader csv = new GoCsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), delimiter, lazyQuotes,
                false);
        return new Scanner() {
            private List<Object> header;

            @Override
            public List<Message> next() throws IOException {
                List<Message> batch = new ArrayList<>();
                while (batch.size() < batchCount) {
                    List<String> record = record();
                    if (record == null) {
                        break;
                    }
                    if (parseHeaderRow && header == null) {
                        header = List.copyOf(record);
                        continue;
                    }
                    batch.add(message(record));
                }
                return batch.isEmpty() ? null : batch;
            }

            private List<String> record() throws IOException {
                while (true) {
                    try {
                        return csv.read();
                    } catch (GoCsvReader.CsvError e) {
                        LOG.error("Failed to read message: {}", e.getMessage());
                    }
                }
            }

            private Message message(List<String> record) {
                if (header == null || header.size() < record.size()) {
                    return Message.of(GoJson.encodeBytes(new ArrayList<Object>(record)));
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    row.put((String) header.get(i), record.get(i));
                }
                Message m = Message.of(GoJson.encodeBytes(row));
                m.metadata().put("header", header);
                return m;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
