package org.arrears.payments.balance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The order in which a creditor wants payments applied to the buckets: every bucket once, filled one after
 * another (e.g. FEES, COSTS, INTEREST, PRINCIPAL), or PRO_RATA, spread in proportion to the buckets.
 */
public record AllocationOrder(List<Bucket> sequence) {

    public static final String PRO_RATA = "PRO_RATA";

    /** What a creditor without terms gets: costs and fees first, principal last (the usual contract). */
    public static final AllocationOrder DEFAULT = new AllocationOrder(
            List.of(Bucket.COSTS, Bucket.FEES, Bucket.INTEREST, Bucket.PRINCIPAL));
    public static final AllocationOrder PRO_RATA_ORDER = new AllocationOrder(List.of());

    public AllocationOrder {
        sequence = List.copyOf(sequence);
    }

    public boolean proRata() {
        return sequence.isEmpty();
    }

    /** As the API and the database spell it: ["FEES","INTEREST",...] or ["PRO_RATA"]. */
    public List<String> names() {
        return proRata() ? List.of(PRO_RATA) : sequence.stream().map(Enum::name).toList();
    }

    /** The order, or a message saying what is wrong with {@code names}. */
    public static Parsed parse(List<String> names) {
        if (names == null || names.isEmpty()) {
            return Parsed.error("must list the buckets in order, or be [\"PRO_RATA\"]");
        }
        if (names.size() == 1 && PRO_RATA.equals(names.get(0))) {
            return Parsed.ok(PRO_RATA_ORDER);
        }
        List<Bucket> buckets = new ArrayList<>();
        Set<Bucket> seen = EnumSet.noneOf(Bucket.class);
        for (String name : names) {
            Bucket b;
            try {
                b = Bucket.valueOf(String.valueOf(name));
            } catch (IllegalArgumentException e) {
                return Parsed.error("unknown bucket " + name + "; use PRINCIPAL, INTEREST, FEES, COSTS or PRO_RATA alone");
            }
            if (!seen.add(b)) {
                return Parsed.error("lists " + b + " twice");
            }
            buckets.add(b);
        }
        if (seen.size() != Bucket.values().length) {
            EnumSet<Bucket> missing = EnumSet.complementOf(EnumSet.copyOf(seen));
            return Parsed.error("must list every bucket once; missing " + missing);
        }
        return Parsed.ok(new AllocationOrder(buckets));
    }

    public record Parsed(Optional<AllocationOrder> order, String error) {
        static Parsed ok(AllocationOrder o) {
            return new Parsed(Optional.of(o), null);
        }

        static Parsed error(String message) {
            return new Parsed(Optional.empty(), message);
        }
    }
}
