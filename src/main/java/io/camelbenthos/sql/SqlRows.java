package io.camelbenthos.sql;

import io.camelbenthos.bloblang.go.GoUtf8;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows as Benthos shapes them ({@code sqlRowsToArray}): an object per row keyed by column name; what the Go driver
 * scans as bytes (DECIMAL/NUMERIC, JSON, UUID, arrays, mysql times without {@code parseTime}) becomes a string,
 * integers int64, floats float64/float32, booleans bool, postgres (and mysql with {@code parseTime}) times time
 * values, NULL null.
 */
public final class SqlRows {
    private final ResultSetMetaData meta;
    private final String[] names;
    private final String driver;
    private final boolean parseTime;

    public SqlRows(ResultSet rs, String driver, boolean parseTime) throws SQLException {
        this.meta = rs.getMetaData();
        this.names = new String[meta.getColumnCount()];
        for (int i = 0; i < names.length; i++) {
            names[i] = meta.getColumnLabel(i + 1);
        }
        this.driver = driver;
        this.parseTime = parseTime;
    }

    /** Every remaining row. */
    public static List<Object> toArray(ResultSet rs, String driver, boolean parseTime) throws SQLException {
        SqlRows rows = new SqlRows(rs, driver, parseTime);
        List<Object> all = new ArrayList<>();
        while (rs.next()) {
            all.add(rows.row(rs));
        }
        return all;
    }

    /** The current row. */
    public Map<String, Object> row(ResultSet rs) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            row.put(names[i], value(rs, i + 1));
        }
        return row;
    }

    private Object value(ResultSet rs, int col) throws SQLException {
        Object v = rs.getObject(col);
        if (v == null) {
            return null;
        }
        int type = meta.getColumnType(col);
        boolean mysql = driver.equals("mysql");
        switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE -> {
                if (mysql && !parseTime || driver.equals("sqlite")) {
                    return rs.getString(col);
                }
                if (type == Types.DATE) {
                    return rs.getObject(col, LocalDate.class).atStartOfDay(ZoneOffset.UTC);
                }
                if (type == Types.TIMESTAMP_WITH_TIMEZONE
                        || meta.getColumnTypeName(col).equalsIgnoreCase("timestamptz")) {
                    return rs.getObject(col, OffsetDateTime.class).atZoneSameInstant(ZoneOffset.UTC);
                }
                return rs.getObject(col, LocalDateTime.class).atZone(ZoneOffset.UTC);
            }
            case Types.BIT, Types.BOOLEAN -> {
                if (v instanceof Boolean b) {
                    return b;
                }
            }
            default -> {
            }
        }
        if (v instanceof Long || v instanceof Double || v instanceof Float || v instanceof Boolean
                || v instanceof String) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof byte[] b) {
            return GoUtf8.string(b);
        }
        String s = rs.getString(col);
        return s;
    }
}
