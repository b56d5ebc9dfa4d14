package io.camelbenthos.example;

import java.nio.file.Path;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;

/**
 * The example application serving HTTP itself (camel-platform-http-main, {@code camel.server.enabled=true}) with a
 * platform-http route of its own ({@code /hello}) and the Benthos configs of a folder: their http_server inputs
 * without an address mount on the application's server.
 */
public final class PlatformHttpApplication {
    private PlatformHttpApplication() {
    }

    /** Starts it on 127.0.0.1:{@code port} with every {@code *.yaml} of {@code routes}. */
    public static Main start(Path routes, int port) throws Exception {
        Main main = GreetingApplication.create();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("platform-http:/hello").routeId("hello").setBody(constant("hello from the application"));
            }
        });
        main.addOverrideProperty("camel.main.routes-include-pattern", "file:" + routes + "/*.yaml");
        main.addOverrideProperty("camel.server.enabled", "true");
        main.addOverrideProperty("camel.server.host", "127.0.0.1");
        main.addOverrideProperty("camel.server.port", String.valueOf(port));
        main.start();
        return main;
    }
}
