package io.camelbenthos.bloblang.methods.sql;

import static io.camelbenthos.bloblang.methods.PluginCalls.call;
import static io.camelbenthos.bloblang.methods.PluginCalls.callFunction;
import static io.camelbenthos.bloblang.methods.TestJson.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.bloblang.functions.encoding.WithSchemaRegistryHeaderFunction;
import io.camelbenthos.bloblang.value.JsonNumber;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Connect's {@code vector} method and {@code with_schema_registry_header} function. */
class ConnectExtrasTest {
    @Test
    void vectorWritesPgvectorText() {
        assertThat(call(new VectorMethod(), parse("[1,2.5,-3,0.1]"))).isEqualTo("[1,2.5,-3,0.1]");
        assertThatThrownBy(() -> call(new VectorMethod(), parse("[1,\"x\"]")))
                .hasMessage("index 1: expected number value, got string (\"x\")");
    }

    @Test
    void prependsTheConfluentWireHeader() {
        byte[] out = (byte[]) callFunction(new WithSchemaRegistryHeaderFunction(), 123L, "hi");
        assertThat(HexFormat.of().formatHex(out)).isEqualTo("000000007b6869");
        byte[] big = (byte[]) callFunction(new WithSchemaRegistryHeaderFunction(), new JsonNumber("4294967295"), new byte[0]);
        assertThat(HexFormat.of().formatHex(big)).isEqualTo("00ffffffff");
        assertThatThrownBy(() -> callFunction(new WithSchemaRegistryHeaderFunction(), -1L, "x"))
                .hasMessage("schema ID must be between 0 and 4294967295, got -1");
        assertThatThrownBy(() -> callFunction(new WithSchemaRegistryHeaderFunction(), 1.5, "x"))
                .hasMessage("schema ID must be a whole number between 0 and 4294967295, got 1.5");
    }
}
