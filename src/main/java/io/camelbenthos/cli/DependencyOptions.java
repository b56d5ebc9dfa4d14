package io.camelbenthos.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.tooling.maven.MavenArtifact;
import org.apache.camel.tooling.maven.MavenDownloader;
import org.apache.camel.tooling.maven.MavenDownloaderImpl;
import org.apache.camel.tooling.maven.MavenResolutionException;
import picocli.CommandLine.Option;

/**
 * Extra Camel components without a rebuild, as Camel JBang's {@code --dep} adds them: {@code --dep g:a:v} artifacts
 * (with their dependencies) resolved by Camel's own Maven downloader from the local repository, else the configured
 * remotes, plus every jar of a {@code lib/} folder. They are loaded by a class loader over the runner's own (whose
 * classes win), made the thread's context class loader, which is where the config check and Camel look components up.
 */
public final class DependencyOptions {
    /** Connect and request timeout towards a remote repository (the downloader's own default). */
    private static final int TIMEOUT_MS = 10_000;

    @Option(names = "--dep", description = "An extra dependency groupId:artifactId:version, e.g. "
            + "org.apache.camel:camel-jms:4.18.0, resolved with its dependencies (repeatable, or comma-separated).",
            split = ",")
    List<String> deps = new ArrayList<>();

    @Option(names = "--lib", description = "A folder whose jars are added (default: lib, when it exists).")
    Path lib = Path.of("lib");

    @Option(names = "--repos", description = "Extra remote Maven repositories, comma-separated URLs.")
    String repos;

    @Option(names = "--maven-settings", description = "The Maven settings.xml to use (mirrors, servers, proxies); "
            + "default ~/.m2/settings.xml.")
    String mavenSettings;

    @Option(names = "--local-repository", description = "The local Maven repository to resolve from first "
            + "(default: maven.repo.local, else ~/.m2/repository).")
    String localRepository;

    @Option(names = "--offline", description = "Resolve from the local repository only, never from a remote one.")
    boolean offline;

    /** What {@link #install} did: closing it puts the thread's previous class loader back. */
    interface Installed extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Makes the dependencies visible to this thread (and the threads it starts) until the result is closed; does
     * nothing when there are none.
     *
     * @throws MavenResolutionException when an artifact cannot be resolved
     */
    Installed install() throws MavenResolutionException {
        List<URL> jars = new ArrayList<>(libJars());
        if (!deps.isEmpty()) {
            for (MavenArtifact artifact : resolve()) {
                jars.add(url(artifact.getFile().toPath()));
            }
        }
        if (jars.isEmpty()) {
            return () -> { };
        }
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        ClassLoader parent = previous != null ? previous : DependencyOptions.class.getClassLoader();
        URLClassLoader loader = new URLClassLoader("camel-benthos-deps", jars.toArray(URL[]::new), parent);
        current.setContextClassLoader(loader);
        return () -> {
            current.setContextClassLoader(previous);
            try {
                loader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private List<MavenArtifact> resolve() throws MavenResolutionException {
        MavenDownloaderImpl downloader = new MavenDownloaderImpl();
        if (mavenSettings != null) {
            downloader.setMavenSettingsLocation(mavenSettings);
        }
        if (repos != null) {
            downloader.setRepos(repos);
        }
        downloader.setOffline(offline);
        downloader.build();
        try {
            MavenDownloader resolver = localRepository == null ? downloader
                    : downloader.customize(Path.of(localRepository).toAbsolutePath().toString(), TIMEOUT_MS, TIMEOUT_MS);
            return resolver.resolveArtifacts(deps, Set.of(), true, false);
        } finally {
            ServiceHelper.stopService(downloader);
        }
    }

    private List<URL> libJars() {
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted()
                    .map(DependencyOptions::url).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }
}
