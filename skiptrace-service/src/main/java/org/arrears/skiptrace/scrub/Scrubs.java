package org.arrears.skiptrace.scrub;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.skiptrace.BankruptcyFound;
import org.arrears.events.skiptrace.DebtorDeceased;
import org.arrears.events.skiptrace.MilitaryStatusFound;
import org.arrears.skiptrace.contactpoint.DebtorAccount;
import org.arrears.skiptrace.lookup.ScrubReport;
import org.arrears.skiptrace.provider.ProviderAnswer;
import org.arrears.platform.outbox.Outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns scrub findings into DebtorDeceased, BankruptcyFound and MilitaryStatusFound for every account of the
 * debtor, which compliance-service turns into holds. A finding is announced once; a bankruptcy again when its
 * status changes, a military status when duty changes. A debtor's accounts placed later hear the standing
 * findings at placement.
 */
@ApplicationScoped
public class Scrubs {

    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;

    /** @return how many events were recorded */
    @Transactional(Transactional.TxType.MANDATORY)
    public int report(String historyKey, String debtorKey, List<ScrubReport> reports) {
        Instant now = Instant.now(clock);
        List<ArrearsEvent> events = new ArrayList<>();
        List<String> accounts = DebtorAccount.accountsOf(historyKey);
        for (ScrubReport r : reports) {
            ScrubFinding f = finding(historyKey, r, now);
            ScrubFinding known = ScrubFinding.<ScrubFinding>findByIdOptional(key(f)).orElse(null);
            if (known != null && known.state.equals(f.state)) {
                continue;
            }
            if (known != null) {
                known.state = f.state;
                known.detail = f.detail;
                known.source = f.source;
                known.foundAt = now;
            } else {
                f.persist();
            }
            for (String account : accounts) {
                events.add(event(account, debtorKey, r, now));
            }
        }
        if (!events.isEmpty()) {
            outbox.publishAll(events);
        }
        return events.size();
    }

    /** A newly placed account of a debtor with standing findings hears them too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int replayFor(String historyKey, String debtorKey, String accountId) {
        List<ArrearsEvent> events = new ArrayList<>();
        for (ScrubFinding f : ScrubFinding.of(historyKey)) {
            events.add(event(accountId, debtorKey, report(f), f.foundAt));
        }
        if (!events.isEmpty()) {
            outbox.publishAll(events);
        }
        return events.size();
    }

    private ScrubFinding finding(String historyKey, ScrubReport r, Instant now) {
        ScrubFinding f = new ScrubFinding();
        f.historyKey = historyKey;
        f.source = r.source();
        f.foundAt = now;
        if (r.deceased() != null) {
            f.kind = ScrubFinding.Kind.DECEASED;
            f.findingKey = "deceased";
            f.state = String.valueOf(r.deceased().dateOfDeath());
            f.detail = write(r.deceased());
        } else if (r.bankruptcy() != null) {
            f.kind = ScrubFinding.Kind.BANKRUPTCY;
            f.findingKey = r.bankruptcy().caseNumber();
            f.state = r.bankruptcy().status();
            f.detail = write(r.bankruptcy());
        } else {
            f.kind = ScrubFinding.Kind.MILITARY;
            f.findingKey = "military";
            f.state = String.valueOf(r.military().activeDuty());
            f.detail = write(r.military());
        }
        return f;
    }

    private ScrubReport report(ScrubFinding f) {
        try {
            return switch (f.kind) {
                case DECEASED -> new ScrubReport(f.source, json.readValue(f.detail, ProviderAnswer.Deceased.class),
                        null, null);
                case BANKRUPTCY -> new ScrubReport(f.source, null,
                        json.readValue(f.detail, ProviderAnswer.Bankruptcy.class), null);
                case MILITARY -> new ScrubReport(f.source, null, null,
                        json.readValue(f.detail, ProviderAnswer.Military.class));
            };
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable scrub finding", e);
        }
    }

    private static ArrearsEvent event(String accountId, String debtorKey, ScrubReport r, Instant at) {
        if (r.deceased() != null) {
            return new DebtorDeceased(accountId, debtorKey, r.deceased().dateOfDeath(), r.source(), at);
        }
        if (r.bankruptcy() != null) {
            var b = r.bankruptcy();
            return new BankruptcyFound(accountId, debtorKey, b.chapter(), b.caseNumber(), b.court(), b.filedDate(),
                    b.status(), r.source(), at);
        }
        return new MilitaryStatusFound(accountId, debtorKey, r.military().activeDuty(), r.military().since(),
                r.source(), at);
    }

    private static ScrubFinding.Key key(ScrubFinding f) {
        ScrubFinding.Key k = new ScrubFinding.Key();
        k.historyKey = f.historyKey;
        k.kind = f.kind;
        k.findingKey = f.findingKey;
        return k;
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
