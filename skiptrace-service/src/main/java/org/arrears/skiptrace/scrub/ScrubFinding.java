package org.arrears.skiptrace.scrub;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A scrub finding already announced for a debtor. {@code findingKey} tells findings of one kind apart (a
 * bankruptcy's case number); {@code state} is what a change is judged by (the case's status, the duty status).
 */
@Entity
@Table(name = "scrub_finding")
@IdClass(ScrubFinding.Key.class)
public class ScrubFinding extends PanacheEntityBase {

    public enum Kind {
        DECEASED, BANKRUPTCY, MILITARY
    }

    @Id
    @Column(name = "history_key")
    public String historyKey;
    @Id
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Id
    @Column(name = "finding_key")
    public String findingKey;
    @Column(nullable = false)
    public String state;
    /** JSON of the provider's finding, to tell accounts placed later. */
    @Column(nullable = false)
    public String detail;
    @Column(nullable = false)
    public String source;
    @Column(name = "found_at", nullable = false)
    public Instant foundAt;

    public static java.util.List<ScrubFinding> of(String historyKey) {
        return list("historyKey", historyKey);
    }

    public static class Key implements Serializable {
        public String historyKey;
        public Kind kind;
        public String findingKey;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(historyKey, k.historyKey) && kind == k.kind
                    && Objects.equals(findingKey, k.findingKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(historyKey, kind, findingKey);
        }
    }
}
