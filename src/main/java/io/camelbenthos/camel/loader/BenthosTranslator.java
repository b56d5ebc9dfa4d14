package io.camelbenthos.camel.loader;

import io.camelbenthos.translate.BenthosRoutes;
import org.apache.camel.RoutesBuilder;

/** Turns one Benthos config into Camel routes; a seam so the loaders can be tested without the real translation. */
@FunctionalInterface
public interface BenthosTranslator {
    /** The production translator: {@link BenthosRoutes#fromYaml}. */
    BenthosTranslator DEFAULT = BenthosRoutes::fromYaml;

    /**
     * @param location the file as the user named it, used in error messages and to derive the stream id
     * @throws io.camelbenthos.config.ConfigException listing every problem as {@code location:line:col: message}
     */
    RoutesBuilder translate(String location, String yamlText);
}
