package org.arrears.compliance.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.arrears.compliance.jurisdiction.RuleSet;
import org.arrears.compliance.jurisdiction.RuleSetLoader;

/** Builds a debt's facts for rule tests: a Georgia debtor with an Atlanta mobile unless told otherwise. */
final class Facts {

    static final RuleSet RULES = RuleSetLoader.fromClasspath();
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final String MOBILE = "+14045550123";

    String state = "GA";
    String postalCode = "30301";
    List<PhonePoint> phones = new ArrayList<>(List.of(new PhonePoint(MOBILE, LineType.MOBILE, "CREDITOR", true,
            "ACTIVE")));
    List<EmailPoint> emails = new ArrayList<>();
    Set<HoldType> holds = EnumSet.noneOf(HoldType.class);
    boolean disputed;
    ContactPreferences preferences = ContactPreferences.NONE;
    List<LedgerEntry> ledger = new ArrayList<>();
    List<ZoneId> zones = List.of(NEW_YORK);
    Instant noticeSentAt = Instant.parse("2026-01-05T15:00:00Z");
    LocalDate limitationDate = LocalDate.parse("2030-01-01");

    DebtFacts build() {
        return new DebtFacts(state, postalCode, phones, emails, holds, disputed, preferences, ledger, zones,
                noticeSentAt, limitationDate);
    }

    Facts call(String localDateTime) {
        ledger.add(new LedgerEntry(local(localDateTime), Channel.CALL, MOBILE, Direction.OUTBOUND, false));
        return this;
    }

    Facts contact(Channel channel, String destination, String localDateTime) {
        ledger.add(new LedgerEntry(local(localDateTime), channel, destination, Direction.OUTBOUND, false));
        return this;
    }

    Facts inboundCall(String localDateTime) {
        ledger.add(new LedgerEntry(local(localDateTime), Channel.CALL, MOBILE, Direction.INBOUND, false));
        return this;
    }

    Facts conversation(String localDateTime) {
        ledger.add(new LedgerEntry(local(localDateTime), Channel.CALL, MOBILE, Direction.OUTBOUND, true));
        return this;
    }

    Facts prefs(ContactPreferences p) {
        preferences = p;
        return this;
    }

    static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    static ContactCheck call(String localDateTime, boolean autodialed) {
        return new ContactCheck(Channel.CALL, MOBILE, local(localDateTime), autodialed, Purpose.COLLECTION);
    }

    static ContactCheck check(Channel channel, String destination, String localDateTime) {
        return new ContactCheck(channel, destination, local(localDateTime), false, Purpose.COLLECTION);
    }

    static Decision decide(ContactCheck check, DebtFacts facts) {
        return new ComplianceEngine(RULES).decide(check, facts);
    }

    static ContactPreferences preferences(List<InconvenientTime> times, Set<Channel> channels, Set<String> dests,
            List<Consent> consents, boolean workplaceForbidden, Set<String> workplace, boolean attorney) {
        return new ContactPreferences(times, channels, dests, consents, workplaceForbidden, workplace, attorney,
                null);
    }

    static ContactPreferences consents(Consent... consents) {
        return preferences(List.of(), Set.of(), Set.of(), List.of(consents), false, Set.of(), false);
    }
}
