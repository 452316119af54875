package org.arrears.contact.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The validation notice produced for an account: its content as JSON and the PDF, kept as sent. */
@Entity
@Table(name = "validation_notice")
public class ValidationNotice extends PanacheEntityBase {

    @Id
    @Column(name = "notice_id")
    public UUID noticeId;
    @Column(name = "account_id", nullable = false, unique = true)
    public String accountId;
    @Column(nullable = false)
    public String channel;
    @Column(name = "itemization_date", nullable = false)
    public LocalDate itemizationDate;
    @Column(name = "dispute_by", nullable = false)
    public LocalDate disputeBy;
    @Column(nullable = false)
    public String content;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] pdf;
    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    public static Optional<ValidationNotice> ofAccount(String accountId) {
        return find("accountId", accountId).firstResultOptional();
    }
}
