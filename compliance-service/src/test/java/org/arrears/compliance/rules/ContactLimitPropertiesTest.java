package org.arrears.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever calls a dialer tries, in whatever order and at whatever time, recording only the allowed ones never
 * yields an 8th counted call in 7 consecutive local days, nor a call outside 8:00–21:00 in any candidate zone.
 * Massachusetts' 2 calls or texts in 7 days holds the same way. And nextEligibleAt is exact: allowed at that
 * instant, denied at every earlier instant tried.
 */
class ContactLimitPropertiesTest {

    static final Instant START = Instant.parse("2026-03-01T00:00:00Z"); // spans the spring DST change
    static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"),
            ZoneId.of("America/Los_Angeles"));

    @Property(tries = 200)
    void recordedCallsNeverExceedTheLimitsInAnyZone(@ForAll("longHistories") Scenario scenario) {
        List<LedgerEntry> ledger = new ArrayList<>();
        List<ZoneId> zones = scenario.zones();
        for (Attempt a : scenario.attempts()) {
            DebtFacts facts = facts(zones, ledger);
            ContactCheck check = new ContactCheck(Channel.CALL, Facts.MOBILE, a.at(), false, Purpose.COLLECTION);
            if (Facts.decide(check, facts).allowed()) {
                ledger.add(new LedgerEntry(a.at(), Channel.CALL, Facts.MOBILE, Direction.OUTBOUND, a.conversation()));
            }
        }
        for (ZoneId zone : zones) {
            for (LedgerEntry e : ledger) {
                LocalTime local = e.at().atZone(zone).toLocalTime();
                assertThat(local).isBetween(LocalTime.of(8, 0), LocalTime.of(21, 0));
            }
            LocalDate first = START.atZone(zone).toLocalDate().minusDays(7);
            for (LocalDate s = first; s.isBefore(first.plusDays(70)); s = s.plusDays(1)) {
                LocalDate from = s;
                long inPeriod = ledger.stream().map(e -> e.at().atZone(zone).toLocalDate())
                        .filter(d -> !d.isBefore(from) && d.isBefore(from.plusDays(7))).count();
                assertThat(inPeriod).as("calls in the 7 days from %s in %s", s, zone).isLessThanOrEqualTo(7);
            }
        }
    }

    @Property(tries = 100)
    void massachusettsNeverGetsAThirdCallOrTextIn7Days(@ForAll("longHistories") Scenario scenario,
            @ForAll("channels") List<Channel> channels) {
        List<LedgerEntry> ledger = new ArrayList<>();
        List<Attempt> attempts = scenario.attempts();
        for (int i = 0; i < attempts.size(); i++) {
            Facts f = new Facts();
            f.state = "MA";
            f.postalCode = "02134";
            f.zones = scenario.zones();
            f.ledger = new ArrayList<>(ledger);
            Channel channel = channels.get(i % channels.size());
            ContactCheck check = new ContactCheck(channel, Facts.MOBILE, attempts.get(i).at(), false,
                    Purpose.COLLECTION);
            if (Facts.decide(check, f.build()).allowed()) {
                ledger.add(new LedgerEntry(check.at(), channel, Facts.MOBILE, Direction.OUTBOUND, false));
            }
        }
        for (ZoneId zone : scenario.zones()) {
            LocalDate first = START.atZone(zone).toLocalDate().minusDays(7);
            for (LocalDate s = first; s.isBefore(first.plusDays(70)); s = s.plusDays(1)) {
                LocalDate from = s;
                long inPeriod = ledger.stream().map(e -> e.at().atZone(zone).toLocalDate())
                        .filter(d -> !d.isBefore(from) && d.isBefore(from.plusDays(7))).count();
                assertThat(inPeriod).as("calls and texts in the 7 days from %s in %s", s, zone)
                        .isLessThanOrEqualTo(2);
            }
        }
    }

    @Provide
    Arbitrary<List<Channel>> channels() {
        return Arbitraries.of(Channel.CALL, Channel.SMS, Channel.VOICEMAIL).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 300)
    void nextEligibleAtIsAllowedAndNothingBeforeItIs(@ForAll("shortHistories") Scenario history,
            @ForAll("instants") Instant at, @ForAll("fractions") double probe) {
        List<ZoneId> zones = history.zones();
        List<LedgerEntry> ledger = history.attempts().stream().map(a -> new LedgerEntry(a.at(), Channel.CALL, Facts.MOBILE,
                Direction.OUTBOUND, a.conversation())).toList();
        DebtFacts facts = facts(zones, ledger);
        ContactCheck check = new ContactCheck(Channel.CALL, Facts.MOBILE, at, false, Purpose.COLLECTION);
        Decision d = Facts.decide(check, facts);
        if (d.allowed()) {
            return;
        }
        assertThat(d.nextEligibleAt()).isNotNull().isAfter(at);
        assertThat(Facts.decide(check.at(d.nextEligibleAt()), facts).allowed()).isTrue();
        Instant justBefore = d.nextEligibleAt().minusSeconds(1);
        assertThat(Facts.decide(check.at(justBefore), facts).allowed()).as("1 s before").isFalse();
        long span = Duration.between(at, d.nextEligibleAt()).getSeconds();
        Instant between = at.plusSeconds((long) (span * probe));
        if (between.isBefore(d.nextEligibleAt())) {
            assertThat(Facts.decide(check.at(between), facts).allowed()).as("at %s", between).isFalse();
        }
    }

    private static DebtFacts facts(List<ZoneId> zones, List<LedgerEntry> ledger) {
        Facts f = new Facts();
        f.zones = zones;
        f.ledger = new ArrayList<>(ledger);
        return f.build();
    }

    @Provide
    Arbitrary<Scenario> longHistories() {
        return scenarios(120);
    }

    @Provide
    Arbitrary<Scenario> shortHistories() {
        return scenarios(40);
    }

    private Arbitrary<Scenario> scenarios(int max) {
        Arbitrary<List<ZoneId>> zones = Arbitraries.subsetOf(ZONES).filter(s -> !s.isEmpty())
                .map(s -> s.stream().sorted(java.util.Comparator.comparing(ZoneId::getId)).toList());
        Arbitrary<Attempt> attempt = instants().flatMap(t -> Arbitraries.of(true, false, false, false, false, false)
                .map(c -> new Attempt(t, c)));
        return zones.flatMap(z -> attempt.list().ofMinSize(1).ofMaxSize(max).map(a -> new Scenario(z, a)));
    }

    @Provide
    Arbitrary<Instant> instants() {
        // Minute resolution over 40 days, so that many attempts share days and collide with the limits.
        return Arbitraries.longs().between(0, 40L * 24 * 60).map(m -> START.plusSeconds(m * 60));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    record Attempt(Instant at, boolean conversation) {
    }

    record Scenario(List<ZoneId> zones, List<Attempt> attempts) {
    }
}
