package io.camelbenthos.bench;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The baseline of {@code bench/http-load.sh}: what a Camel developer would write by hand for example 1 of the
 * sync-responses guide (POST /post, reply with the upper-cased body), on the same Vert.x platform-http server the
 * runtime uses. Not a test: run by the benchmark script with the test classpath.
 *
 * <p>Usage: {@code HandWrittenUppercaseRoute <host> <port>}; runs until killed.
 */
public final class HandWrittenUppercaseRoute {
    private HandWrittenUppercaseRoute() {
    }

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 4195;
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost(host);
        conf.setBindPort(port);
        CamelContext camel = new DefaultCamelContext();
        camel.addService(new VertxPlatformHttpServer(conf), true, true);
        camel.addRoutes(new UppercaseRoute());
        camel.start();
        System.out.println("hand-written route listening on http://" + host + ":" + port + "/post");
        // Runs until the benchmark kills the JVM.
        new CountDownLatch(1).await();
    }

    /** POST /post: upper-case the body and reply with it. */
    static final class UppercaseRoute extends RouteBuilder {
        @Override
        public void configure() {
            from("platform-http:/post?httpMethodRestrict=POST")
                    .routeId("hand-written-uppercase")
                    .process(new Uppercase());
        }
    }

    /** The whole body upper-cased, as {@code content().uppercase()} does (Go's strings.ToUpper on UTF-8). */
    static final class Uppercase implements Processor {
        @Override
        public void process(Exchange exchange) {
            byte[] body = exchange.getMessage().getBody(byte[].class);
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            org.apache.camel.Message out = exchange.getMessage();
            out.removeHeaders("*");
            out.setHeader(Exchange.CONTENT_TYPE, "application/octet-stream");
            out.setBody(text.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        }
    }
}
