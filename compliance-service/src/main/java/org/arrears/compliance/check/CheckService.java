package org.arrears.compliance.check;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.compliance.decision.DecisionLog;
import org.arrears.compliance.ledger.ContactLedger;
import org.arrears.compliance.rules.ComplianceEngine;
import org.arrears.compliance.rules.ContactCheck;
import org.arrears.compliance.rules.Decision;
import org.arrears.compliance.rules.DebtFacts;
import org.arrears.platform.problem.ProblemException;

/**
 * Answers a check: loads the debt's facts (locking the debt when the contact is to be recorded), asks the engine,
 * counts an allowed recorded contact, and stores the decision, all in one transaction.
 */
@ApplicationScoped
public class CheckService {

    private final CheckFacts facts;
    private final ComplianceEngine engine;
    private final ContactLedger ledger;
    private final DecisionLog log;
    private final Clock clock;

    public CheckService(CheckFacts facts, ComplianceEngine engine, ContactLedger ledger, DecisionLog log, Clock clock) {
        this.facts = facts;
        this.engine = engine;
        this.ledger = ledger;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    public CheckResponse check(CheckRequest request, String caller, String roles) {
        Instant now = Instant.now(clock);
        Instant at = request.at() == null ? now : request.at();
        String destination = request.normalisedDestination();
        boolean record = request.recordOrFalse();
        DebtFacts debt = facts.load(request.accountId(), request.channel(), destination, at, record)
                .orElseThrow(() -> ProblemException.notFound("Debt profile of account", request.accountId()));
        Decision decision = engine.decide(new ContactCheck(request.channel(), destination, at,
                request.autodialedOrFalse(), request.purpose()), debt);
        UUID checkId = UUID.randomUUID();
        boolean recorded = record && decision.allowed();
        if (recorded) {
            ledger.recordCheck(request.accountId(), checkId, request.channel(), destination, at, now);
        }
        CheckResponse response = new CheckResponse(checkId, decision.outcome().name(),
                decision.reasons().stream().map(v -> new CheckResponse.Reason(v.code(), v.citation(), v.message()))
                        .toList(),
                decision.nextEligibleAt(), decision.timeZones().stream().map(ZoneId::getId).toList(), recorded, at,
                decision.jurisdictions(), decision.ruleSetVersion());
        log.store(request.accountId(), now, caller, roles, new AuditedRequest(request, at, destination), response);
        return response;
    }

    /** The request as decided: defaults resolved, the destination as compared. */
    record AuditedRequest(String accountId, String channel, String destination, Instant at, boolean autodialed,
            boolean record, String purpose) {

        AuditedRequest(CheckRequest r, Instant at, String destination) {
            this(r.accountId(), r.channel().name(), destination, at, r.autodialedOrFalse(), r.recordOrFalse(),
                    r.purpose() == null ? "COLLECTION" : r.purpose().name());
        }
    }
}
