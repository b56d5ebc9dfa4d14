package io.camelbenthos.camel.loader;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.engine.DefaultRoutesLoader;
import org.apache.camel.spi.ContextServicePlugin;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every Camel context (Main, plain CamelContext, Spring Boot, JBang) load Benthos configs from {@code .yaml}
 * files with zero configuration. Camel runs context service plugins (listed in
 * {@code META-INF/services/org.apache.camel.spi.ContextServicePlugin}) while the context is built, before any route
 * is loaded; the routes loader looks a loader up by the registry name {@code routes-builder-loader-yaml} before its
 * own classpath search, so binding ours there wins regardless of classpath order.
 */
public class BenthosLoaderPlugin implements ContextServicePlugin {
    /** The registry name DefaultRoutesLoader checks first for the {@code yaml} extension. */
    public static final String YAML_LOADER_NAME = DefaultRoutesLoader.ROUTES_LOADER_KEY_PREFIX + YamlRoutesBuilderLoader.EXTENSION;
    /** Registry name of the routes builder that picks up Benthos configs Camel JBang passes as classpath files. */
    public static final String JBANG_FILES_NAME = "camel-benthos-jbang-files";

    private static final Logger LOG = LoggerFactory.getLogger(BenthosLoaderPlugin.class);

    @Override
    public void load(CamelContext context) {
        context.getRegistry().bind(JBANG_FILES_NAME, new JBangClasspathFiles());
        if (context.getRegistry().lookupByName(YAML_LOADER_NAME) != null) {
            // The application chose its own yaml loader; respect it (*.benthos.yaml files still load).
            LOG.info("A {} is already bound; Benthos configs load from *.benthos.yaml files only", YAML_LOADER_NAME);
            return;
        }
        YamlRoutesBuilderLoader loader = new YamlRoutesBuilderLoader();
        // Loaders found by registry name are neither given the context nor started by Camel: do both here.
        loader.setCamelContext(context);
        ServiceHelper.startService(loader);
        context.getRegistry().bind(YAML_LOADER_NAME, loader);
        LOG.debug("Benthos configs in .yaml files load as routes (camel-benthos)");
    }

    @Override
    public void unload(CamelContext context) {
        context.getRegistry().unbind(JBANG_FILES_NAME);
        Object bound = context.getRegistry().lookupByName(YAML_LOADER_NAME);
        if (bound instanceof YamlRoutesBuilderLoader loader) {
            ServiceHelper.stopService(loader);
            context.getRegistry().unbind(YAML_LOADER_NAME);
        }
    }
}
