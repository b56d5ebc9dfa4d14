package io.camelbenthos.buffer;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The byte budget of a {@code memory} buffer (processors reference §21.1): a batch's content bytes are reserved when
 * it is written and given back once its downstream transaction was acked. A writer waits while the buffer is full,
 * which is the back-pressure on the input. Shared by the buffer's write and read steps through the Camel registry.
 *
 * <p>A JavaBean for export: {@code limit} is the only setting.
 */
public class BufferSpace {
    private static final long WAIT_SLICE_MS = 200;

    private long limit = 524_288_000L;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private long used;
    private volatile boolean closed;

    public long getLimit() {
        return limit;
    }

    /** The most content bytes the buffer holds at once. */
    public void setLimit(long limit) {
        this.limit = limit;
    }

    /** Content bytes currently held (written and not yet acked downstream). */
    public long used() {
        lock.lock();
        try {
            return used;
        } finally {
            lock.unlock();
        }
    }

    /** Writers waiting for space now: the input is back-pressured (for tests and monitoring). */
    public int waitingWriters() {
        lock.lock();
        try {
            return lock.getWaitQueueLength(released);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until {@code bytes} fit, then holds them.
     *
     * @return false when the buffer was closed (the stream is stopping) before they fitted
     * @throws InterruptedException when the writing thread is interrupted while it waits
     */
    public boolean reserve(long bytes) throws InterruptedException {
        lock.lock();
        try {
            while (used + bytes > limit && used > 0) {
                if (closed) {
                    return false;
                }
                released.await(WAIT_SLICE_MS, TimeUnit.MILLISECONDS);
            }
            used += bytes;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Gives back what {@link #reserve} held. */
    public void release(long bytes) {
        lock.lock();
        try {
            used = Math.max(0, used - bytes);
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Writers waiting now give up (stream stopping). */
    public void close() {
        closed = true;
        lock.lock();
        try {
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Writers wait again (the stream was started again). */
    public void open() {
        closed = false;
    }

}
