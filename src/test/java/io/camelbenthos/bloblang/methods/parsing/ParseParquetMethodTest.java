package io.camelbenthos.bloblang.methods.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.Bloblang;
import io.camelbenthos.bloblang.BloblangException;
import io.camelbenthos.bloblang.formats.parquet.TestParquetFiles;
import io.camelbenthos.message.Message;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;

/** {@code parse_parquet()} in whole mappings, including Connect's two documented (untested upstream) examples. */
class ParseParquetMethodTest {
    private record User(String name, String email, int age) {
    }

    private static final byte[] USERS = TestParquetFiles.write("""
            message user { required binary name (STRING); optional binary email (STRING); required int32 age; }""",
            TestParquetFiles.Options.defaults().codec(CompressionCodecName.SNAPPY),
            List.of(new User("Ada", "ada@example.com", 36), new User("Bob", null, 41)), (u, g) -> {
                g.append("name", u.name()).append("age", u.age());
                if (u.email() != null) {
                    g.append("email", u.email());
                }
            });

    private static String run(String mapping, Message in) {
        return Bloblang.parse(mapping).apply(in).map(Message::contentAsString).orElse("<deleted>");
    }

    @Test
    void documentedExampleParsesTheWholeContent() {
        assertThat(run("root.records = content().parse_parquet()", Message.of(USERS))).isEqualTo(
                "{\"records\":[{\"age\":36,\"email\":\"ada@example.com\",\"name\":\"Ada\"},"
                        + "{\"age\":41,\"email\":null,\"name\":\"Bob\"}]}");
    }

    @Test
    void documentedExampleExtractsColumnsFromAField() {
        Message in = Message.of(new byte[0]);
        in.setStructuredCache(Map.of("parquet_data", USERS));

        assertThat(run("root.users = this.parquet_data.parse_parquet().map_each(row -> {\"name\": row.name, \"email\": row.email})", in))
                .isEqualTo("{\"users\":[{\"email\":\"ada@example.com\",\"name\":\"Ada\"},{\"email\":null,\"name\":\"Bob\"}]}");
    }

    @Test
    void theDeprecatedByteArrayAsStringParameterIsAcceptedAndChangesNothing() {
        String plain = run("root = content().parse_parquet()", Message.of(USERS));

        assertThat(run("root = content().parse_parquet(byte_array_as_string: true)", Message.of(USERS))).isEqualTo(plain);
        assertThat(run("root = content().parse_parquet(false)", Message.of(USERS))).isEqualTo(plain);
    }

    @Test
    void rowValuesKeepGoTypes() {
        assertThat(run("root = content().parse_parquet().map_each(r -> r.age.type())", Message.of(USERS)))
                .isEqualTo("[\"number\",\"number\"]");
    }

    @Test
    void contentThatIsNotParquetIsAMappingError() {
        assertThatThrownBy(() -> run("root = content().parse_parquet()", Message.of("hello world")))
                .isInstanceOf(BloblangException.class)
                .hasMessage("failed assignment (line 1): function content: parquet read panic: invalid magic header of parquet file: \"hell\"");
        assertThatThrownBy(() -> run("root = \"PAR\".parse_parquet()", Message.of("{}")))
                .hasMessage("failed assignment (line 1): string literal: parquet read panic: reading magic header of parquet file: EOF");
        assertThatThrownBy(() -> run("root = 5.parse_parquet()", Message.of("{}")))
                .hasMessage("failed assignment (line 1): expected bytes value, got number from number literal (5)");
    }
}
