package io.camelbenthos.scanner;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code encoding/csv} reader over a character stream, record by record: a delimiter, double-quoted fields
 * (a doubled quote inside), {@code \r\n} read as {@code \n}, blank lines skipped, leading spaces kept, every record as
 * long as the first, optional lazy quotes. Errors carry Go's wording.
 */
public final class GoCsvReader {
    /** A record that cannot be read, with Go's text; a wrong field count still carries the record read. */
    public static final class CsvError extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient List<String> record;

        CsvError(String message, List<String> record) {
            super(message);
            this.record = record;
        }

        /** The fields read despite the error (a wrong field count), else null. */
        public List<String> record() {
            return record;
        }
    }

    private final PushbackReader in;
    private final char comma;
    private final boolean lazyQuotes;
    private final boolean checkFieldCount;
    private int fieldsPerRecord = -1;
    private int line = 1;
    private int column;
    private int recordLine;

    /**
     * @param checkFieldCount true to require every record to be as long as the first (Go's default
     *     {@code FieldsPerRecord = 0}); false accepts any length ({@code -1})
     */
    public GoCsvReader(Reader in, char comma, boolean lazyQuotes, boolean checkFieldCount) {
        this.in = new PushbackReader(in, 2);
        this.comma = comma;
        this.lazyQuotes = lazyQuotes;
        this.checkFieldCount = checkFieldCount;
    }

    /** The next record, or null at the end of the stream. */
    public List<String> read() throws IOException {
        if (!skipBlankLines()) {
            return null;
        }
        recordLine = line;
        column = 0;
        List<String> record = new ArrayList<>();
        while (true) {
            StringBuilder field = new StringBuilder();
            int c = read1();
            boolean more = c == '"' ? quoted(field) : unquoted(c, field);
            record.add(field.toString());
            if (!more) {
                break;
            }
        }
        if (checkFieldCount) {
            if (fieldsPerRecord < 0) {
                fieldsPerRecord = record.size();
            } else if (record.size() != fieldsPerRecord) {
                throw new CsvError("record on line " + recordLine + ": wrong number of fields", record);
            }
        }
        return record;
    }

    /** False at the end of the stream. */
    private boolean skipBlankLines() throws IOException {
        while (true) {
            int c = in.read();
            if (c < 0) {
                return false;
            }
            if (c == '\n') {
                line++;
            } else if (c == '\r' && peek() == '\n') {
                in.read();
                line++;
            } else {
                in.unread(c);
                return true;
            }
        }
    }

    /** Reads an unquoted field starting with {@code c}; true when another field of the record follows. */
    private boolean unquoted(int c, StringBuilder field) throws IOException {
        while (true) {
            if (c < 0 || c == '\n') {
                return endOfLine(c);
            }
            if (c == '\r' && peek() == '\n') {
                return endOfLine(in.read());
            }
            if (c == comma) {
                return true;
            }
            if (c == '"' && !lazyQuotes) {
                throw parseError("bare \" in non-quoted-field");
            }
            field.append((char) c);
            c = read1();
        }
    }

    /** Reads a quoted field (its opening quote read); true when another field of the record follows. */
    private boolean quoted(StringBuilder field) throws IOException {
        while (true) {
            int c = read1();
            if (c < 0) {
                if (lazyQuotes) {
                    return false;
                }
                throw parseError("extraneous or missing \" in quoted-field");
            }
            if (c != '"') {
                if (c == '\r' && peek() == '\n') {
                    c = in.read();
                }
                if (c == '\n') {
                    line++;
                    column = 0;
                }
                field.append((char) c);
                continue;
            }
            int after = read1();
            if (after == '"') {
                field.append('"');
            } else if (after == comma) {
                return true;
            } else if (after < 0 || after == '\n') {
                return endOfLine(after);
            } else if (after == '\r' && peek() == '\n') {
                return endOfLine(in.read());
            } else if (lazyQuotes) {
                field.append('"');
                in.unread(after);
                column--;
            } else {
                throw parseError("extraneous or missing \" in quoted-field");
            }
        }
    }

    private boolean endOfLine(int c) {
        if (c == '\n') {
            line++;
        }
        return false;
    }

    private int read1() throws IOException {
        int c = in.read();
        if (c >= 0) {
            column++;
        }
        return c;
    }

    private int peek() throws IOException {
        int c = in.read();
        if (c >= 0) {
            in.unread(c);
        }
        return c;
    }

    private CsvError parseError(String what) {
        String where = "parse error on line " + line + ", column " + column + ": " + what;
        return new CsvError(recordLine == line ? where : "record on line " + recordLine + "; " + where, null);
    }
}
