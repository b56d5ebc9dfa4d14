package io.camelbenthos.bloblang.methods.geoip;

import java.util.List;

/**
 * One field of a geoip2-golang result struct: its Go name (the key Benthos's {@code json.Marshal} writes), the
 * {@code maxminddb} tag it is decoded from, and its Go type.
 *
 * @param goName the exported Go field name, e.g. {@code GeoNameID}
 * @param tag    the MaxMind DB map key, e.g. {@code geoname_id}
 * @param kind   the Go type
 * @param fields the fields of a struct or slice-of-struct kind, else empty
 */
record GoField(String goName, String tag, GoKind kind, List<GoField> fields) {

    /** The Go types geoip2-golang's structs use. */
    enum GoKind {
        UINT("uint", 64), UINT8("uint8", 8), UINT16("uint16", 16), FLOAT64("float64", 0), BOOL("bool", 0),
        STRING("string", 0), NAMES("map[string]string", 0), STRUCT("", 0), STRUCT_SLICE("", 0);

        final String goType;
        final int bits;

        GoKind(String goType, int bits) {
            this.goType = goType;
            this.bits = bits;
        }
    }

    static GoField of(String goName, String tag, GoKind kind) {
        return new GoField(goName, tag, kind, List.of());
    }

    static GoField struct(String goName, String tag, GoField... fields) {
        return new GoField(goName, tag, GoKind.STRUCT, List.of(fields));
    }

    static GoField structSlice(String goName, String tag, GoField... fields) {
        return new GoField(goName, tag, GoKind.STRUCT_SLICE, List.of(fields));
    }

    /** Go {@code reflect.Type.String()} of this field's type, as maxminddb's unmarshal errors print it. */
    String goType() {
        return switch (kind) {
            case STRUCT -> structType(fields);
            case STRUCT_SLICE -> "[]" + structType(fields);
            default -> kind.goType;
        };
    }

    /** An anonymous struct type as Go prints it: {@code struct { Code string "maxminddb:\"code\"" }}. */
    static String structType(List<GoField> fields) {
        StringBuilder sb = new StringBuilder("struct { ");
        for (int i = 0; i < fields.size(); i++) {
            GoField f = fields.get(i);
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(f.goName).append(' ').append(f.goType()).append(" \"maxminddb:\\\"").append(f.tag).append("\\\"\"");
        }
        return sb.append(" }").toString();
    }
}
