package io.camelbenthos.runtime;

import io.camelbenthos.config.ConfigException;
import io.camelbenthos.translate.TranslatedStream;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code run -w}: watches the config files and replaces a stream's routes when its file changes. A changed file
 * with problems is reported and the running version is kept, as Benthos does.
 */
public final class ConfigWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);

    private final StreamsRunner runner;
    private final StreamsLoader loader;
    private final List<Path> files;
    private final List<Path> resourceFiles;
    private final WatchService watch;
    private final Thread thread;
    private final List<java.util.function.Consumer<Path>> reloadListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ConfigWatcher(StreamsRunner runner, StreamsLoader loader, List<Path> files) throws IOException {
        this(runner, loader, files, List.of());
    }

    /** @param resourceFiles {@code -r} files: a change to one reloads every config, as each includes its resources */
    public ConfigWatcher(StreamsRunner runner, StreamsLoader loader, List<Path> files, List<Path> resourceFiles)
            throws IOException {
        this.runner = runner;
        this.loader = loader;
        this.files = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.resourceFiles = resourceFiles.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.watch = FileSystems.getDefault().newWatchService();
        Set<Path> dirs = new HashSet<>();
        for (Path f : java.util.stream.Stream.concat(this.files.stream(), this.resourceFiles.stream()).toList()) {
            if (dirs.add(f.getParent())) {
                f.getParent().register(watch, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            }
        }
        this.thread = new Thread(this::loop, "camel-benthos-config-watcher");
        thread.setDaemon(true);
    }

    /** Called with the file after each successful reload (tests, logging by embedders). */
    public void onReload(java.util.function.Consumer<Path> listener) {
        reloadListeners.add(listener);
    }

    public void start() {
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watch.take();
                Set<Path> changed = new HashSet<>();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        Path full = ((Path) key.watchable()).resolve(name).normalize();
                        if (files.contains(full)) {
                            changed.add(full);
                        } else if (resourceFiles.contains(full)) {
                            changed.addAll(files);
                        }
                    }
                }
                key.reset();
                changed.forEach(this::reload);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void reload(Path file) {
        try {
            TranslatedStream updated = loader.reload(file);
            runner.replace(updated);
            LOG.info("Reloaded config {}", file);
            reloadListeners.forEach(l -> l.accept(file));
        } catch (ConfigException e) {
            e.errors().forEach(err -> LOG.error("Config lint error: {}", err));
            LOG.error("Keeping the running version of {}", file);
        } catch (Exception e) {
            LOG.error("Failed to reload {}: {}", file, e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}
