package io.camelbenthos.example;

import org.apache.camel.builder.RouteBuilder;

/** The application's own Java DSL route, which also uses Bloblang as a Camel language. */
public class GreetingRoutes extends RouteBuilder {
    @Override
    public void configure() {
        from("direct:greet").routeId("greet")
                .transform().language("bloblang", "root = \"Hello, %s!\".format(content().string())");
    }
}
