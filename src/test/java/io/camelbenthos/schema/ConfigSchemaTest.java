package io.camelbenthos.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.camelbenthos.cli.SchemaCommand;
import io.camelbenthos.config.EnvInterpolator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/** The generated schema accepts every shipped config and points at the mistakes editors should flag. */
class ConfigSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void generate() {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(ConfigSchema.generate());
    }

    static Stream<Path> routes() throws IOException {
        return Files.list(Path.of("routes")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void everyShippedConfigIsValid(Path config) throws IOException {
        // As Benthos does, ${VAR:default} is replaced before YAML parsing: `[ ${X} ]` is not YAML until then.
        String text = new EnvInterpolator(Map.of()).interpolate(config.toString(), Files.readString(config)).text();
        assertThat(validate(text)).isEmpty();
    }

    @Test
    void anUnknownFieldIsReported() {
        List<ValidationMessage> errors = validate("input:\n  http_server:\n    pth: /post\noutput:\n  drop: {}\n");
        assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("pth"));
    }

    @Test
    void anUnknownComponentIsReported() {
        assertThat(validate("input:\n  htp_server: {}\noutput:\n  drop: {}\n")).isNotEmpty();
    }

    @Test
    void twoComponentKeysAreReported() {
        assertThat(validate("output:\n  drop: {}\n  stdout: {}\n")).isNotEmpty();
    }

    @Test
    void aWrongTypeIsReportedButAnEnvReferenceIsNot() {
        assertThat(validate("pipeline:\n  threads: many\n")).isNotEmpty();
        assertThat(validate("pipeline:\n  threads: ${THREADS:2}\n")).isEmpty();
    }

    @Test
    void aBadLabelIsReported() {
        assertThat(validate("output:\n  label: Bad-Label\n  drop: {}\n")).isNotEmpty();
    }

    @Test
    void theCommandPrintsTheSchema() throws IOException {
        StringWriter out = new StringWriter();
        int status = new CommandLine(new SchemaCommand()).setOut(new PrintWriter(out)).execute();
        assertThat(status).isZero();
        JsonNode printed = JSON.readTree(out.toString());
        assertThat(printed.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(printed.at("/definitions/input/properties/http_server")).isNotNull();
    }

    private static List<ValidationMessage> validate(String yaml) {
        Object document = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return List.copyOf(schema.validate(JSON.valueToTree(document)));
    }
}
