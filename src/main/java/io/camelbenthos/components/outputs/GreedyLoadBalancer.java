package io.camelbenthos.components.outputs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.processor.loadbalancer.LoadBalancerSupport;

/**
 * The {@code greedy} broker pattern (semantics §3.1): every child reads from one shared channel, so a message goes to
 * whichever child is free. In Benthos each child output runs {@code max_in_flight} writer loops on that channel, and a
 * loop is busy from taking a message until the write is acked; a child therefore has {@code max_in_flight} slots.
 *
 * <p>Here the free slots wait in one fair FIFO queue, as Go queues the receivers blocked on a channel: a message takes
 * the slot that has been free longest, and its child gets it back once the message completed (acked or failed). When
 * no slot is free the sender blocks, as a send on Benthos's unbuffered channel does. Errors go upstream unchanged.
 *
 * <p>A JavaBean for export: {@code slots} lists each child's slot count in the order of the balancer's outputs.
 */
@JsonIgnoreProperties({"id", "routeId"}) // set by Camel when the route is built, not settings
public class GreedyLoadBalancer extends LoadBalancerSupport {
    private List<Integer> slots = List.of();
    private BlockingQueue<Integer> free;

    public List<Integer> getSlots() {
        return slots;
    }

    /** Slots (concurrent messages) of each child, in the order of the outputs. */
    public void setSlots(List<Integer> slots) {
        this.slots = List.copyOf(slots);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        int children = doGetProcessors().length;
        if (slots.size() != children) {
            throw new IllegalStateException("greedy broker has " + children + " outputs but slots for " + slots.size());
        }
        // Interleaved (a, b, a, b, ...) as the children's writer loops would queue on the channel at startup.
        List<Integer> order = new ArrayList<>();
        int most = slots.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int round = 0; round < most; round++) {
            for (int child = 0; child < children; child++) {
                if (slots.get(child) > round) {
                    order.add(child);
                }
            }
        }
        free = new ArrayBlockingQueue<>(Math.max(1, order.size()), true, order);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        int child;
        try {
            child = free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        AsyncProcessor output = doGetProcessors()[child];
        return output.process(exchange, doneSync -> {
            // Free the slot first: a sender blocked on a busy broker takes it before this exchange moves on.
            free.add(child);
            callback.done(doneSync);
        });
    }

    /** Slots free right now (for tests and monitoring). */
    public int freeSlots() {
        BlockingQueue<Integer> q = free;
        return q == null ? 0 : q.size();
    }
}
