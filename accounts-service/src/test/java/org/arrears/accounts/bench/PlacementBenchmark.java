package org.arrears.accounts.bench;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.arrears.events.Topics;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The bulk placement benchmark (docs/benchmarks.md), run by {@code accounts-service/bench/placement-benchmark.sh}
 * against a running accounts-service of the local stack:
 * <ol>
 * <li>streams {@code --rows} generated accounts as NDJSON to POST /v1/placements and counts, on the account topic,
 * the AccountPlaced events of this run's creditor: accounts/s from the first byte sent to the last event seen;</li>
 * <li>samples the service's RSS (/proc/PID/status) meanwhile, and reads its peak (VmHWM) at the end;</li>
 * <li>then, on the same database, COPYs the same number of account rows and three outbox rows per account (what
 * the service writes to the outbox for each placed account) into scratch tables in one transaction, for the raw
 * rate the service is compared with.</li>
 * </ol>
 */
public final class PlacementBenchmark {

    private static final String PLACED = "org.arrears.account.placed.v1";

    private PlacementBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = args(argv);
        int rows = Integer.parseInt(a.getOrDefault("rows", "1000000"));
        String creditor = a.get("creditor");
        long pid = Long.parseLong(a.get("pid"));

        AtomicLong peakRss = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakRss.accumulateAndGet(kb(pid, "VmRSS:"), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();

        try (KafkaConsumer<String, byte[]> consumer = consumer(a.get("bootstrap"))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ACCOUNT_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // fix the starting offsets before the first byte is sent

            byte[] marker = ("\"creditorId\":\"" + creditor + "\"").getBytes(StandardCharsets.UTF_8);
            Instant start = Instant.now();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            var response = http.sendAsync(HttpRequest.newBuilder(URI.create(a.get("url") + "/v1/placements"))
                    .header("Authorization", "Bearer " + a.get("token"))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedPortfolio(creditor, rows)))
                    .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofString());

            long placed = 0;
            Instant last = start;
            Instant deadline = start.plus(Duration.ofMinutes(30));
            while (placed < rows && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    Header type = r.headers().lastHeader("ce_type");
                    if (type != null && PLACED.equals(new String(type.value(), StandardCharsets.UTF_8))
                            && contains(r.value(), marker)) {
                        placed++;
                        last = Instant.now();
                    }
                }
            }
            HttpResponse<String> answer = response.get();
            sampler.interrupt();
            double seconds = Duration.between(start, last).toMillis() / 1000.0;
            double serviceRate = placed / seconds;
            long hwm = kb(pid, "VmHWM:");

            double copyRate = rawCopy(a.get("jdbc"), a.getOrDefault("db-user", "postgres"),
                    a.getOrDefault("db-password", "postgres"), rows);
            String report = """
                    | measure | value |
                    |---|---|
                    | accounts placed (AccountPlaced seen) | %,d of %,d |
                    | first byte → last AccountPlaced | %.1f s |
                    | service rate | %,.0f accounts/s |
                    | service peak RSS (sampled / VmHWM) | %,d MB / %,d MB |
                    | raw COPY, accounts + 3 outbox rows each, one transaction | %,.0f accounts/s |
                    | service / raw COPY | %.0f %% |
                    | POST answer | %d |
                    """.formatted(placed, rows, seconds, serviceRate, peakRss.get() / 1024, hwm / 1024, copyRate,
                    100 * serviceRate / copyRate, answer.statusCode());
            System.out.println(report);
            if (a.containsKey("out")) {
                Files.writeString(Path.of(a.get("out")), report);
            }
        }
    }

    /** COPY of account rows then outbox rows, shaped as the service writes them, committed once. */
    static double rawCopy(String url, String user, String password, int rows) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_account, bench_outbox");
                s.execute("CREATE TABLE bench_account (LIKE account INCLUDING ALL)");
                s.execute("CREATE TABLE bench_outbox (LIKE outbox_event INCLUDING ALL)");
            }
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            copy.copyIn("COPY bench_account (id, creditor_id, creditor_ref, original_creditor, account_type, currency, "
                    + "principal, interest, fees, costs, charge_off_date, first_delinquency_date, itemization, debtor_key, "
                    + "national_id_last4, debtor, state, postal_code, status, queue, priority, strategy_version, "
                    + "placed_at, updated_at, version) FROM STDIN (FORMAT csv)", new Lines(rows, PlacementBenchmark::accountRow));
            copy.copyIn("COPY bench_outbox (event_id, shard, topic, event_key, event_type, occurred_at, payload) "
                    + "FROM STDIN (FORMAT csv)", new Lines(rows * 3, PlacementBenchmark::outboxRow));
            c.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE bench_account, bench_outbox");
            }
            return rows / seconds;
        }
    }

    private static String accountRow(int i) {
        String debtor = "{\"names\":[{\"first\":\"Test\",\"middle\":null,\"last\":\"Debtor" + i + "\"}],"
                + "\"dateOfBirth\":\"1980-05-17\",\"addresses\":[{\"addressId\":\"a1\",\"line1\":\"" + i + " Main St\","
                + "\"line2\":null,\"city\":\"Boston\",\"state\":\"MA\",\"postalCode\":\"02134\",\"country\":\"US\","
                + "\"source\":\"CREDITOR\",\"confidence\":0.8,\"status\":\"ACTIVE\"}],\"phones\":[{\"number\":"
                + "\"+1617555" + String.format("%04d", i % 10000) + "\",\"type\":\"MOBILE\",\"source\":\"CREDITOR\","
                + "\"autodialConsent\":true,\"confidence\":0.8,\"status\":\"ACTIVE\"}],\"emails\":[{\"address\":\"d" + i
                + "@example.com\",\"source\":\"CREDITOR\",\"confidence\":0.8,\"status\":\"ACTIVE\"}]}";
        return String.join(",", UUID.randomUUID().toString(), "BENCH-COPY", "C-" + i, "First Bank", "CREDIT_CARD",
                "USD", "100.00", "1.25", "0.00", "0.00", "2026-03-01", "2025-09-01", "\"[]\"",
                "%064x".formatted(i), "6789", csv(debtor), "MA", "02134", "ASSIGNED", "general", "50", "1",
                "2026-11-23T00:00:00Z", "2026-11-23T00:00:00Z", "0") + "\n";
    }

    private static String outboxRow(int i) {
        String key = new UUID(0, i / 3).toString();
        String payload = "{\"accountId\":\"" + key + "\",\"creditorId\":\"BENCH-COPY\",\"creditorRef\":\"C-" + i
                + "\",\"accountType\":\"CREDIT_CARD\",\"currency\":\"USD\",\"balances\":{\"principal\":\"100.00\","
                + "\"interest\":\"1.25\",\"fees\":\"0.00\",\"costs\":\"0.00\"},\"chargeOffDate\":\"2026-03-01\","
                + "\"firstDelinquencyDate\":\"2025-09-01\",\"debtorKey\":\"" + "%064x".formatted(i) + "\",\"state\":"
                + "\"MA\",\"postalCode\":\"02134\",\"phones\":[{\"number\":\"+16175550123\",\"type\":\"MOBILE\","
                + "\"source\":\"CREDITOR\",\"autodialConsent\":true}],\"emails\":[{\"address\":\"d" + i
                + "@example.com\",\"source\":\"CREDITOR\"}],\"placedAt\":\"2026-11-23T00:00:00Z\"}";
        return String.join(",", UUID.randomUUID().toString(), Integer.toString(Math.floorMod(key.hashCode(), 16)),
                Topics.ACCOUNT_EVENTS, key, PLACED, "2026-11-23T00:00:00Z", csv(payload)) + "\n";
    }

    private static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** CSV lines made up as COPY reads them. */
    private static final class Lines extends Reader {
        private final int count;
        private final IntFunction<String> line;
        private int next;
        private String current = "";
        private int pos;

        Lines(int count, IntFunction<String> line) {
            this.count = count;
            this.line = line;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (pos == current.length()) {
                if (next == count) {
                    return -1;
                }
                current = line.apply(next++);
                pos = 0;
            }
            int n = Math.min(len, current.length() - pos);
            current.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A /proc/PID/status field in kB, 0 when unreadable. */
    private static long kb(long pid, String field) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith(field)) {
                    return Long.parseLong(l.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static Map<String, String> args(String[] argv) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            out.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        for (String required : List.of("url", "token", "creditor", "bootstrap", "jdbc", "pid")) {
            if (!out.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        return out;
    }
}
