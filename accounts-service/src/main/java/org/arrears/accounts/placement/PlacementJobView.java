package org.arrears.accounts.placement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A bulk placement as GET /v1/placements/{id} shows it. */
public record PlacementJobView(String id, String creditorId, PlacementFormat format, PlacementJob.Status status,
        Counts counts, Progress progress, Trailer trailer, Timings timings, String failure, String errors) {

    public record Counts(long received, long accepted, long duplicate, long rejected) {
    }

    /** {@code percent} of the body read, when its size is known. */
    public record Progress(long bytesRead, Long bytesTotal, Integer percent) {
    }

    /** The trailer's figures against the file's; {@code mismatches} says what differs. */
    public record Trailer(PlacementJob.Reconciliation reconciliation, Long count, BigDecimal totalPrincipal,
            BigDecimal principalReceived, List<String> mismatches) {
    }

    public record Timings(Instant createdAt, Instant startedAt, Instant finishedAt, Long durationMs,
            Long rowsPerSecond) {
    }

    static PlacementJobView of(PlacementJob j) {
        Integer percent = j.bytesTotal == null || j.bytesTotal == 0 ? null
                : (int) Math.min(100, j.bytesRead * 100 / j.bytesTotal);
        if (j.status == PlacementJob.Status.COMPLETED) {
            percent = 100;
        }
        Long duration = j.startedAt == null ? null
                : Duration.between(j.startedAt, j.finishedAt == null ? Instant.now() : j.finishedAt).toMillis();
        Long rate = duration == null || duration == 0 ? null : j.received * 1000 / duration;
        return new PlacementJobView(j.id.toString(), j.creditorId, j.format, j.status,
                new Counts(j.received, j.accepted, j.duplicate, j.rejected),
                new Progress(j.bytesRead, j.bytesTotal, percent),
                new Trailer(j.reconciliation, j.trailerCount, amount(j.trailerPrincipal), amount(j.principalReceived),
                        mismatches(j)),
                new Timings(j.createdAt, j.startedAt, j.finishedAt, duration, rate), j.failure,
                "/v1/placements/" + j.id + "/errors");
    }

    /** Stored with four decimals; shown with at least two ("1250.00"), more only when the file had them. */
    static BigDecimal amount(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal s = stored.stripTrailingZeros();
        return s.setScale(Math.max(2, s.scale()));
    }

    static List<String> mismatches(PlacementJob j) {
        List<String> out = new ArrayList<>();
        if (j.reconciliation != PlacementJob.Reconciliation.MISMATCH) {
            return out;
        }
        if (j.trailerCount != null && j.trailerCount != j.received) {
            out.add("count: the trailer says " + j.trailerCount + ", the file has " + j.received + " rows");
        }
        if (j.trailerPrincipal != null && j.trailerPrincipal.compareTo(j.principalReceived) != 0) {
            out.add("totalPrincipal: the trailer says " + amount(j.trailerPrincipal).toPlainString()
                    + ", the rows add up to " + amount(j.principalReceived).toPlainString());
        }
        return out;
    }
}
