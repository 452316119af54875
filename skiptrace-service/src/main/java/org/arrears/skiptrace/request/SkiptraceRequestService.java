package org.arrears.skiptrace.request;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.account.AccountPlaced;

/** Opens skip-trace requests where an account needs one, and lists them. */
@ApplicationScoped
public class SkiptraceRequestService {

    @Inject
    Clock clock;

    /**
     * Opens a PENDING request for each reason the placement needs tracing, except where one is already open
     * for the account and reason: tracing the same gap twice would pay the provider twice. MANDATORY because
     * the requests must commit together with the inbox record of the event that opened them.
     *
     * @return the requests opened, none when nothing was missing or all were open already
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SkiptraceRequestView> requestIfNeeded(AccountPlaced placed) {
        List<SkiptraceRequestView> opened = new ArrayList<>();
        for (SkiptraceReason reason : SkiptraceNeeds.onPlacement(placed)) {
            if (SkiptraceRequest.openFor(placed.accountId(), reason).isPresent()) {
                continue;
            }
            SkiptraceRequest r = new SkiptraceRequest();
            r.id = UUID.randomUUID();
            r.accountId = placed.accountId();
            r.reason = reason;
            r.status = SkiptraceStatus.PENDING;
            r.requestedAt = Instant.now(clock);
            r.persist();
            opened.add(SkiptraceRequestView.of(r));
        }
        return opened;
    }

    public List<SkiptraceRequestView> ofAccount(String accountId) {
        return SkiptraceRequest.ofAccount(accountId).stream().map(SkiptraceRequestView::of).toList();
    }
}
