package io.camelbenthos.bench;

import io.camelbenthos.example.PlatformHttpApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code platform} server of {@code bench/http-load.sh}: routes/uppercase.yaml unchanged inside the embedding
 * example, its http_server mounted on the application's own platform-http server (Camel Main,
 * {@code camel.server.enabled=true}). Not a test: run by the benchmark script with the test classpath.
 *
 * <p>Usage: {@code PlatformHttpUppercase <host> <port>} (the host is 127.0.0.1 as the example binds it); runs until
 * killed.
 */
public final class PlatformHttpUppercase {
    private PlatformHttpUppercase() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 4195;
        Path routes = Files.createTempDirectory("platform-bench");
        Files.copy(Path.of("routes/uppercase.yaml"), routes.resolve("uppercase.yaml"));
        PlatformHttpApplication.start(routes, port);
        System.out.println("uppercase.yaml on the application's server at http://127.0.0.1:" + port + "/post");
        // Runs until the benchmark kills the JVM.
        new CountDownLatch(1).await();
    }
}
