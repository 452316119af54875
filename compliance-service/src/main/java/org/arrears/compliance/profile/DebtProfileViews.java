package org.arrears.compliance.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.compliance.hold.HoldService;
import org.arrears.compliance.jurisdiction.Jurisdiction;
import org.arrears.compliance.ledger.ContactLedger;
import org.arrears.compliance.preference.Preferences;
import org.arrears.compliance.rules.ComplianceEngine;
import org.arrears.compliance.rules.EmailPoint;
import org.arrears.compliance.rules.LedgerEntry;
import org.arrears.compliance.rules.PhonePoint;
import org.arrears.compliance.time.TimeZones;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds the profile view from the stored profile, its holds and its ledger. */
@ApplicationScoped
public class DebtProfileViews {

    private final ObjectMapper mapper;
    private final ComplianceEngine engine;
    private final HoldService holds;
    private final ContactLedger ledger;
    private final Clock clock;

    public DebtProfileViews(ObjectMapper mapper, ComplianceEngine engine, HoldService holds, ContactLedger ledger,
            Clock clock) {
        this.mapper = mapper;
        this.engine = engine;
        this.holds = holds;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    DebtProfileView of(DebtProfile p) {
        try {
            List<PhonePoint> phones = mapper.readValue(p.phones, new TypeReference<List<PhonePoint>>() {
            });
            List<EmailPoint> emails = mapper.readValue(p.emails, new TypeReference<List<EmailPoint>>() {
            });
            Preferences preferences = p.preferences == null ? null : mapper.readValue(p.preferences,
                    Preferences.class);
            List<ZoneId> zones = TimeZones.candidates(p.state, phones.stream().map(PhonePoint::number).toList());
            var rules = engine.ruleSet();
            return new DebtProfileView(p.accountId, p.creditorId, p.state, p.postalCode, p.firstDelinquencyDate,
                    p.openedAt, rules.applicable(p.state, p.postalCode).stream().map(Jurisdiction::code).toList(),
                    zones.stream().map(ZoneId::getId).toList(), p.validationNoticeSentAt, p.validationPeriodEnds,
                    rules.limitationDate(p.state, p.firstDelinquencyDate), p.disputed, phones, emails,
                    holds.ofAccount(p.accountId), preferences, counts(p.accountId, zones.get(0)), rules.version());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored profile documents are unreadable", e);
        }
    }

    private DebtProfileView.Counts counts(String accountId, ZoneId zone) {
        Instant now = Instant.now(clock);
        LocalDate today = now.atZone(zone).toLocalDate();
        List<LedgerEntry> entries = ledger.since(accountId, today.minusDays(31).atStartOfDay(zone).toInstant())
                .stream().filter(LedgerEntry::outbound).toList();
        LocalDate from7 = today.minusDays(6);
        LocalDate from30 = today.minusDays(29);
        long calls7 = entries.stream().filter(e -> e.channel().isTelephoneCall() && within(e, zone, from7, today))
                .count();
        long contacts7 = entries.stream().filter(e -> within(e, zone, from7, today)).count();
        long contacts30 = entries.stream().filter(e -> within(e, zone, from30, today)).count();
        return new DebtProfileView.Counts(calls7, contacts7, contacts30);
    }

    private static boolean within(LedgerEntry e, ZoneId zone, LocalDate from, LocalDate to) {
        LocalDate d = e.at().atZone(zone).toLocalDate();
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
