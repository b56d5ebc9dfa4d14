package io.camelbenthos.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code protobuf}, {@code subprocess} and {@code command} in an export: beans of the {@code beans:} block with their
 * settings, and the exported routes, loaded by plain Camel, answer as the original does.
 */
class ExecProcessorsExportTest {
    @RegisterExtension
    AvailablePortFinder.Port port = AvailablePortFinder.find();

    @TempDir
    Path dir;

    private String config() throws Exception {
        Files.writeString(dir.resolve("doc.proto"), """
                syntax = "proto3";
                package demo;
                message Doc { string text = 1; int32 n = 2; }
                """);
        return """
                http:
                  address: 127.0.0.1:%d
                input:
                  http_server: {path: /post}
                pipeline:
                  processors:
                    - protobuf: {operator: from_json, message: demo.Doc, import_paths: [ '%s' ]}
                    - protobuf: {operator: to_json, message: demo.Doc, import_paths: [ '%s' ], use_proto_names: true}
                    - subprocess: {name: cat}
                    - command: {name: tr, args_mapping: '[ "a-z", "A-Z" ]'}
                output:
                  sync_response: {}
                """.formatted(port.getPort(), dir, dir);
    }

    @Test
    void theProcessorsAreExportedBeansAndTheExportRunsLikeTheOriginal() throws Exception {
        String text = config();
        ExportRoundTripTest.assertExportLoadsBackAsTheTranslation("exec.yaml", text);
        String exported = CamelYamlExport.export("exec.yaml", text);
        assertThat(exported).contains("type: io.camelbenthos.components.processors.ProtobufStep",
                "type: io.camelbenthos.components.processors.SubprocessStep",
                "type: io.camelbenthos.components.processors.CommandStep");
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("exec.camel.yaml", exported));
            context.start();
            HttpResponse<String> ok = ProcessorsExportTest.post(port.getPort(), "{\"text\":\"hi\",\"n\":2}");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("{\"TEXT\":\"HI\",\"N\":2}");
        }
    }
}
