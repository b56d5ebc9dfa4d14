package io.camelbenthos.exec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-lived child process of a {@code subprocess} processor (Benthos's {@code subprocWrapper}). One dedicated
 * thread owns it: every request/response exchange and every restart runs there, one at a time (Benthos holds a mutex
 * per message), so no pipeline thread ever waits on the child's pipes. Two reader threads per child turn its stdout
 * (by {@code codec_recv}) and stderr (by lines) into frames on one queue. When the child exits it is restarted, as
 * Benthos does, with what it printed meanwhile logged ({@code Subprocess exited}).
 */
public final class Subprocess implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Subprocess.class);
    /** Benthos's {@code component.ErrTypeClosed}. */
    static final String CLOSED = "type was closed";
    private static final long RESTART_DELAY_MS = 1000;

    /** A frame of output: from stdout, from stderr, or the end of one of the two streams. */
    private record Frame(byte[] bytes, boolean fromStderr, boolean end) {
    }

    /** One run of the child, with the frames its readers produce. */
    private record Child(Process process, OutputStream stdin, BlockingDeque<Frame> frames) {
    }

    private final String program;
    private final List<String> args;
    private final String codecRecv;
    private final int maxBuffer;
    private final ScheduledExecutorService owner;
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
    private volatile Child child;
    private volatile boolean closed;

    /**
     * Starts the child on its own thread ({@code thread} names it).
     *
     * @throws IllegalArgumentException when the program cannot be found (Go's {@code exec} text)
     */
    public Subprocess(String name, List<String> args, String codecRecv, int maxBuffer, String thread) {
        this.program = Executables.lookup(name);
        this.args = List.copyOf(args);
        this.codecRecv = codecRecv;
        this.maxBuffer = maxBuffer;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "subprocess " + thread);
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.owner = executor;
        owner.execute(this::startChild);
    }

    /** Runs {@code work} on the child's own thread, after the exchanges asked for before it. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        pending.add(result);
        result.whenComplete((r, e) -> pending.remove(result));
        try {
            owner.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IOException(CLOSED));
        }
        return result;
    }

    /**
     * Writes {@code prolog}, {@code payload} and {@code epilog} (each may be null) to the child's stdin and returns
     * its answer on stdout. Only on the child's own thread (inside {@link #submit}).
     *
     * @throws IOException the stderr answer (all of it that arrives within a second, as Benthos collects it), the
     *     write's failure, or {@code type was closed} when the child is gone
     */
    public byte[] exchange(byte[] prolog, byte[] payload, byte[] epilog) throws IOException {
        Child c = child;
        if (c == null || closed) {
            throw new IOException(CLOSED);
        }
        OutputStream stdin = c.stdin();
        if (prolog != null) {
            stdin.write(prolog);
        }
        stdin.write(payload);
        if (epilog != null) {
            stdin.write(epilog);
        }
        stdin.flush();
        Frame frame = take(c);
        Frame stderrEnd = null;
        if (frame.end() && frame.fromStderr()) {
            // stderr closed first (the child exits after answering): the answer may still be on its way on stdout
            stderrEnd = frame;
            frame = take(c);
        }
        if (stderrEnd != null) {
            c.frames().offerFirst(stderrEnd); // still there for the restart's bookkeeping
        }
        if (frame.end()) {
            throw new IOException(CLOSED);
        }
        if (!frame.fromStderr()) {
            return frame.bytes();
        }
        ByteArrayOutputStream error = new ByteArrayOutputStream();
        error.writeBytes(frame.bytes());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        // Benthos keeps reading stderr for up to a second; stdout frames meanwhile are not part of this answer.
        List<Frame> later = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            Frame more = left <= 0 ? null : poll(c, left);
            if (more == null) {
                break;
            }
            if (more.end()) {
                later.add(more);
                break;
            }
            if (more.fromStderr()) {
                error.writeBytes(more.bytes());
            } else {
                later.add(more);
            }
        }
        // stdout frames (and the end of a stream) that came meanwhile stay for the next exchange, in order
        for (int i = later.size() - 1; i >= 0; i--) {
            c.frames().offerFirst(later.get(i));
        }
        throw new IOException(error.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Frame take(Child c) throws IOException {
        try {
            return c.frames().take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(CLOSED);
        }
    }

    private static Frame poll(Child c, long nanos) throws IOException {
        try {
            return c.frames().poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(CLOSED);
        }
    }

    /** On the owner thread. */
    private void startChild() {
        if (closed) {
            return;
        }
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add(program);
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            LOG.error("Failed to start subprocess: {}", e.getMessage());
            schedule(this::startChild);
            return;
        }
        BlockingDeque<Frame> frames = new LinkedBlockingDeque<>();
        Child started = new Child(process, process.getOutputStream(), frames);
        read(FrameReader.of(codecRecv, process.getInputStream(), maxBuffer), false, frames,
                "Failed to read subprocess output: ");
        read(FrameReader.of("lines", process.getErrorStream(), maxBuffer), true, frames,
                "Failed to read subprocess error output: ");
        child = started;
        LOG.info("Subprocess started");
        process.onExit().thenRun(() -> {
            try {
                owner.execute(() -> exited(started));
            } catch (RejectedExecutionException e) {
                // closed meanwhile: nothing to restart
            }
        });
    }

    private void schedule(Runnable task) {
        try {
            owner.schedule(task, RESTART_DELAY_MS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    /** On the owner thread, after any exchange that was running: logs what the child left, then restarts it. */
    private void exited(Child gone) {
        if (closed || child != gone) {
            return;
        }
        LOG.warn("Subprocess exited");
        child = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int ends = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        try {
            while (ends < 2) {
                long left = deadline - System.nanoTime();
                Frame f = left <= 0 ? null : gone.frames().poll(left, TimeUnit.NANOSECONDS);
                if (f == null) {
                    break; // a grandchild may keep the pipes open: do not wait for it
                }
                if (f.end()) {
                    ends++;
                } else {
                    (f.fromStderr() ? err : out).writeBytes(f.bytes());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (out.size() > 0) {
            LOG.info("{}", out.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (err.size() > 0) {
            LOG.error("{}", err.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        startChild();
    }

    private static void read(FrameReader reader, boolean stderr, BlockingDeque<Frame> frames, String errorPrefix) {
        Thread t = new Thread(() -> {
            try {
                byte[] frame;
                while ((frame = reader.next()) != null) {
                    frames.add(new Frame(frame, stderr, false));
                }
            } catch (IOException e) {
                LOG.error("{}{}", errorPrefix, e.getMessage());
            } finally {
                frames.add(new Frame(new byte[0], stderr, true));
            }
        }, stderr ? "subprocess stderr" : "subprocess stdout");
        t.setDaemon(true);
        t.start();
    }

    /** True while a child is running (for tests and monitoring). */
    public boolean running() {
        Child c = child;
        return c != null && c.process().isAlive();
    }

    /** The running child's process id, -1 when none (for tests). */
    public long pid() {
        Child c = child;
        return c == null ? -1 : c.process().pid();
    }

    /** Stops the child and the thread; exchanges still queued fail with {@code type was closed}. */
    @Override
    public void close() {
        closed = true;
        owner.shutdownNow();
        // exchanges that never got their turn end now instead of never
        new ArrayList<>(pending).forEach(f -> f.completeExceptionally(new IOException(CLOSED)));
        Child c = child;
        child = null;
        if (c != null) {
            c.process().destroy();
            try (InputStream ignored = c.process().getInputStream()) {
                c.stdin().close();
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
