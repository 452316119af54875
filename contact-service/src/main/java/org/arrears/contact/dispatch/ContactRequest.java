package org.arrears.contact.dispatch;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A ContactRequested sent to the dialers; a disposition names it by {@code requestId}. */
@Entity
@Table(name = "contact_request")
public class ContactRequest extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "account_id", nullable = false)
    public String accountId;
    /** The dispatcher's planning check (record=false); the dialer makes its own before dialling. */
    @Column(name = "check_id")
    public String checkId;
    @Column(nullable = false)
    public String channel;
    @Column(nullable = false)
    public String destination;
    @Column(nullable = false)
    public String queue;
    @Column(nullable = false)
    public int priority;
    @Column(name = "window_from", nullable = false)
    public Instant windowFrom;
    @Column(name = "window_until", nullable = false)
    public Instant windowUntil;
    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    public static Optional<ContactRequest> byId(UUID requestId) {
        return findByIdOptional(requestId);
    }
}
