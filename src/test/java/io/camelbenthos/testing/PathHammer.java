package io.camelbenthos.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * POSTs to one URI over and over on its own thread, from before anything listens until closed, and keeps every
 * answer as {@code "<status> <body>"}. A refused or dropped connection (nothing listening yet, a server closed for a
 * reload) is no answer: the next attempt follows shortly.
 */
public final class PathHammer implements AutoCloseable {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpRequest request;
    private final List<String> answers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile CountDownLatch nextOk = new CountDownLatch(1);

    private PathHammer(URI uri) {
        this.request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("hammer")).build();
        this.thread = new Thread(this::loop, "path-hammer " + uri);
        thread.setDaemon(true);
    }

    public static PathHammer start(URI uri) {
        PathHammer hammer = new PathHammer(uri);
        hammer.thread.start();
        return hammer;
    }

    /** Waits for a 200 answered to a request sent after this call. */
    public boolean awaitOk(long timeout, TimeUnit unit) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        nextOk = latch;
        return latch.await(timeout, unit);
    }

    /** Every answer so far, oldest first. */
    public List<String> answers() {
        return List.copyOf(answers);
    }

    private void loop() {
        while (!stopped) {
            CountDownLatch waiting = nextOk;
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                answers.add(r.statusCode() + " " + r.body().strip());
                if (r.statusCode() == 200) {
                    waiting.countDown();
                }
            } catch (IOException notListening) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // gentle on the shared CPUs
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(30));
    }
}
