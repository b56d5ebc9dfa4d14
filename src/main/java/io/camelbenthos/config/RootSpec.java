package io.camelbenthos.config;

import io.camelbenthos.components.FieldSpec;
import io.camelbenthos.components.FieldType;
import io.camelbenthos.kafka.FranzFields;
import java.util.List;
import java.util.Map;

/** The fields of a Benthos config document's top level (semantics §8.1), as specs the parser can walk. */
public final class RootSpec {
    private RootSpec() {
    }

    public static final List<String> LOG_LEVELS =
            List.of("OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL", "NONE");

    /** The top-level {@code http} block; rt-http serves it. */
    public static FieldSpec http() {
        return FieldSpec.object("http", "The service-wide HTTP server: /ping, /ready, /version, /metrics and component endpoints.",
                FieldSpec.of("enabled", FieldType.BOOL, true, "Whether the server is started."),
                FieldSpec.of("address", FieldType.STRING, "0.0.0.0:4195", "The address to bind to."),
                FieldSpec.of("root_path", FieldType.STRING, "/benthos", "A path prefix under which every endpoint is also served."),
                FieldSpec.of("debug_endpoints", FieldType.BOOL, false, "Whether to serve the debug endpoints.").asAdvanced(),
                FieldSpec.of("cert_file", FieldType.STRING, "", "A TLS certificate file.").asAdvanced(),
                FieldSpec.of("key_file", FieldType.STRING, "", "A TLS key file.").asAdvanced(),
                FieldSpec.object("cors", "Cross-origin resource sharing.",
                        FieldSpec.of("enabled", FieldType.BOOL, false, "Whether CORS headers are added."),
                        FieldSpec.of("allowed_origins", FieldType.STRING_LIST, List.of(), "Origins allowed.")).asAdvanced(),
                FieldSpec.object("basic_auth", "Basic authentication for every endpoint.",
                        FieldSpec.of("enabled", FieldType.BOOL, false, "Whether basic authentication is required."),
                        FieldSpec.of("realm", FieldType.STRING, "restricted", "The realm."),
                        FieldSpec.of("username", FieldType.STRING, "", "The user name."),
                        FieldSpec.of("password_hash", FieldType.STRING, "", "Base64 of the password hash."),
                        FieldSpec.of("algorithm", FieldType.STRING, "sha256", "The hash algorithm.")
                                .options("md5", "sha256", "bcrypt", "scrypt"),
                        FieldSpec.of("salt", FieldType.STRING, "", "Base64 salt for scrypt.")).asAdvanced());
    }

    /** A map keeping the given order, so {@code echo} output is stable (Map.of iterates in a random order). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    public static List<FieldSpec> fields() {
        return List.of(
                http(),
                FranzFields.topLevelBlock(),
                FieldSpec.of("input", FieldType.INPUT, Map.of("stdin", Map.of()), "The stream's input."),
                FieldSpec.of("buffer", FieldType.BUFFER, Map.of("none", Map.of()),
                        "The buffer between the input and the pipeline: none, memory or system_window."),
                FieldSpec.object("pipeline", "Processors shared by every message between input and output.",
                        FieldSpec.of("threads", FieldType.INT, -1L, "Processing threads; <= 0 means one per CPU."),
                        FieldSpec.of("processors", FieldType.PROCESSOR_LIST, List.of(), "The processors.")),
                FieldSpec.of("output", FieldType.OUTPUT, Map.of("stdout", Map.of()), "The stream's output."),
                FieldSpec.of("input_resources", FieldType.INPUT_LIST, List.of(), "Inputs referenced by label from a resource input."),
                FieldSpec.of("processor_resources", FieldType.PROCESSOR_LIST, List.of(), "Processors referenced by label."),
                FieldSpec.of("output_resources", FieldType.OUTPUT_LIST, List.of(), "Outputs referenced by label."),
                FieldSpec.of("cache_resources", FieldType.CACHE_LIST, List.of(), "Caches referenced by label.").asAdvanced(),
                FieldSpec.of("rate_limit_resources", FieldType.RATE_LIMIT_LIST, List.of(), "Rate limits referenced by label.")
                        .asAdvanced(),
                FieldSpec.object("logger", "Logging.",
                        FieldSpec.of("level", FieldType.STRING, "INFO", "The minimum level logged.")
                                .options(LOG_LEVELS.toArray(String[]::new)),
                        FieldSpec.of("format", FieldType.STRING, "logfmt", "The log format.").options("json", "logfmt"),
                        FieldSpec.of("add_timestamp", FieldType.BOOL, true, "Whether to add a timestamp."),
                        FieldSpec.of("level_name", FieldType.STRING, "level", "The level field name."),
                        FieldSpec.of("timestamp_name", FieldType.STRING, "time", "The timestamp field name."),
                        FieldSpec.of("message_name", FieldType.STRING, "msg", "The message field name."),
                        FieldSpec.of("static_fields", FieldType.STRING_MAP, Map.of("@service", "benthos"), "Fields added to every line."),
                        FieldSpec.object("file", "Logging to a file instead of the standard error stream.",
                                FieldSpec.of("path", FieldType.STRING, "", "The file to write to, created when missing; empty: no file."),
                                FieldSpec.of("rotate", FieldType.BOOL, false, "Rotate the file at 10 MB (the previous one is kept gzipped)."),
                                FieldSpec.of("rotate_max_age_days", FieldType.INT, 0L,
                                        "Delete rotated files older than this many days; 0 keeps them.")).asAdvanced()),
                FieldSpec.of("metrics", FieldType.ANY, ordered("mapping", "", "prometheus", Map.of()), "Metrics exporter."),
                FieldSpec.of("tracer", FieldType.ANY, Map.of("none", Map.of()), "Tracer: none or open_telemetry_collector (OTLP over HTTP or gRPC).").asAdvanced(),
                FieldSpec.of("shutdown_delay", FieldType.DURATION, "0s", "Delay before shutting down, for load balancers.").asAdvanced(),
                FieldSpec.of("shutdown_timeout", FieldType.DURATION, "20s", "Maximum time for a graceful shutdown."),
                FieldSpec.object("error_handling", "Processor error handling.",
                        FieldSpec.of("strict", FieldType.BOOL, false, "Reject messages flagged by a failed processor.")),
                FieldSpec.of("tests", FieldType.ANY, List.of(), "Inline unit tests, run by the test command.").asAdvanced());
    }
}
