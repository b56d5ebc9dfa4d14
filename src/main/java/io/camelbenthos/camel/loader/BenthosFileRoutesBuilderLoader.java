package io.camelbenthos.camel.loader;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Resource;
import org.apache.camel.spi.annotations.RoutesLoader;
import org.apache.camel.support.RoutesBuilderLoaderSupport;

/**
 * Loads {@code *.benthos.yaml} files: always Benthos, whatever their content, so a mistake is reported as a Benthos
 * config error rather than the file being taken for something else. Found by Camel's FactoryFinder under
 * {@code META-INF/services/org/apache/camel/routes-loader/benthos-yaml}, so it works even where the
 * {@link BenthosLoaderPlugin} does not run.
 */
@RoutesLoader(BenthosFileRoutesBuilderLoader.EXTENSION)
public class BenthosFileRoutesBuilderLoader extends RoutesBuilderLoaderSupport {
    public static final String EXTENSION = "benthos.yaml";

    private final BenthosTranslator translator;

    public BenthosFileRoutesBuilderLoader() {
        this(BenthosTranslator.DEFAULT);
    }

    public BenthosFileRoutesBuilderLoader(BenthosTranslator translator) {
        this.translator = translator;
    }

    @Override
    public String getSupportedExtension() {
        return EXTENSION;
    }

    @Override
    public RoutesBuilder loadRoutesBuilder(Resource resource) throws Exception {
        return BenthosDocuments.translate(translator, resource, BenthosDocuments.read(resource));
    }
}
