package io.camelbenthos.bloblang.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records like Go's {@code encoding/csv} {@code Reader.ReadAll} (RFC 4180): configurable delimiter,
 * {@code LazyQuotes}, {@code \r\n} normalised to {@code \n}, empty lines skipped, and every record must have as
 * many fields as the first. Errors carry Go's texts, e.g. {@code parse error on line 2, column 5: bare " in
 * non-quoted-field}.
 */
public final class CsvParser {
    private static final String ERR_BARE_QUOTE = "bare \" in non-quoted-field";
    private static final String ERR_QUOTE = "extraneous or missing \" in quoted-field";

    private final String text;
    private final int comma;
    private final boolean lazyQuotes;
    private int pos;
    private int lineNo;

    private CsvParser(String text, int comma, boolean lazyQuotes) {
        this.text = text;
        this.comma = comma;
        this.lazyQuotes = lazyQuotes;
    }

    /**
     * Parses all records.
     *
     * @param comma the delimiter code point; Go rejects {@code \r}, {@code \n}, {@code "} and NUL
     */
    public static List<List<String>> parse(String text, int comma, boolean lazyQuotes) {
        if (comma == 0 || comma == '\r' || comma == '\n' || comma == '"' || comma == 0xFFFD) {
            throw new FormatException("csv: invalid field or comment delimiter");
        }
        return new CsvParser(text, comma, lazyQuotes).readAll();
    }

    private List<List<String>> readAll() {
        List<List<String>> records = new ArrayList<>();
        int fieldsPerRecord = -1;
        while (true) {
            int[] startLine = new int[1];
            List<String> rec = readRecord(startLine);
            if (rec == null) {
                return records;
            }
            if (fieldsPerRecord < 0) {
                fieldsPerRecord = rec.size();
            } else if (rec.size() != fieldsPerRecord) {
                throw new FormatException("record on line " + startLine[0] + ": wrong number of fields");
            }
            records.add(rec);
        }
    }

    /** Go's readLine: one line including its {@code \n}, with {@code \r\n} normalised; null at EOF. */
    private String readLine() {
        if (pos >= text.length()) {
            return null;
        }
        int nl = text.indexOf('\n', pos);
        String line;
        if (nl < 0) {
            line = text.substring(pos);
            pos = text.length();
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1); // Go drops a trailing \r before EOF
            }
        } else {
            line = text.substring(pos, nl + 1);
            pos = nl + 1;
        }
        lineNo++;
        if (line.endsWith("\r\n")) {
            line = line.substring(0, line.length() - 2) + "\n";
        }
        return line;
    }

    private static int lengthNL(String s) {
        return s.endsWith("\n") ? 1 : 0;
    }

    private List<String> readRecord(int[] startLine) {
        String line;
        do {
            line = readLine();
            if (line == null) {
                return null;
            }
        } while (line.length() == lengthNL(line)); // skip empty lines
        startLine[0] = lineNo;
        String commaStr = new String(Character.toChars(comma));
        List<String> fields = new ArrayList<>();
        int col = 1; // 1-based byte column of the current position, for error texts
        parseField:
        while (true) {
            if (line.isEmpty() || line.charAt(0) != '"') {
                int i = line.indexOf(commaStr);
                String field = i >= 0 ? line.substring(0, i) : line.substring(0, line.length() - lengthNL(line));
                if (!lazyQuotes) {
                    int j = field.indexOf('"');
                    if (j >= 0) {
                        throw parseError(startLine[0], lineNo, col + utf8Len(field.substring(0, j)), ERR_BARE_QUOTE);
                    }
                }
                fields.add(field);
                if (i >= 0) {
                    col += utf8Len(line.substring(0, i + commaStr.length()));
                    line = line.substring(i + commaStr.length());
                    continue;
                }
                break;
            }
            StringBuilder cur = new StringBuilder();
            line = line.substring(1);
            col++;
            while (true) {
                int i = line.indexOf('"');
                if (i >= 0) {
                    cur.append(line, 0, i);
                    col += utf8Len(line.substring(0, i + 1));
                    line = line.substring(i + 1);
                    if (line.startsWith("\"")) {
                        cur.append('"');
                        line = line.substring(1);
                        col++;
                    } else if (line.startsWith(commaStr)) {
                        line = line.substring(commaStr.length());
                        col += utf8Len(commaStr);
                        fields.add(cur.toString());
                        continue parseField;
                    } else if (lengthNL(line) == line.length()) {
                        fields.add(cur.toString());
                        break parseField;
                    } else if (lazyQuotes) {
                        cur.append('"');
                    } else {
                        throw parseError(startLine[0], lineNo, col - 1, ERR_QUOTE);
                    }
                } else if (!line.isEmpty()) {
                    cur.append(line);
                    String next = readLine();
                    if (next == null) {
                        if (!lazyQuotes) {
                            throw parseError(startLine[0], lineNo, col + utf8Len(line), ERR_QUOTE);
                        }
                        fields.add(cur.toString());
                        break parseField;
                    }
                    line = next;
                    col = 1;
                } else {
                    if (!lazyQuotes) {
                        throw parseError(startLine[0], lineNo, col, ERR_QUOTE);
                    }
                    fields.add(cur.toString());
                    break parseField;
                }
            }
        }
        return fields;
    }

    private static int utf8Len(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static FormatException parseError(int startLine, int line, int col, String err) {
        if (startLine != line) {
            return new FormatException("record on line " + startLine + "; parse error on line " + line + ", column "
                    + col + ": " + err);
        }
        return new FormatException("parse error on line " + line + ", column " + col + ": " + err);
    }
}
