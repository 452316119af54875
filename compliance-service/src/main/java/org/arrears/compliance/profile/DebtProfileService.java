package org.arrears.compliance.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.compliance.rules.EmailPoint;
import org.arrears.compliance.rules.LineType;
import org.arrears.compliance.rules.PhonePoint;
import org.arrears.compliance.time.TimeZones;
import org.arrears.compliance.time.ValidationPeriod;
import org.arrears.events.account.AccountPlaced;
import org.arrears.events.account.ContactPointsUpdated;
import org.arrears.events.contact.NoticeSent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Opens debt profiles and applies what later events teach about the debt. */
@ApplicationScoped
public class DebtProfileService {

    @Inject
    Clock clock;
    @Inject
    ObjectMapper mapper;
    @Inject
    DebtProfileViews views;

    /**
     * Opens the debt's profile from its placement unless it has one: the first placement is the one the
     * rules were computed from, so a repeat changes nothing. MANDATORY because the profile must commit
     * together with the inbox record of the event that opened it.
     *
     * @return whether a profile was opened
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean open(AccountPlaced placed) {
        if (DebtProfile.findById(placed.accountId()) != null) {
            return false;
        }
        DebtProfile p = new DebtProfile();
        p.accountId = placed.accountId();
        p.creditorId = placed.creditorId();
        p.state = placed.state();
        p.postalCode = placed.postalCode();
        p.firstDelinquencyDate = placed.firstDelinquencyDate();
        p.currency = placed.currency();
        p.openedAt = Instant.now(clock);
        p.phones = json(placed.phones() == null ? List.of() : placed.phones().stream()
                .filter(ph -> ph != null && ph.number() != null)
                .map(ph -> new PhonePoint(ph.number(), LineType.parse(ph.type()), ph.source(), ph.autodialConsent(),
                        "ACTIVE")).toList());
        p.emails = json(placed.emails() == null ? List.of() : placed.emails().stream()
                .filter(e -> e != null && e.address() != null)
                .map(e -> new EmailPoint(e.address().toLowerCase(java.util.Locale.ROOT), e.source(), "ACTIVE"))
                .toList());
        p.persist();
        return true;
    }

    /**
     * Replaces the contact points with the event's full set, and the address's state and postal code with those of
     * the best active address. False when the account has no profile yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean updateContactPoints(ContactPointsUpdated event) {
        DebtProfile p = DebtProfile.findById(event.accountId());
        if (p == null) {
            return false;
        }
        // Points without a number or address cannot be contacted or checked: they are dropped, not fatal.
        p.phones = json(event.phones() == null ? List.of() : event.phones().stream()
                .filter(ph -> ph != null && ph.number() != null)
                .map(ph -> new PhonePoint(ph.number(), LineType.parse(ph.type()), ph.source(), ph.autodialConsent(),
                        ph.status())).toList());
        p.emails = json(event.emails() == null ? List.of() : event.emails().stream()
                .filter(e -> e != null && e.address() != null)
                .map(e -> new EmailPoint(e.address().toLowerCase(java.util.Locale.ROOT), e.source(), e.status()))
                .toList());
        p.addresses = json(event.addresses() == null ? List.of() : event.addresses());
        if (event.addresses() != null) {
            event.addresses().stream().filter(a -> a != null && "ACTIVE".equals(a.status()) && a.state() != null)
                    .max(java.util.Comparator.comparingDouble(ContactPointsUpdated.Address::confidence))
                    .ifPresent(a -> {
                        p.state = a.state();
                        p.postalCode = a.postalCode();
                    });
        }
        return true;
    }

    /**
     * Records a validation notice: the period ends 30 days after receipt assumed 5 business days after sending,
     * counted in the person's local calendar; the later of that and the sender's own figure is kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean noticeSent(NoticeSent notice) {
        DebtProfile p = DebtProfile.findById(notice.accountId());
        if (p == null || !"VALIDATION".equals(notice.kind())) {
            return false;
        }
        // Where the zone is uncertain, the latest local sending date gives the latest (safest) end.
        LocalDate end = TimeZones.candidates(p.state, List.of()).stream()
                .map(zone -> ValidationPeriod.end(notice.sentAt().atZone(zone).toLocalDate()))
                .max(LocalDate::compareTo).orElseThrow();
        if (notice.validationPeriodEnds() != null && notice.validationPeriodEnds().isAfter(end)) {
            end = notice.validationPeriodEnds();
        }
        if (p.validationNoticeSentAt == null || notice.sentAt().isBefore(p.validationNoticeSentAt)) {
            p.validationNoticeSentAt = notice.sentAt();
        }
        p.validationPeriodEnds = p.validationPeriodEnds == null || end.isAfter(p.validationPeriodEnds) ? end
                : p.validationPeriodEnds;
        return true;
    }

    public Optional<DebtProfileView> find(String accountId) {
        return DebtProfile.<DebtProfile>findByIdOptional(accountId).map(views::of);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise contact points", e);
        }
    }
}
