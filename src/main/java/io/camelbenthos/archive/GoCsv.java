package io.camelbenthos.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code encoding/csv} reader as Benthos uses it for {@code unarchive: csv}: a delimiter, double-quoted fields
 * (a doubled quote inside), no lazy quotes, blank lines skipped, leading spaces kept, and every record as long as
 * the first. Errors carry Go's wording.
 */
public final class GoCsv {
    private GoCsv() {
    }

    /** A record that cannot be read; the message is Go's ({@code record on line N: wrong number of fields}). */
    public static final class CsvException extends Exception {
        private static final long serialVersionUID = 1L;

        CsvException(String message) {
            super(message, null, false, false);
        }
    }

    public static List<List<String>> read(String text, char delimiter) throws CsvException {
        List<List<String>> records = new ArrayList<>();
        int pos = 0;
        int line = 1;
        int n = text.length();
        Integer fieldsPerRecord = null;
        while (pos < n) {
            int recordLine = line;
            // blank lines are skipped
            if (text.charAt(pos) == '\n' || (text.charAt(pos) == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n')) {
                pos += text.charAt(pos) == '\r' ? 2 : 1;
                line++;
                continue;
            }
            List<String> record = new ArrayList<>();
            while (true) {
                StringBuilder field = new StringBuilder();
                if (pos < n && text.charAt(pos) == '"') {
                    pos++;
                    while (true) {
                        if (pos >= n) {
                            throw new CsvException("record on line " + recordLine + "; parse error on line " + line
                                    + ", column " + (pos + 1) + ": extraneous or missing \" in quoted-field");
                        }
                        char c = text.charAt(pos);
                        if (c == '"') {
                            if (pos + 1 < n && text.charAt(pos + 1) == '"') {
                                field.append('"');
                                pos += 2;
                                continue;
                            }
                            pos++;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                        pos++;
                    }
                    if (pos < n && text.charAt(pos) != delimiter && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                        throw new CsvException("record on line " + recordLine + "; parse error on line " + line
                                + ", column " + (pos + 1) + ": extraneous or missing \" in quoted-field");
                    }
                } else {
                    while (pos < n && text.charAt(pos) != delimiter && text.charAt(pos) != '\n') {
                        field.append(text.charAt(pos));
                        pos++;
                    }
                    if (field.length() > 0 && field.charAt(field.length() - 1) == '\r' && (pos >= n || text.charAt(pos) == '\n')) {
                        field.setLength(field.length() - 1);
                    }
                    if (field.indexOf("\"") >= 0) {
                        throw new CsvException("record on line " + recordLine + "; parse error on line " + line
                                + ", column " + (pos + 1) + ": bare \" in non-quoted-field");
                    }
                }
                record.add(field.toString());
                if (pos < n && text.charAt(pos) == delimiter) {
                    pos++;
                    continue;
                }
                if (pos < n && text.charAt(pos) == '\r') {
                    pos++;
                }
                if (pos < n && text.charAt(pos) == '\n') {
                    pos++;
                    line++;
                }
                break;
            }
            if (fieldsPerRecord == null) {
                fieldsPerRecord = record.size();
            } else if (record.size() != fieldsPerRecord) {
                throw new CsvException("record on line " + recordLine + ": wrong number of fields");
            }
            records.add(record);
        }
        return records;
    }
}
