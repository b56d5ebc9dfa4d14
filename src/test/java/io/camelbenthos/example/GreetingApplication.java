package io.camelbenthos.example;

import org.apache.camel.main.Main;

/**
 * An ordinary Camel Main application that embeds camel-benthos: its own Java routes and properties, plus every
 * {@code routes/*.yaml} next to them, Benthos configs and Camel YAML DSL alike. Nothing Benthos-specific is
 * configured: having the jar on the classpath is enough. See docs/embedding.md.
 */
public final class GreetingApplication {
    private GreetingApplication() {
    }

    public static void main(String[] args) throws Exception {
        create().run(args);
    }

    /** The application, configured but not started (tests start and stop it themselves). */
    public static Main create() {
        Main main = new Main();
        main.setPropertyPlaceholderLocations("classpath:example/application.properties");
        main.configure().addRoutesBuilder(new GreetingRoutes());
        return main;
    }
}
