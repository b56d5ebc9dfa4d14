package io.camelbenthos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --dep} and {@code lib/}: a Camel component that is not in the build, compiled by the test into a jar,
 * installed into a Maven repository folder of the test and resolved from it offline,
 * or dropped into a lib folder; then a config using its scheme lints and runs.
 */
class RunWithDependencyTest {
    private static final String GAV = "io.example.camel12:camel-relay12:1.0";

    @TempDir
    Path dir;

    private Path repo;
    private Path jar;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void buildRepository() throws Exception {
        jar = buildComponentJar(dir.resolve("build"));
        repo = dir.resolve("repo");
        Path artifactDir = Files.createDirectories(repo.resolve("io/example/camel12/camel-relay12/1.0"));
        Files.copy(jar, artifactDir.resolve("camel-relay12-1.0.jar"));
        Files.writeString(artifactDir.resolve("camel-relay12-1.0.pom"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.example.camel12</groupId><artifactId>camel-relay12</artifactId><version>1.0</version>
                </project>
                """);
    }

    private int main(String... args) {
        return Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    private Path config(Path out) throws IOException {
        return Files.writeString(dir.resolve("relay.yaml"), """
                input:
                  generate: {count: 1, interval: "", mapping: 'root = "hello dep"'}
                output:
                  camel: {uri: "relay12:%s"}
                """.formatted(out));
    }

    @Test
    void withoutTheDependencyTheSchemeIsALintErrorNamingTheArtifact() throws Exception {
        Path f = config(dir.resolve("out.txt"));
        assertThat(main("lint", "--lib", dir.resolve("nolib").toString(), f.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(f + ":4:16: no Camel component for scheme 'relay12': add "
                + "org.apache.camel:camel-relay12:4.18.0");
    }

    @Test
    void depResolvesTheComponentFromTheLocalRepositoryOffline() throws Exception {
        Path out = dir.resolve("out.txt");
        Path f = config(out);
        assertThat(main("lint", "--dep", GAV, "--local-repository", repo.toString(), "--offline", f.toString()))
                .as(err.toString()).isZero();

        assertThat(main("run", "--dep", GAV, "--local-repository", repo.toString(), "--offline", f.toString()))
                .as(err.toString()).isZero();

        assertThat(Files.readString(out)).isEqualTo("hello dep");
        assertThat(Thread.currentThread().getContextClassLoader().getResource(
                "META-INF/services/org/apache/camel/component/relay12")).as("the run's loader is gone").isNull();
    }

    @Test
    void anUnresolvableDependencyStopsTheRunWithTheReason() throws Exception {
        Path f = config(dir.resolve("out.txt"));
        assertThat(main("run", "--dep", "io.example.camel12:missing:9", "--local-repository", repo.toString(), "--offline",
                f.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("failed to resolve dependencies: ").contains("missing");
    }

    @Test
    void aJarInTheLibFolderIsAddedToo() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.copy(jar, lib.resolve("relay.jar"));
        Path out = dir.resolve("lib-out.txt");
        assertThat(main("run", "--lib", lib.toString(), config(out).toString())).as(err.toString()).isZero();
        assertThat(Files.readString(out)).isEqualTo("hello dep");
    }

    /** A Camel component of scheme {@code relay12} whose producer appends each body to the file named in the URI. */
    private static Path buildComponentJar(Path build) throws IOException {
        Path src = Files.createDirectories(build.resolve("src/relay12"));
        Path classes = Files.createDirectories(build.resolve("classes"));
        Files.writeString(src.resolve("RelayComponent.java"), """
                package relay12;

                import java.nio.file.Files;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;
                import java.util.Map;
                import org.apache.camel.Consumer;
                import org.apache.camel.Endpoint;
                import org.apache.camel.Exchange;
                import org.apache.camel.Processor;
                import org.apache.camel.Producer;
                import org.apache.camel.support.DefaultComponent;
                import org.apache.camel.support.DefaultEndpoint;
                import org.apache.camel.support.DefaultProducer;

                public class RelayComponent extends DefaultComponent {
                    @Override
                    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
                        return new DefaultEndpoint(uri, this) {
                            @Override
                            public Producer createProducer() {
                                return new DefaultProducer(this) {
                                    @Override
                                    public void process(Exchange exchange) throws Exception {
                                        Files.write(Path.of(remaining), exchange.getMessage().getBody(byte[].class),
                                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                                    }
                                };
                            }

                            @Override
                            public Consumer createConsumer(Processor processor) {
                                throw new UnsupportedOperationException("relay12 only sends");
                            }
                        };
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.resolve("RelayComponent.java").toString());
        assertThat(rc).isZero();
        Path jar = build.resolve("camel-relay12-1.0.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/org/apache/camel/component/relay12"));
            out.write("class=relay12.RelayComponent\n".getBytes(StandardCharsets.UTF_8));
            try (var classFiles = Files.walk(classes)) {
                for (Path c : classFiles.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(c));
                }
            }
        }
        return jar;
    }
}
