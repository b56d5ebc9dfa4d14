package io.camelbenthos.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelbenthos.testing.PathHammer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example end to end: a Camel Main application with its own Java route and properties loads a
 * folder holding a Benthos config and a Camel YAML DSL route, and all three answer. The folder is a copy of
 * {@code example/routes} with the Benthos server moved to a free port.
 */
class GreetingApplicationTest {
    @RegisterExtension
    AvailablePortFinder.Port port = AvailablePortFinder.find();

    @TempDir
    Path routes;
    private Main main;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void copyExampleRoutes() throws Exception {
        for (String name : new String[] {"shout.yaml", "wave.yaml"}) {
            String text = new String(getClass().getResourceAsStream("/example/routes/" + name).readAllBytes());
            Files.writeString(routes.resolve(name), text.replace("127.0.0.1:4195", "127.0.0.1:" + port.getPort()));
        }
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void javaCamelYamlAndBenthosRoutesAllAnswer() throws Exception {
        start(new CountDownLatch(0));
        ProducerTemplate template = main.getCamelTemplate();
        assertThat(template.requestBody("direct:greet", "Camel", String.class)).isEqualTo("Hello, Camel!");
        assertThat(template.requestBody("direct:wave", "you", String.class)).isEqualTo("Wave to you");
        assertThat(post("/shout", "foo bar")).isEqualTo("FOO BAR");
    }

    @Test
    void aBrokenBenthosFileStopsTheApplicationWithFileAndLine() throws Exception {
        Files.writeString(routes.resolve("broken.yaml"), "input:\n  http_server:\n    pathh: /x\noutput:\n  drop: {}\n");
        assertThatThrownBy(() -> start(new CountDownLatch(0))).hasStackTraceContaining("broken.yaml:3:");
    }

    @Test
    void editedBenthosFilesAreReloaded() throws Exception {
        CountDownLatch reloaded = new CountDownLatch(1);
        main = GreetingApplication.create();
        main.addOverrideProperty("camel.main.routes-reload-enabled", "true");
        main.addOverrideProperty("camel.main.routes-reload-directory", routes.toString());
        main.addOverrideProperty("camel.main.routes-reload-pattern", "*.yaml");
        start(reloaded);
        assertThat(post("/shout", "Foo Bar")).isEqualTo("FOO BAR");

        // Replaced in one rename, so the watcher never reads a half-written file (it watches *.yaml only).
        Path shout = routes.resolve("shout.yaml");
        Path edited = Files.writeString(Files.createTempFile(routes, "shout", ".edit"),
                Files.readString(shout).replace("uppercase()", "lowercase()"));
        Files.move(edited, shout, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertThat(reloaded.await(30, TimeUnit.SECONDS)).as("route reloaded").isTrue();
        // A new client: the old server closed the first client's pooled connection, and a POST is not retried.
        assertThat(post(HttpClient.newHttpClient(), "/shout", "Foo Bar")).isEqualTo("foo bar");
    }

    /** Benthos serves only once its inputs are registered: /shout is refused or answers, never 404. */
    @Test
    void theBenthosPathNeverAnswers404WhileTheApplicationStartsOrReloads() throws Exception {
        CountDownLatch reloaded = new CountDownLatch(1);
        main = GreetingApplication.create();
        main.addOverrideProperty("camel.main.routes-reload-enabled", "true");
        main.addOverrideProperty("camel.main.routes-reload-directory", routes.toString());
        main.addOverrideProperty("camel.main.routes-reload-pattern", "*.yaml");
        try (PathHammer hammer = PathHammer.start(URI.create("http://127.0.0.1:" + port.getPort() + "/shout"))) {
            start(reloaded);
            assertThat(hammer.awaitOk(30, TimeUnit.SECONDS)).as("answers once started").isTrue();

            Path shout = routes.resolve("shout.yaml");
            Path edited = Files.writeString(Files.createTempFile(routes, "shout", ".edit"),
                    Files.readString(shout).replace("uppercase()", "lowercase()"));
            Files.move(edited, shout, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertThat(reloaded.await(30, TimeUnit.SECONDS)).as("route reloaded").isTrue();
            assertThat(hammer.awaitOk(30, TimeUnit.SECONDS)).as("answers once reloaded").isTrue();

            assertThat(hammer.answers()).noneMatch(answer -> answer.startsWith("404"))
                    .allMatch(answer -> answer.equals("200 HAMMER") || answer.equals("200 hammer")
                            || answer.startsWith("503 "));
        }
    }

    /** Starts the application on the copied folder; {@code reloaded} counts down when a route was reloaded. */
    private void start(CountDownLatch reloaded) throws Exception {
        if (main == null) {
            main = GreetingApplication.create();
        }
        main.addOverrideProperty("camel.main.routes-include-pattern", "file:" + routes + "/*.yaml");
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                CamelContext context = support.getCamelContext();
                context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
                    @Override
                    public void notify(CamelEvent event) {
                        if (event instanceof CamelEvent.RouteReloadedEvent) {
                            reloaded.countDown();
                        }
                    }
                });
            }
        });
        main.start();
    }

    private String post(String path, String body) throws Exception {
        return post(http, path, body);
    }

    private String post(HttpClient client, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getPort() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
