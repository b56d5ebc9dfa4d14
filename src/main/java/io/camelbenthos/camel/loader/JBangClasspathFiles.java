package io.camelbenthos.camel.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * Loads the Benthos configs given to {@code camel run}. Camel JBang decides which {@code .yaml} arguments are routes
 * by looking for Camel YAML DSL markers ({@code - route:}, {@code - from:}, ...) in their text; a Benthos config has
 * none, so JBang hands it to the application as a plain classpath file (property {@code camel.jbang.classpathFiles})
 * instead of a route. Camel Main collects {@link RoutesBuilder} beans from the registry, so this one, bound by
 * {@link BenthosLoaderPlugin}, loads those files as routes. Outside JBang the property is absent and it does nothing.
 */
final class JBangClasspathFiles implements RoutesBuilder {
    static final String CLASSPATH_FILES = "camel.jbang.classpathFiles";

    @Override
    public void addRoutesToCamelContext(CamelContext context) throws Exception {
        List<Resource> benthos = benthosFiles(context);
        if (!benthos.isEmpty()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(benthos);
        }
    }

    @Override
    public void addTemplatedRoutesToCamelContext(CamelContext context) {
        // Benthos configs have no route templates.
    }

    @Override
    public Set<String> updateRoutesToCamelContext(CamelContext context) throws Exception {
        // Live reload goes through the routes loader itself (the file is then a watched resource), not through here.
        return Set.of();
    }

    private static List<Resource> benthosFiles(CamelContext context) throws Exception {
        List<Resource> found = new ArrayList<>();
        String files = context.getPropertiesComponent().resolveProperty(CLASSPATH_FILES).orElse("");
        for (String file : files.split(",")) {
            String name = file.trim();
            if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
                continue;
            }
            Resource resource = ResourceHelper.resolveMandatoryResource(context, name.contains(":") ? name : "file:" + name);
            if (BenthosDocuments.isBenthos(BenthosDocuments.read(resource))) {
                found.add(resource);
            }
        }
        return found;
    }
}
