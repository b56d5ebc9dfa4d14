package io.camelbenthos.translate;

import org.apache.camel.RoutesBuilder;

/**
 * Turns one Benthos config document into Camel routes. Contract stub: the rt-core work implements it; the Camel
 * loader, the CLI and export all go through here.
 */
public final class BenthosRoutes {
    private BenthosRoutes() {
    }

    /** True when a YAML document is a Benthos config (a top-level mapping with input/pipeline/output). */
    public static boolean isBenthosDocument(String yamlText) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Parses (env interpolation, spec validation, lint) and translates; throws
     * {@link io.camelbenthos.config.ConfigException} listing every problem as {@code location:line:col: message}.
     *
     * @param location the file name or resource location used in error messages and to derive the stream id
     */
    public static RoutesBuilder fromYaml(String location, String yamlText) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
