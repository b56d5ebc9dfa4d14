package io.camelbenthos.http;

/** Counts requests not yet answered, so stopping a consumer can let them finish first. */
final class InflightRequests {
    private int count;

    synchronized void increment() {
        count++;
    }

    synchronized void decrement() {
        if (--count == 0) {
            notifyAll();
        }
    }

    /** Waits until every request has been answered, at most {@code millis}. */
    synchronized void awaitZero(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (count > 0) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return;
            }
            wait(left);
        }
    }
}
