package org.arrears.compliance.benchmark;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * Runs an operation from a number of threads for a fixed time after a warm-up and reports throughput and latency
 * percentiles. Latencies are kept per thread in plain arrays so measuring costs next to nothing.
 */
final class LoadRun {

    record Result(String name, long operations, double seconds, double p50Millis, double p99Millis) {

        double perSecond() {
            return operations / seconds;
        }

        @Override
        public String toString() {
            return String.format("| %s | %,.0f | %.2f | %.2f | %,d |", name, perSecond(), p50Millis, p99Millis,
                    operations);
        }
    }

    private LoadRun() {
    }

    /** {@code op} receives a per-thread sequence number; it must throw on failure. */
    static Result run(String name, int threads, int warmupSeconds, int seconds, IntConsumer op)
            throws InterruptedException {
        exercise(threads, warmupSeconds, (t, i, nanos) -> {
        }, op);
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        long start = System.nanoTime();
        exercise(threads, seconds, (t, i, nanos) -> {
            if (latencies[t] == null) {
                latencies[t] = new long[1 << 16];
            }
            if (counts[t] == latencies[t].length) {
                latencies[t] = Arrays.copyOf(latencies[t], counts[t] * 2);
            }
            latencies[t][counts[t]++] = nanos;
        }, op);
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            if (latencies[t] != null) {
                System.arraycopy(latencies[t], 0, all, k, counts[t]);
                k += counts[t];
            }
        }
        Arrays.sort(all);
        return new Result(name, total, elapsed, pct(all, 0.50), pct(all, 0.99));
    }

    private interface Sample {
        void record(int thread, int seq, long nanos);
    }

    private static void exercise(int threads, int seconds, Sample sample, IntConsumer op)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(threads);
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    for (int i = 0; !stop.get(); i++) {
                        long s = System.nanoTime();
                        op.accept(thread * 1_000_000 + i);
                        sample.record(thread, i, System.nanoTime() - s);
                    }
                } catch (Throwable e) {
                    failure[0] = e;
                    stop.set(true);
                } finally {
                    done.countDown();
                }
            }, "load-" + t);
            worker.start();
        }
        // The measured window is a duration, not a condition: this wait is the benchmark's clock.
        done.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
        stop.set(true);
        done.await();
        if (failure[0] != null) {
            throw new IllegalStateException("load run failed", failure[0]);
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
