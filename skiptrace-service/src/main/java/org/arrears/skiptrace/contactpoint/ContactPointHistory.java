package org.arrears.skiptrace.contactpoint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.account.AccountPlaced;
import org.arrears.skiptrace.merge.Merged;
import org.arrears.skiptrace.normalise.EmailNormaliser;
import org.arrears.skiptrace.normalise.NormalAddress;
import org.arrears.skiptrace.normalise.NormalPhone;
import org.arrears.skiptrace.normalise.PhoneNormaliser;

/**
 * Keeps what the platform knows about each debtor's contact points: what creditors and debtors supplied at
 * placement, what lookups found, and what contact outcomes and agents said about them. The history provider
 * reads it back.
 */
@ApplicationScoped
public class ContactPointHistory {

    /** How sure a point is by its origin alone, before any outcome: the debtor's own word beats the creditor's. */
    static final double DEBTOR_SUPPLIED = 0.8;
    static final double CREDITOR_SUPPLIED = 0.6;
    static final double OTHER_SUPPLIED = 0.5;

    @Inject
    Clock clock;

    /** Files the account under its debtor and keeps the phones and emails it came with. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DebtorAccount recordPlacement(AccountPlaced placed) {
        Instant now = Instant.now(clock);
        DebtorAccount a = DebtorAccount.<DebtorAccount>findByIdOptional(placed.accountId()).orElseGet(() -> {
            DebtorAccount created = new DebtorAccount();
            created.accountId = placed.accountId();
            created.placedAt = placed.placedAt() == null ? now : placed.placedAt();
            return created;
        });
        a.creditorId = placed.creditorId();
        a.debtorKey = placed.debtorKey();
        a.state = placed.state();
        a.postalCode = placed.postalCode();
        a.persist();
        String key = a.historyKey();
        for (AccountPlaced.Phone p : placed.phones() == null ? List.<AccountPlaced.Phone>of() : placed.phones()) {
            if (p == null) {
                continue;
            }
            PhoneNormaliser.normalise(p.number(), p.type(), null).ifPresent(n -> upsert(key, PointKind.PHONE,
                    n.number(), n, origin(p.source()), suppliedConfidence(p.source()), null, a.accountId, now));
        }
        for (AccountPlaced.Email e : placed.emails() == null ? List.<AccountPlaced.Email>of() : placed.emails()) {
            if (e == null) {
                continue;
            }
            EmailNormaliser.normalise(e.address()).ifPresent(n -> upsert(key, PointKind.EMAIL, n, null,
                    origin(e.source()), suppliedConfidence(e.source()), null, a.accountId, now));
        }
        return a;
    }

    /** A lookup's merged result joins the history under each provider that reported a point. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordLookup(String historyKey, String accountId, List<Merged<NormalPhone>> phones,
            List<Merged<NormalAddress>> addresses, List<Merged<String>> emails) {
        Instant now = Instant.now(clock);
        phones.forEach(m -> record(historyKey, PointKind.PHONE, m.key(), m.point(), m, accountId, now));
        addresses.forEach(m -> record(historyKey, PointKind.ADDRESS, m.key(), m.point(), m, accountId, now));
        emails.forEach(m -> record(historyKey, PointKind.EMAIL, m.key(), null, m, accountId, now));
    }

    private void record(String historyKey, PointKind kind, String key, Object detail, Merged<?> m, String accountId,
            Instant now) {
        for (String source : m.sources()) {
            if (!"history".equals(source)) { // history's own points are there already
                upsert(historyKey, kind, key, detail, source, m.confidence(), m.lastVerified(), accountId, now);
            }
        }
    }

    /**
     * A contact attempt's outcome: a right-party contact confirms the destination (unless the debtor revoked
     * it); any other outcome passed here (a wrong number, a disconnected line, a bounced email) marks it wrong.
     * Destinations we never saw are filed too, so the outcome is not lost.
     *
     * @return the point's status after the outcome, empty when the destination is no phone or email we can read
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ContactPointStatus> recordOutcome(String accountId, String destination, String outcome,
            Instant at) {
        Optional<DebtorAccount> account = DebtorAccount.findByIdOptional(accountId);
        String historyKey = account.map(DebtorAccount::historyKey).orElse("account:" + accountId);
        Optional<NormalPhone> phone = PhoneNormaliser.normalise(destination, null, null);
        Optional<String> email = phone.isPresent() ? Optional.empty() : EmailNormaliser.normalise(destination);
        if (phone.isEmpty() && email.isEmpty()) {
            return Optional.empty();
        }
        PointKind kind = phone.isPresent() ? PointKind.PHONE : PointKind.EMAIL;
        String key = phone.map(NormalPhone::number).orElseGet(email::get);
        Instant now = Instant.now(clock);
        ContactPoint p = upsert(historyKey, kind, key, phone.orElse(null), "contact-attempt", OTHER_SUPPLIED, null,
                accountId, now);
        if ("RIGHT_PARTY_CONTACT".equals(outcome)) {
            if (p.status != ContactPointStatus.REVOKED) {
                setStatus(p, ContactPointStatus.CONFIRMED, "contact-attempt", at);
                LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
                p.lastVerified = p.lastVerified == null || day.isAfter(p.lastVerified) ? day : p.lastVerified;
            }
        } else {
            setStatus(p, ContactPointStatus.WRONG, "contact-attempt", at);
        }
        return Optional.of(p.status);
    }

    /** Keys of the debtor's points that must not be offered again. */
    @Transactional
    public Set<String> excludedKeys(String historyKey) {
        Set<String> out = new HashSet<>();
        for (ContactPoint p : ContactPoint.of(historyKey)) {
            if (p.status.excluded()) {
                out.add(p.pointKey);
            }
        }
        return out;
    }

    static void setStatus(ContactPoint p, ContactPointStatus status, String by, Instant at) {
        p.status = status;
        p.statusChangedAt = at;
        p.statusChangedBy = by;
        p.updatedAt = at;
    }

    private ContactPoint upsert(String historyKey, PointKind kind, String key, Object detail, String source,
            double confidence, LocalDate lastVerified, String accountId, Instant now) {
        ContactPoint p = ContactPoint.find(historyKey, kind, key).orElse(null);
        if (p == null) {
            p = new ContactPoint();
            p.id = UUID.randomUUID();
            p.historyKey = historyKey;
            p.kind = kind;
            p.pointKey = key;
            p.detail = PointDetails.of(detail);
            p.status = ContactPointStatus.ACTIVE;
            p.confidence = confidence;
            p.createdAt = now;
        } else {
            p.confidence = Math.max(p.confidence, confidence);
            if (kind == PointKind.PHONE && detail instanceof NormalPhone phone) {
                p.detail = PointDetails.of(PointDetails.phone(p).combine(phone));
            }
        }
        if (lastVerified != null && (p.lastVerified == null || lastVerified.isAfter(p.lastVerified))) {
            p.lastVerified = lastVerified;
        }
        p.updatedAt = now;
        p.seenBy(source, accountId, now);
        p.persist();
        return p;
    }

    private static String origin(String source) {
        return source == null || source.isBlank() ? "creditor" : source.trim().toLowerCase(Locale.ROOT);
    }

    private static double suppliedConfidence(String source) {
        return switch (origin(source)) {
            case "debtor" -> DEBTOR_SUPPLIED;
            case "creditor" -> CREDITOR_SUPPLIED;
            default -> OTHER_SUPPLIED;
        };
    }
}
