package io.camelbenthos.export;

import io.camelbenthos.translate.BenthosRouteBuilder;
import io.camelbenthos.translate.BenthosRoutes;
import io.camelbenthos.translate.TranslatedStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RoutesDefinition;
import org.apache.camel.yaml.LwModelToYAMLDumper;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Exports a Benthos config as Camel YAML DSL: a {@code beans:} block with the named step beans the translation
 * bound, then the routes written by Camel's own model dumper (camel-yaml-io). Loaded by plain Camel with the
 * camel-benthos jar on the classpath, the result runs the same routes as the Benthos file.
 */
public final class CamelYamlExport {
    private CamelYamlExport() {
    }

    /**
     * @throws io.camelbenthos.config.ConfigException when the config is invalid, as when running it
     */
    public static String export(String location, String yamlText) throws Exception {
        BenthosRouteBuilder builder = BenthosRoutes.fromYaml(location, yamlText, io.camelbenthos.config.ConfigLoader.standard());
        // A throw-away context only for the dumper; closed explicitly (try-with-resources would warn: close() may throw
        // InterruptedException).
        CamelContext context = new DefaultCamelContext(false);
        try {
            context.build();
            StringBuilder out = new StringBuilder();
            out.append("# Camel YAML DSL exported by camel-benthos from ").append(location).append('\n');
            out.append("# Run it with the camel-benthos jar on the classpath (it provides the beans and components).\n");
            List<Map<String, Object>> beans = new ArrayList<>();
            RoutesDefinition routes = new RoutesDefinition();
            routes.setCamelContext(context);
            for (TranslatedStream stream : builder.streams()) {
                stream.beans().forEach((id, bean) -> beans.add(beanEntry(id, bean)));
                routes.getRoutes().addAll(stream.routes());
            }
            if (!beans.isEmpty()) {
                out.append(beansYaml(beans));
            }
            String dumped = new LwModelToYAMLDumper().dumpModelAsYaml(context, routes, false, false, false, false);
            out.append(withErrorHandlers(LoadBalancerYaml.repair(dumped), routes));
            return out.toString();
        } finally {
            context.close();
        }
    }

    /**
     * Adds each route's {@code errorHandler} right after its {@code id:} line; the dumper writes every route as
     * {@code - route:} then {@code     id: <id>}.
     */
    private static String withErrorHandlers(String dumped, RoutesDefinition routes) {
        String result = dumped;
        for (RouteDefinition route : routes.getRoutes()) {
            Map<String, Object> handler = ErrorHandlerYaml.of(route.getRouteId(), route.getErrorHandlerFactory());
            if (handler == null) {
                continue;
            }
            String idLine = "- route:\n    id: " + route.getRouteId() + "\n";
            int at = result.indexOf(idLine);
            if (at < 0) {
                throw new IllegalStateException("route " + route.getRouteId() + " not found in the dumped YAML");
            }
            String block = indent(yaml(Map.of("errorHandler", handler)), "    ");
            int insert = at + idLine.length();
            result = result.substring(0, insert) + block + result.substring(insert);
        }
        return result;
    }

    private static String indent(String text, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            out.append(prefix).append(line).append('\n');
        }
        return out.toString();
    }

    private static Map<String, Object> beanEntry(String id, Object bean) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("beanType", bean.getClass().getName());
        properties.put("json", BeanJson.write(bean));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", id);
        entry.put("type", bean.getClass().getName());
        entry.put("builderClass", ExportedBean.class.getName());
        entry.put("properties", properties);
        return entry;
    }

    /** Written with a real YAML emitter: mapping texts hold quotes, newlines and colons. */
    private static String beansYaml(List<Map<String, Object>> beans) {
        return yaml(List.of(Map.of("beans", beans)));
    }

    private static String yaml(Object document) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
                .setWidth(Integer.MAX_VALUE).build();
        return new Dump(settings).dumpToString(document);
    }
}
