package io.camelbenthos.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.translate.BenthosRouteBuilder;
import io.camelbenthos.translate.BenthosRoutes;
import io.camelbenthos.translate.TranslatedStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.ErrorHandlerFactory;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.errorhandler.DefaultErrorHandlerDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.yaml.LwModelToYAMLDumper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export of every shipped config, loaded back by plain Camel: the same routes (compared through Camel's own model
 * dump), the same error handlers and the same beans; and the exported uppercase example answers like the original.
 */
public class ExportRoundTripTest {
    @RegisterExtension
    AvailablePortFinder.Port port = AvailablePortFinder.find();

    static Stream<Path> routes() throws IOException {
        return Files.list(Path.of("routes")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void exportedRoutesAreTheTranslatedRoutes(Path config) throws Exception {
        assertExportLoadsBackAsTheTranslation(config.toString(), Files.readString(config));
    }

    /**
     * Exports a config, loads the export into plain Camel and checks it holds the translated routes (compared through
     * Camel's own model dump), the same error handlers and the same beans.
     */
    public static void assertExportLoadsBackAsTheTranslation(String location, String text) throws Exception {
        BenthosRouteBuilder original = BenthosRoutes.fromYaml(location, text, ConfigLoader.standard());
        String exported = CamelYamlExport.export(location, text);
        LwModelToYAMLDumper dumper = new LwModelToYAMLDumper();
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("exported.camel.yaml", exported));
            for (TranslatedStream stream : original.streams()) {
                for (RouteDefinition route : stream.routes()) {
                    RouteDefinition loaded = context.getRouteDefinition(route.getRouteId());
                    assertThat(loaded).as(route.getRouteId()).isNotNull();
                    assertThat(loaded.getInput().getEndpointUri()).isEqualTo(route.getInput().getEndpointUri());
                    assertThat(steps(dumper, context, loaded)).isEqualTo(steps(dumper, context, route));
                    assertThat(loaded.getErrorHandlerFactory()).as("error handler of " + route.getRouteId())
                            .hasSameClassAs(route.getErrorHandlerFactory());
                    assertSameRedelivery(route.getRouteId(), loaded.getErrorHandlerFactory(), route.getErrorHandlerFactory());
                }
                for (var bean : stream.beans().entrySet()) {
                    Object loaded = context.getRegistry().lookupByName(bean.getKey());
                    assertThat(loaded).as(bean.getKey()).hasSameClassAs(bean.getValue());
                    assertThat(BeanJson.write(loaded)).isEqualTo(BeanJson.write(bean.getValue()));
                }
            }
            assertThat(context.getRouteDefinitions()).hasSameSizeAs(
                    original.streams().stream().flatMap(s -> s.routes().stream()).toList());
        }
    }

    /** Same redelivery policy and the same beans deciding and preparing each redelivery (retry routes). */
    static void assertSameRedelivery(String routeId, ErrorHandlerFactory loaded, ErrorHandlerFactory original) {
        assertThat(ErrorHandlerYaml.of(routeId, loaded)).as("error handler of " + routeId)
                .isEqualTo(ErrorHandlerYaml.of(routeId, original));
        if (original instanceof DefaultErrorHandlerDefinition expected) {
            DefaultErrorHandlerDefinition actual = (DefaultErrorHandlerDefinition) loaded;
            assertThat(actual.getRetryWhileRef()).as("retryWhileRef of " + routeId).isEqualTo(expected.getRetryWhileRef());
            assertThat(actual.getOnRedeliveryRef()).as("onRedeliveryRef of " + routeId).isEqualTo(expected.getOnRedeliveryRef());
        }
    }

    /**
     * The route's steps as Camel dumps them. The YAML DSL keeps a route-level error handler in the outputs list, so
     * it is left out here and compared on its own.
     */
    private static List<String> steps(LwModelToYAMLDumper dumper, DefaultCamelContext context, RouteDefinition route) throws Exception {
        List<String> steps = new ArrayList<>();
        for (ProcessorDefinition<?> step : route.getOutputs()) {
            String dumped = dumper.dumpModelAsYaml(context, step);
            if (!dumped.startsWith("- errorHandler:")) {
                steps.add(dumped);
            }
        }
        return steps;
    }

    @Test
    void theExportedUppercaseExampleAnswersLikeTheOriginal() throws Exception {
        String text = "http:\n  address: 127.0.0.1:" + port.getPort() + "\n" + Files.readString(Path.of("routes/uppercase.yaml"));
        String exported = CamelYamlExport.export("uppercase.yaml", text);
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("uppercase.camel.yaml", exported));
            context.start();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getPort() + "/post"))
                    .POST(HttpRequest.BodyPublishers.ofString("foo bar")).build();
            HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo("FOO BAR");
        }
    }
}
