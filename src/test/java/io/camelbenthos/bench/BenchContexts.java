package io.camelbenthos.bench;

import io.camelbenthos.components.ComponentRegistry;
import io.camelbenthos.config.ConfigLoader;
import io.camelbenthos.translate.BenthosRoutes;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;

/** The two sides of a connector benchmark, each started in a Camel context of its own and stopped by closing it. */
final class BenchContexts {
    private BenchContexts() {
    }

    /** The runtime side: a Benthos config translated as the runtime does it (its HTTP server on a free port). */
    static AutoCloseable benthos(String yaml) throws Exception {
        ConfigLoader loader = new ConfigLoader(ComponentRegistry.defaultRegistry(), System.getenv(),
                List.of("http.address=127.0.0.1:" + AvailablePortFinder.find().getPort()));
        return camel(BenthosRoutes.fromYaml("bench.yaml", yaml, loader));
    }

    /** The hand-written side: plain Camel routes. */
    static AutoCloseable camel(RoutesBuilder routes) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.getShutdownStrategy().setTimeout(5);
        camel.addRoutes(routes);
        camel.start();
        return camel::stop;
    }
}
