package io.camelbenthos.components.processors;

import static io.camelbenthos.components.processors.ProcessorTestSupport.harness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.camel.BenthosExchange;
import io.camelbenthos.config.ConfigException;
import io.camelbenthos.testing.StreamHarness;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code protobuf} from {@code .proto} files, with Benthos's documented examples (processors reference §20). */
class ProtobufProcessorTest {
    private static final String PERSON = """
            syntax = "proto3";
            package testing;

            import "google/protobuf/timestamp.proto";

            message Person {
              string first_name = 1;
              string last_name = 2;
              string full_name = 3;
              int32 age = 4;
              int32 id = 5; // Unique ID number for this person.
              string email = 6;

              google.protobuf.Timestamp last_updated = 7;
            }
            """;

    @TempDir
    Path dir;
    private Path schema;

    @BeforeEach
    void writeSchema() throws Exception {
        schema = Files.createDirectories(dir.resolve("testing/schema"));
        Files.writeString(schema.resolve("person.proto"), PERSON);
        Files.createDirectories(schema.resolve("extra"));
        Files.writeString(schema.resolve("extra/team.proto"), """
                syntax = "proto3";
                package testing.extra;

                import "person.proto";

                message Team {
                  enum Kind { KIND_UNSPECIFIED = 0; SALES = 1; }
                  string name = 1;
                  repeated testing.Person members = 2;
                  Kind kind = 3;
                }
                """);
    }

    private String processor(String operator, String message, String extra) {
        return "- protobuf: {operator: " + operator + ", message: " + message + ", import_paths: [ '" + schema
                + "' ]" + extra + "}";
    }

    private static Exchange send(StreamHarness h, byte[] body) {
        return h.camel().createProducerTemplate().send("direct:test.in", e -> e.getMessage().setBody(body));
    }

    private static byte[] field(int number, String text) {
        byte[] value = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(number << 3 | 2);
        out.write(value.length);
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte[] person() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(field(1, "caleb"));
        out.writeBytes(field(2, "quaye"));
        out.writeBytes(field(6, "caleb@myspace.com"));
        return out.toByteArray();
    }

    @Test
    void jsonToProtobufAsInTheFirstExample() throws Exception {
        try (StreamHarness h = harness(processor("from_json", "testing.Person", ""))) {
            Exchange e = ProcessorTestSupport.send(h,
                    "{\"firstName\":\"caleb\",\"lastName\":\"quaye\",\"email\":\"caleb@myspace.com\"}");
            assertThat(BenthosExchange.error(e)).isNull();
            assertThat(BenthosExchange.first(e).content()).isEqualTo(person());
        }
    }

    @Test
    void protobufToJsonAsInTheSecondExample() throws Exception {
        try (StreamHarness h = harness(processor("to_json", "testing.Person", ""))) {
            Exchange e = send(h, person());
            assertThat(BenthosExchange.error(e)).isNull();
            assertThat(StreamHarness.body(e))
                    .isEqualTo("{\"firstName\":\"caleb\",\"lastName\":\"quaye\",\"email\":\"caleb@myspace.com\"}");
        }
    }

    @Test
    void protoNamesWellKnownTypesAndEnumsRoundTrip() throws Exception {
        String json = "{\"name\":\"a\",\"members\":[{\"first_name\":\"x\",\"age\":3,"
                + "\"last_updated\":\"2023-01-02T03:04:05Z\"}],\"kind\":1}";
        try (StreamHarness h = harness(processor("from_json", "testing.extra.Team", "") + "\n"
                + processor("to_json", "testing.extra.Team", ", use_proto_names: true, use_enum_numbers: true"))) {
            Exchange e = ProcessorTestSupport.send(h, json);
            assertThat(BenthosExchange.error(e)).isNull();
            assertThat(StreamHarness.body(e)).isEqualTo(json);
        }
        try (StreamHarness h = harness(processor("from_json", "testing.extra.Team", "") + "\n"
                + processor("to_json", "testing.extra.Team", ""))) {
            assertThat(StreamHarness.body(ProcessorTestSupport.send(h, json)))
                    .isEqualTo("{\"name\":\"a\",\"members\":[{\"firstName\":\"x\",\"age\":3,"
                            + "\"lastUpdated\":\"2023-01-02T03:04:05Z\"}],\"kind\":\"SALES\"}");
        }
    }

    @Test
    void unknownJsonFieldsFailUnlessDiscarded() throws Exception {
        String json = "{\"firstName\":\"caleb\",\"nope\":1}";
        try (StreamHarness h = harness(processor("from_json", "testing.Person", ""))) {
            Exchange e = ProcessorTestSupport.send(h, json);
            assertThat(BenthosExchange.error(e).getMessage())
                    .startsWith("failed to unmarshal JSON message 'testing.Person': ");
            assertThat(StreamHarness.body(e)).isEqualTo(json);
        }
        try (StreamHarness h = harness(processor("from_json", "testing.Person", ", discard_unknown: true"))) {
            Exchange e = ProcessorTestSupport.send(h, json);
            assertThat(BenthosExchange.error(e)).isNull();
            assertThat(BenthosExchange.first(e).content()).isEqualTo(field(1, "caleb"));
        }
    }

    @Test
    void bytesThatAreNoSuchMessageFlagIt() throws Exception {
        try (StreamHarness h = harness(processor("to_json", "testing.Person", ""))) {
            Exchange e = send(h, new byte[] {0x0a, 0x7f, 0x01});
            assertThat(BenthosExchange.error(e).getMessage())
                    .startsWith("failed to unmarshal protobuf message 'testing.Person': ");
        }
    }

    @Test
    void anUnknownMessageIsAConfigErrorAtTheMessageField() {
        assertThatThrownBy(() -> harness(processor("to_json", "testing.Nobody", "")))
                .isInstanceOf(ConfigException.class)
                .hasMessageMatching("(?s).*:\\d+:\\d+: protobuf: unable to find message 'testing.Nobody' "
                        + "definition within '\\[.*schema\\]'.*");
    }

    @Test
    void aProtoThatDoesNotParseOrResolveIsAConfigErrorNamingItsLine() throws Exception {
        Files.writeString(schema.resolve("broken.proto"), "syntax = \"proto3\";\nmessage Broken {\n  string a = ;\n}\n");
        assertThatThrownBy(() -> harness(processor("to_json", "testing.Person", "")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("protobuf: ")
                .hasMessageContaining("broken.proto:3:");
        Files.writeString(schema.resolve("broken.proto"), "syntax = \"proto3\";\nmessage Broken {\n  Missing a = 1;\n}\n");
        assertThatThrownBy(() -> harness(processor("to_json", "testing.Person", "")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Missing")
                .hasMessageContaining("broken.proto:3:");
    }

    @Test
    void pathsAndSourcesAreCheckedAtLint() {
        assertThatThrownBy(() -> harness("- protobuf: {operator: to_json, message: a.B, import_paths: [ '"
                + dir.resolve("nowhere") + "' ]}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("no such file or directory");
        assertThatThrownBy(() -> harness("- protobuf: {operator: to_json, message: a.B}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("at least one of `import_paths`");
        assertThatThrownBy(() -> harness("- protobuf: {operator: to_json, message: a.B, bsr: [ {module: x} ]}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bsr (Buf Schema Registry) is not supported");
        assertThatThrownBy(() -> harness(processor("decode", "testing.Person", "")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("value decode is not a valid option");
    }
}
