package io.camelbenthos.runtime;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code streams -w}: watches the stream files and directories given, and turns each change into exactly one
 * stream's change (processors reference §22.1): a changed or added file replaces or creates the stream of its id, a
 * removed file deletes it; the other streams keep running. A file with lint problems is rejected (the running
 * version is kept) unless {@code --chilled}.
 */
public final class StreamsWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsWatcher.class);
    /** How long a burst of events (an editor's write, rename and touch) is gathered before acting on it. */
    private static final long SETTLE_MILLIS = 100;

    private final StreamManager manager;
    private final List<Path> paths;
    private final boolean chilled;
    private final WatchService watch;
    private final Thread thread;
    private final List<java.util.function.Consumer<String>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public StreamsWatcher(StreamManager manager, List<Path> paths, boolean chilled) throws IOException {
        this.manager = manager;
        this.paths = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.chilled = chilled;
        this.watch = FileSystems.getDefault().newWatchService();
        for (Path p : this.paths) {
            if (Files.isDirectory(p)) {
                registerTree(p);
            } else if (p.getParent() != null) {
                register(p.getParent());
            }
        }
        this.thread = new Thread(this::loop, "camel-benthos-streams-watcher");
        thread.setDaemon(true);
    }

    /** Called with the stream id after each change applied or rejected (tests, embedders). */
    public void onChange(java.util.function.Consumer<String> listener) {
        listeners.add(listener);
    }

    public void start() {
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                register(d);
            }
        }
    }

    private void register(Path dir) throws IOException {
        dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                WatchKey key = watch.take();
                while (key != null) {
                    collect(key, changed);
                    key = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                }
                changed.forEach(this::apply);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path full = ((Path) key.watchable()).resolve(name).normalize();
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(full)) {
                    try {
                        registerTree(full);
                        try (Stream<Path> files = Files.walk(full)) {
                            files.filter(Files::isRegularFile).forEach(changed::add);
                        }
                    } catch (IOException e) {
                        LOG.error("Failed to watch {}: {}", full, e.getMessage());
                    }
                } else {
                    changed.add(full);
                }
            }
        }
        key.reset();
    }

    private void apply(Path file) {
        String id = StreamFiles.idOf(paths, file);
        if (id == null) {
            return;
        }
        try {
            if (!Files.exists(file)) {
                if (manager.exists(id)) {
                    manager.delete(id);
                    LOG.info("Stream {} deleted, its file {} was removed", id, file);
                }
            } else {
                String text = Files.readString(file);
                if (text.isBlank()) {
                    return; // being written: the write that fills it comes as an event of its own
                }
                manager.createOrUpdate(id, file.toString(), text, chilled);
                LOG.info("Stream {} updated from {}", id, file);
            }
        } catch (StreamManager.LintFailure e) {
            e.lints().forEach(lint -> LOG.error("{}: {}", file, lint));
            LOG.error("Rejecting updated stream {} config due to linter errors, to allow linting errors run camel-benthos"
                    + " with --chilled.", id);
        } catch (Exception e) {
            LOG.error("Failed to update stream {} from {}: {}", id, file, e.getMessage());
        }
        listeners.forEach(l -> l.accept(id));
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}
