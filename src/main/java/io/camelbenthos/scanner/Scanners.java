package io.camelbenthos.scanner;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.config.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link ScannerFactory} from a {@code scanner:} config (one key naming the kind, its fields below it) or
 * from a deprecated {@code codec} string; every problem is a {@link ConfigException} at the field's position.
 */
public final class Scanners {
    /** The scanner kinds this runtime has, in Benthos's order. */
    public static final List<String> KINDS = List.of("chunker", "csv", "decompress", "json_array", "json_documents",
            "lines", "re_match", "skip_bom", "switch", "tar", "to_the_end");

    private Scanners() {
    }

    /** The default scanner, {@code lines: {}}. */
    public static ScannerFactory lines() {
        return new LinesScanner(null, LinesScanner.DEFAULT_MAX_BUFFER, false);
    }

    /**
     * @param raw the field's plain value ({@code {lines: {custom_delimiter: ";"}}})
     * @param at where the field is, for the errors
     */
    public static ScannerFactory parse(Object raw, Position at) {
        if (!(raw instanceof Map<?, ?> map) || map.size() != 1) {
            throw new ConfigException(at, "scanner must be an object with exactly one of the keys "
                    + String.join(", ", KINDS));
        }
        Map.Entry<?, ?> only = map.entrySet().iterator().next();
        String kind = String.valueOf(only.getKey());
        if (kind.equals("switch")) {
            return new SwitchScanner(cases(only.getValue(), at));
        }
        Fields f = new Fields(kind, only.getValue(), at);
        return switch (kind) {
            case "lines" -> {
                f.allow("custom_delimiter", "max_buffer_size", "omit_empty");
                yield new LinesScanner(f.string("custom_delimiter", null),
                        f.positiveInt("max_buffer_size", LinesScanner.DEFAULT_MAX_BUFFER), f.bool("omit_empty", false));
            }
            case "csv" -> {
                f.allow("custom_delimiter", "parse_header_row", "lazy_quotes", "continue_on_error");
                yield new CsvScanner(delimiter(f.string("custom_delimiter", ","), at), f.bool("parse_header_row", true),
                        f.bool("lazy_quotes", false), f.bool("continue_on_error", false));
            }
            case "json_documents", "json_array" -> {
                f.allow();
                yield new JsonDocumentsScanner(kind.equals("json_array"));
            }
            case "to_the_end" -> {
                f.allow();
                yield new ToTheEndScanner();
            }
            case "tar" -> {
                f.allow();
                yield new TarScanner();
            }
            case "chunker" -> {
                f.allow("size");
                yield new ChunkerScanner(f.positiveInt("size", null));
            }
            case "re_match" -> {
                f.allow("pattern", "max_buffer_size");
                yield new ReMatchScanner(pattern(f.string("pattern", null), at),
                        f.positiveInt("max_buffer_size", LinesScanner.DEFAULT_MAX_BUFFER));
            }
            case "decompress" -> {
                f.allow("algorithm", "into");
                String algorithm = f.string("algorithm", null);
                if (!Decompression.ALGORITHMS.contains(algorithm)) {
                    throw new ConfigException(at, "decompression algorithm not recognised: " + algorithm
                            + " (one of " + String.join(", ", Decompression.ALGORITHMS) + ")");
                }
                yield new Decompression(algorithm, child(f, at));
            }
            case "skip_bom" -> {
                f.allow("into");
                yield new SkipBom(child(f, at));
            }
            default -> throw new ConfigException(at, "scanner type '" + kind + "' was not recognised (one of "
                    + String.join(", ", KINDS) + ")");
        };
    }

    private static ScannerFactory child(Fields f, Position at) {
        Object into = f.raw("into");
        return into == null ? new ToTheEndScanner() : parse(into, at);
    }

    private static List<SwitchScanner.Case> cases(Object raw, Position at) {
        if (!(raw instanceof List<?> list)) {
            throw new ConfigException(at, "switch scanner: expected a list of cases");
        }
        List<SwitchScanner.Case> cases = new ArrayList<>();
        for (Object item : list) {
            Fields f = new Fields("switch", item, at);
            f.allow("re_match_name", "scanner");
            String name = f.string("re_match_name", "");
            if (f.raw("scanner") == null) {
                throw new ConfigException(at, "switch scanner: field scanner is required");
            }
            cases.add(new SwitchScanner.Case(name.isEmpty() ? null : pattern(name, at), parse(f.raw("scanner"), at)));
        }
        return List.copyOf(cases);
    }

    /**
     * The deprecated {@code codec} field (Benthos's old reader names) as the scanner it stands for.
     *
     * @param maxBuffer the deprecated {@code max_buffer} field, the old codecs' line buffer
     */
    public static ScannerFactory fromCodec(String codec, int maxBuffer, Position at) {
        int slash = codec.indexOf('/');
        if (slash > 0) {
            String first = codec.substring(0, slash);
            ScannerFactory rest = fromCodec(codec.substring(slash + 1), maxBuffer, at);
            return switch (first) {
                case "gzip", "pgzip" -> new Decompression(first, rest);
                case "skipbom" -> new SkipBom(rest);
                default -> throw unsupportedCodec(codec, at);
            };
        }
        switch (codec) {
            case "lines":
                return new LinesScanner(null, maxBuffer, false);
            case "all-bytes":
                return new ToTheEndScanner();
            case "csv":
                return new CsvScanner(',', true, false, false);
            case "tar":
                return new TarScanner();
            case "csv-gzip":
                return new Decompression("gzip", new CsvScanner(',', true, false, false));
            case "tar-gzip":
                return new Decompression("gzip", new TarScanner());
            case "auto":
                return new SwitchScanner(List.of(
                        new SwitchScanner.Case(Pattern.compile("\\.csv$"), fromCodec("csv", maxBuffer, at)),
                        new SwitchScanner.Case(Pattern.compile("\\.csv\\.gz(ip)?$"), fromCodec("csv-gzip", maxBuffer, at)),
                        new SwitchScanner.Case(Pattern.compile("\\.tar$"), new TarScanner()),
                        new SwitchScanner.Case(Pattern.compile("\\.tgz$"), fromCodec("tar-gzip", maxBuffer, at))));
            default:
                break;
        }
        if (codec.startsWith("delim:")) {
            String delim = codec.substring("delim:".length());
            if (delim.isEmpty()) {
                throw new ConfigException(at, "custom delimiter codec requires a non-empty delimiter");
            }
            return new LinesScanner(delim, maxBuffer, false);
        }
        if (codec.startsWith("csv:")) {
            return new CsvScanner(delimiter(codec.substring("csv:".length()), at), true, false, false);
        }
        if (codec.startsWith("chunker:")) {
            try {
                return new ChunkerScanner(Integer.parseInt(codec.substring("chunker:".length())));
            } catch (NumberFormatException e) {
                throw new ConfigException(at, "invalid chunk size for chunker codec: " + e.getMessage());
            }
        }
        if (codec.startsWith("regex:")) {
            return new ReMatchScanner(pattern(codec.substring("regex:".length()), at), maxBuffer);
        }
        throw unsupportedCodec(codec, at);
    }

    private static ConfigException unsupportedCodec(String codec, Position at) {
        return new ConfigException(at, "codec was not recognised: " + codec + " (this runtime reads lines, delim:x, "
                + "all-bytes, chunker:N, csv, csv:x, tar, regex:x, auto and gzip/, pgzip/, skipbom/ prefixes; "
                + "use the scanner field for the rest)");
    }

    private static char delimiter(String text, Position at) {
        if (text.codePointCount(0, text.length()) != 1 || text.length() != 1) {
            throw new ConfigException(at, "csv delimiter value must be exactly one character: '" + text + "'");
        }
        return text.charAt(0);
    }

    private static Pattern pattern(String regex, Position at) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new ConfigException(at, "error parsing regexp: " + e.getMessage());
        }
    }

    /** The fields of one scanner kind, checked as they are read. */
    private static final class Fields {
        private final String kind;
        private final Map<?, ?> values;
        private final Position at;

        Fields(String kind, Object raw, Position at) {
            this.kind = kind;
            this.at = at;
            if (raw == null) {
                this.values = Map.of();
            } else if (raw instanceof Map<?, ?> m) {
                this.values = m;
            } else {
                throw new ConfigException(at, kind + " scanner: expected an object, got " + raw);
            }
        }

        void allow(String... names) {
            Set<String> known = Set.of(names);
            for (Object key : values.keySet()) {
                if (!known.contains(String.valueOf(key))) {
                    throw new ConfigException(at, kind + " scanner: field " + key + " not recognised");
                }
            }
        }

        Object raw(String name) {
            return values.get(name);
        }

        String string(String name, String dflt) {
            Object v = values.get(name);
            if (v == null) {
                if (dflt == null && !name.equals("custom_delimiter")) {
                    throw new ConfigException(at, kind + " scanner: field " + name + " is required");
                }
                return dflt;
            }
            if (v instanceof Map || v instanceof List) {
                throw new ConfigException(at, kind + " scanner: field " + name + " expected a string");
            }
            return String.valueOf(v);
        }

        boolean bool(String name, boolean dflt) {
            Object v = values.get(name);
            if (v == null) {
                return dflt;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            throw new ConfigException(at, kind + " scanner: field " + name + " expected a bool, got " + v);
        }

        int positiveInt(String name, Integer dflt) {
            Object v = values.get(name);
            if (v == null) {
                if (dflt == null) {
                    throw new ConfigException(at, kind + " scanner: field " + name + " is required");
                }
                return dflt;
            }
            if (v instanceof Long l && l > 0 && l <= Integer.MAX_VALUE) {
                return l.intValue();
            }
            throw new ConfigException(at, kind + " scanner: field " + name + " expected a positive int, got " + v);
        }
    }
}
