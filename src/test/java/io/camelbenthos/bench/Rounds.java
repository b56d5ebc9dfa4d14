package io.camelbenthos.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Timing for the connector benchmarks: each side is measured in turns, several rounds, in a rotating order, so a
 * change in the machine's load hits both alike; a rate excludes start-up (connecting, joining a group) by counting from
 * the first percent of the records on. Prints records/s per side (median, min-max) and the ratio runtime /
 * hand-written per round (median, min-max).
 */
final class Rounds {
    /** One side's run: starts it, returns something to stop it with. */
    @FunctionalInterface
    interface Side {
        AutoCloseable start(int round) throws Exception;
    }

    private final String title;
    private final long records;
    private final List<Double> runtime = new ArrayList<>();
    private final List<Double> hand = new ArrayList<>();

    Rounds(String title, long records) {
        this.title = title;
        this.records = records;
    }

    /**
     * Runs one side once and returns its records/s.
     *
     * @param delivered how many records the side has delivered so far (polled)
     */
    double measure(Side side, int round, LongSupplier delivered, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try (AutoCloseable running = side.start(round)) {
            long firstCount;
            long t0;
            while ((firstCount = delivered.getAsLong()) < Math.max(1, records / 100)) {
                check(deadline, firstCount);
                Thread.sleep(5);
            }
            t0 = System.nanoTime();
            long n;
            while ((n = delivered.getAsLong()) < records) {
                check(deadline, n);
                Thread.sleep(5);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return (records - firstCount) / seconds;
        }
    }

    private void check(long deadline, long n) {
        if (System.currentTimeMillis() > deadline) {
            throw new IllegalStateException(title + ": only " + n + " of " + records + " records delivered in time");
        }
    }

    /** Runs {@code rounds} rounds of both sides, the first side alternating. */
    void run(int rounds, Side runtimeSide, Side handSide, java.util.function.IntFunction<LongSupplier> runtimeCount,
             java.util.function.IntFunction<LongSupplier> handCount, long timeoutMillis) throws Exception {
        for (int round = 0; round < rounds; round++) {
            boolean runtimeFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean isRuntime = (turn == 0) == runtimeFirst;
                double rate = isRuntime
                        ? measure(runtimeSide, round, runtimeCount.apply(round), timeoutMillis)
                        : measure(handSide, round, handCount.apply(round), timeoutMillis);
                (isRuntime ? runtime : hand).add(rate);
                System.out.printf("%s round %d: %s %.0f records/s%n", title, round + 1,
                        isRuntime ? "runtime" : "hand-written", rate);
            }
        }
    }

    /** The summary lines; the first round of each side is warm-up and left out when there are more. */
    void report() {
        int skip = runtime.size() > 1 ? 1 : 0;
        List<Double> r = runtime.subList(skip, runtime.size());
        List<Double> h = hand.subList(skip, hand.size());
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            ratios.add(r.get(i) / h.get(i));
        }
        System.out.printf("%n%s (%d records, %d measured rounds after one warm-up round)%n", title, records, r.size());
        System.out.printf("  runtime       %s records/s%n", spread(r, "%.0f"));
        System.out.printf("  hand-written  %s records/s%n", spread(h, "%.0f"));
        System.out.printf("  ratio runtime / hand-written  %s%n", spread(ratios, "%.2f"));
    }

    private static String spread(List<Double> values, String format) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format(format + " (" + format + "-" + format + ")", median, sorted.get(0),
                sorted.get(sorted.size() - 1));
    }
}
