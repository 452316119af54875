package org.arrears.skiptrace.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.account.AccountPlaced;
import org.arrears.skiptrace.contactpoint.DebtorAccount;
import org.arrears.skiptrace.lookup.ProviderOutcome;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Opens skip-trace requests where an account needs one, and shows them. The lookup worker runs them. */
@ApplicationScoped
public class SkiptraceRequestService {

    public static final String WHAT = "Skip-trace request";
    static final String BY_EVENT = "event";

    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;

    /** A request and whether this call opened it (false: one was already open for the account and reason). */
    public record Opened(SkiptraceRequestView request, boolean created) {
    }

    /**
     * Opens a PENDING request when the placement needs tracing, unless one is open for the account and reason:
     * tracing the same gap twice would pay the provider twice. MANDATORY because the request must commit together
     * with the inbox record of the event that opened it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Opened> requestIfNeeded(AccountPlaced placed) {
        return SkiptraceNeeds.onPlacement(placed)
                .map(reason -> open(placed.accountId(), placed.debtorKey(), reason, BY_EVENT));
    }

    /** Opens a request, or finds the open one for the same account and reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Opened open(String accountId, String debtorKey, SkiptraceReason reason, String by) {
        Optional<SkiptraceRequest> open = SkiptraceRequest.openFor(accountId, reason);
        if (open.isPresent()) {
            return new Opened(view(open.get()), false);
        }
        SkiptraceRequest r = new SkiptraceRequest();
        r.id = UUID.randomUUID();
        r.accountId = accountId;
        r.debtorKey = debtorKey;
        r.reason = reason;
        r.status = SkiptraceStatus.PENDING;
        r.requestedAt = Instant.now(clock);
        r.requestedBy = by;
        r.persist();
        return new Opened(view(r), true);
    }

    /** For the API: the account must have been placed (AccountPlaced seen here), else 404. */
    @Transactional
    public Optional<Opened> openByApi(String accountId, SkiptraceReason reason, String by) {
        return DebtorAccount.<DebtorAccount>findByIdOptional(accountId)
                .map(a -> open(a.accountId, a.debtorKey, reason, by));
    }

    @Transactional
    public List<SkiptraceRequestView> ofAccount(String accountId) {
        return SkiptraceRequest.ofAccount(accountId).stream().map(this::view).toList();
    }

    @Transactional
    public Optional<SkiptraceRequestView> find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return SkiptraceRequest.<SkiptraceRequest>findByIdOptional(uuid).map(this::view);
    }

    SkiptraceRequestView view(SkiptraceRequest r) {
        try {
            List<ProviderOutcome> providers = r.providers == null ? null
                    : json.readValue(r.providers, new TypeReference<List<ProviderOutcome>>() {
                    });
            SkiptraceRequestView.Result result = r.result == null ? null
                    : json.readValue(r.result, SkiptraceRequestView.Result.class);
            return new SkiptraceRequestView(r.id.toString(), r.accountId, r.reason, r.status, r.requestedAt,
                    r.completedAt, providers, result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored lookup result unreadable for request " + r.id, e);
        }
    }
}
