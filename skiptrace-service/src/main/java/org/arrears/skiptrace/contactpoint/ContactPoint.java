package org.arrears.skiptrace.contactpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One normalised contact point of a debtor, as the history provider knows it. */
@Entity
@Table(name = "contact_point")
public class ContactPoint extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "history_key", nullable = false)
    public String historyKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PointKind kind;
    /** E.164 number, lowercased email, or the address's {@code NormalAddress.key()}. */
    @Column(name = "point_key", nullable = false)
    public String pointKey;
    /** JSON: the phone's type and zones, or the address's parts. */
    @Column(nullable = false)
    public String detail;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactPointStatus status;
    @Column(nullable = false)
    public double confidence;
    @Column(name = "last_verified")
    public LocalDate lastVerified;
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;
    @Column(name = "status_changed_by")
    public String statusChangedBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
    @OneToMany(mappedBy = "point", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ContactPointSource> sources = new ArrayList<>();

    public static Optional<ContactPoint> find(String historyKey, PointKind kind, String pointKey) {
        return find("historyKey = ?1 and kind = ?2 and pointKey = ?3", historyKey, kind, pointKey)
                .firstResultOptional();
    }

    public static List<ContactPoint> of(String historyKey) {
        return list("historyKey", historyKey);
    }

    /** Records that {@code source} reported this point for {@code accountId} at {@code now}. */
    public void seenBy(String source, String accountId, Instant now) {
        for (ContactPointSource s : sources) {
            if (s.source.equals(source) && s.accountId.equals(accountId)) {
                s.lastSeen = now;
                return;
            }
        }
        ContactPointSource s = new ContactPointSource();
        s.point = this;
        s.source = source;
        s.accountId = accountId;
        s.firstSeen = now;
        s.lastSeen = now;
        sources.add(s);
    }

    /** Distinct source names, first seen first; accounts are deliberately left out. */
    public List<String> sourceNames() {
        return sources.stream().sorted(java.util.Comparator.comparing(s -> s.firstSeen)).map(s -> s.source)
                .distinct().toList();
    }
}
