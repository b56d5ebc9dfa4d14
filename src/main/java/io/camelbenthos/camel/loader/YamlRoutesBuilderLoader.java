package io.camelbenthos.camel.loader;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Resource;
import org.apache.camel.spi.RoutesBuilderLoader;
import org.apache.camel.support.RoutesBuilderLoaderSupport;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The {@code .yaml} loader once camel-benthos is on the classpath: Benthos configs are translated, every other
 * document goes to Camel's own YAML DSL loader unchanged. Delegating (rather than subclassing the YAML DSL loader)
 * keeps us on its public API only.
 */
public class YamlRoutesBuilderLoader extends RoutesBuilderLoaderSupport {
    public static final String EXTENSION = "yaml";

    private final BenthosTranslator translator;
    private RoutesBuilderLoader camelYaml;

    public YamlRoutesBuilderLoader() {
        this(BenthosTranslator.DEFAULT);
    }

    public YamlRoutesBuilderLoader(BenthosTranslator translator) {
        this.translator = translator;
    }

    @Override
    public String getSupportedExtension() {
        return EXTENSION;
    }

    /**
     * Also claims multi-dot names such as {@code orders.v1.yaml} (Camel takes everything after the first dot as the
     * extension), except those with a dedicated loader: {@code kamelet.yaml} and our {@code benthos.yaml}.
     */
    @Override
    public boolean isSupportedExtension(String extension) {
        if (EXTENSION.equals(extension)) {
            return true;
        }
        return extension.endsWith("." + EXTENSION)
                && !extension.endsWith("kamelet." + EXTENSION)
                && !extension.endsWith(BenthosFileRoutesBuilderLoader.EXTENSION);
    }

    @Override
    public RoutesBuilder loadRoutesBuilder(Resource resource) throws Exception {
        String text = BenthosDocuments.read(resource);
        if (BenthosDocuments.isBenthos(text)) {
            return BenthosDocuments.translate(translator, resource, text);
        }
        return camelYaml.loadRoutesBuilder(resource);
    }

    /** Camel's pre-parse pass (used to detect dependencies) only understands Camel YAML DSL documents. */
    @Override
    public void preParseRoute(Resource resource) throws Exception {
        if (!BenthosDocuments.isBenthos(BenthosDocuments.read(resource))) {
            camelYaml.preParseRoute(resource);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        camelYaml = new org.apache.camel.dsl.yaml.YamlRoutesBuilderLoader();
        camelYaml.setCamelContext(getCamelContext());
        ServiceHelper.startService(camelYaml);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(camelYaml);
        super.doStop();
    }
}
