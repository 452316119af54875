package org.arrears.skiptrace.contactpoint;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One source's report of a point for one account; the account never leaves this service. */
@Entity
@Table(name = "contact_point_source")
@IdClass(ContactPointSource.Key.class)
public class ContactPointSource {

    @Id
    @ManyToOne
    @JoinColumn(name = "contact_point_id")
    public ContactPoint point;
    @Id
    public String source;
    @Id
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "first_seen", nullable = false)
    public Instant firstSeen;
    @Column(name = "last_seen", nullable = false)
    public Instant lastSeen;

    public static class Key implements Serializable {
        public java.util.UUID point;
        public String source;
        public String accountId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(point, k.point) && Objects.equals(source, k.source)
                    && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(point, source, accountId);
        }
    }
}
