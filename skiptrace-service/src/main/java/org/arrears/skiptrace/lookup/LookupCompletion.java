package org.arrears.skiptrace.lookup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.skiptrace.SkiptraceCompleted;
import org.arrears.platform.outbox.Outbox;
import org.arrears.skiptrace.contactpoint.ContactPointHistory;
import org.arrears.skiptrace.contactpoint.DebtorAccount;
import org.arrears.skiptrace.merge.Merged;
import org.arrears.skiptrace.normalise.NormalAddress;
import org.arrears.skiptrace.normalise.NormalPhone;
import org.arrears.skiptrace.provider.Subject;
import org.arrears.skiptrace.request.SkiptraceRequest;
import org.arrears.skiptrace.request.SkiptraceRequestView;
import org.arrears.skiptrace.request.SkiptraceStatus;
import org.arrears.skiptrace.scrub.Scrubs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The transactional ends of a lookup: who is traced (before), and after the waterfall, in one transaction, the
 * result stored on the request, the points filed in the history, the scrub events and SkiptraceCompleted.
 */
@ApplicationScoped
public class LookupCompletion {

    @Inject
    ContactPointHistory history;
    @Inject
    Scrubs scrubs;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;

    /** The subject of a claimed request, empty when the claim was lost meanwhile. */
    @Transactional
    public Optional<Subject> subject(LookupClaims.Claim claim) {
        SkiptraceRequest r = SkiptraceRequest.findById(claim.requestId());
        if (r == null || !claim.token().equals(r.claimToken)) {
            return Optional.empty();
        }
        Optional<DebtorAccount> a = DebtorAccount.findByIdOptional(r.accountId);
        String debtorKey = r.debtorKey != null ? r.debtorKey : a.map(x -> x.debtorKey).orElse(null);
        return Optional.of(new Subject(r.accountId, r.id.toString(), debtorKey, a.map(x -> x.state).orElse(null),
                a.map(x -> x.postalCode).orElse(null)));
    }

    /** @return false when another claim took the request over meanwhile (nothing is written then) */
    @Transactional
    public boolean complete(LookupClaims.Claim claim, Subject subject, LookupResult result) {
        SkiptraceRequest r = SkiptraceRequest.findById(claim.requestId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.status != SkiptraceStatus.RUNNING || !claim.token().equals(r.claimToken)) {
            return false;
        }
        Instant now = Instant.now(clock);
        String key = subject.historyKey();
        history.recordLookup(key, subject.accountId(), result.phones(), result.addresses(), result.emails());
        // The contract requires a debtor key; an account placed without one is its own debtor.
        scrubs.report(key, key, result.scrubs());
        SkiptraceCompleted done = new SkiptraceCompleted(subject.accountId(), r.id.toString(), key,
                phones(result.phones()), addresses(result.addresses()), emails(result.emails()),
                result.providersAsked(), now);
        outbox.publish(done);
        r.status = SkiptraceStatus.COMPLETED;
        r.completedAt = now;
        r.claimedUntil = null;
        r.providers = write(result.outcomes());
        r.result = write(new SkiptraceRequestView.Result(done.phones(), done.addresses(), done.emails()));
        return true;
    }

    static List<SkiptraceCompleted.Phone> phones(List<Merged<NormalPhone>> ms) {
        return ms.stream().map(m -> new SkiptraceCompleted.Phone(m.point().number(), m.point().type(),
                m.point().timeZones(), m.confidence(), m.sources(), m.lastVerified())).toList();
    }

    static List<SkiptraceCompleted.Address> addresses(List<Merged<NormalAddress>> ms) {
        return ms.stream().map(m -> {
            NormalAddress a = m.point();
            return new SkiptraceCompleted.Address(a.line1(), a.line2(), a.city(), a.state(), a.postalCode(),
                    a.country(), m.confidence(), m.sources(), m.lastVerified());
        }).toList();
    }

    static List<SkiptraceCompleted.Email> emails(List<Merged<String>> ms) {
        return ms.stream().map(m -> new SkiptraceCompleted.Email(m.point(), m.confidence(), m.sources(),
                m.lastVerified())).toList();
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
