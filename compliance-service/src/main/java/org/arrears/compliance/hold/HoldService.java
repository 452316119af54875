package org.arrears.compliance.hold;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.compliance.profile.DebtProfile;
import org.arrears.compliance.rules.HoldType;
import org.arrears.events.compliance.ComplianceHoldLifted;
import org.arrears.events.compliance.ComplianceHoldPlaced;
import org.arrears.platform.outbox.Outbox;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.problem.ProblemTypes;

/**
 * Places and releases holds. Each change and its ComplianceHoldPlaced or ComplianceHoldLifted event commit together
 * through the outbox. A DISPUTE hold also marks the debt disputed, until a release with verification.
 */
@ApplicationScoped
public class HoldService {

    public static final String SYSTEM = "SYSTEM";
    static final String HOLD_IN_FORCE = ProblemTypes.of("hold-in-force");
    static final String HOLD_RELEASED = ProblemTypes.of("hold-already-released");

    private final Outbox outbox;
    private final Clock clock;

    public HoldService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An officer or agent places a hold on a known account; a second hold of a type already in force is a 409. */
    @Transactional
    public HoldView place(PlaceHoldRequest request, String by) {
        if (DebtProfile.findById(request.accountId()) == null) {
            throw ProblemException.notFound("Debt profile of account", request.accountId());
        }
        if (ComplianceHold.inForce(request.accountId(), request.type()).isPresent()) {
            throw alreadyInForce(request.accountId(), request.type());
        }
        return HoldView.of(insert(request.accountId(), request.type(), request.note(), by, null));
    }

    /** The 409 for a hold of a type already in force, naming that hold. */
    @Transactional
    public ProblemException alreadyInForce(String accountId, HoldType type) {
        Optional<ComplianceHold> existing = ComplianceHold.inForce(accountId, type);
        return ProblemException.withExtensions(409, HOLD_IN_FORCE, "Conflict", "Account " + accountId
                + " already has a " + type + " hold in force",
                existing.<java.util.Map<String, Object>>map(h -> java.util.Map.of("holdId", h.holdId.toString()))
                        .orElse(java.util.Map.of()));
    }

    /**
     * Places a hold because an event says so, unless one of the type is already in force (a repeated scrub finding
     * changes nothing). MANDATORY: it commits with the inbox record of the event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<HoldView> placeFromEvent(String accountId, HoldType type, String note, String eventId) {
        if (ComplianceHold.inForce(accountId, type).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(HoldView.of(insert(accountId, type, note, SYSTEM, eventId)));
    }

    @Transactional
    public HoldView release(UUID holdId, ReleaseHoldRequest request, String by) {
        ComplianceHold hold = ComplianceHold.findById(holdId);
        if (hold == null) {
            throw ProblemException.notFound("Hold", holdId);
        }
        if (!hold.inForce()) {
            throw ProblemException.conflict(HOLD_RELEASED, "Hold " + holdId + " was released at " + hold.releasedAt);
        }
        lift(hold, request.reason(), Boolean.TRUE.equals(request.verificationSent()), by);
        return HoldView.of(hold);
    }

    /** Lifts a hold of the type placed by the system, when a later event ends it; nothing when none is in force. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<HoldView> liftFromEvent(String accountId, HoldType type, String reason) {
        return ComplianceHold.inForce(accountId, type).filter(h -> SYSTEM.equals(h.placedBy)).map(h -> {
            lift(h, reason, false, SYSTEM);
            return HoldView.of(h);
        });
    }

    public List<HoldView> ofAccount(String accountId) {
        return ComplianceHold.<ComplianceHold>list("accountId = ?1 order by placedAt", accountId).stream()
                .map(HoldView::of).toList();
    }

    private ComplianceHold insert(String accountId, HoldType type, String note, String by, String eventId) {
        ComplianceHold hold = new ComplianceHold();
        hold.holdId = UUID.randomUUID();
        hold.accountId = accountId;
        hold.type = type;
        hold.note = note;
        hold.placedBy = by;
        hold.placedAt = Instant.now(clock);
        hold.sourceEventId = eventId;
        hold.persist();
        if (type == HoldType.DISPUTE) {
            DebtProfile.<DebtProfile>findByIdOptional(accountId).ifPresent(p -> p.disputed = true);
        }
        outbox.publish(new ComplianceHoldPlaced(accountId, hold.holdId.toString(), type.name(), note, by,
                hold.placedAt));
        return hold;
    }

    private void lift(ComplianceHold hold, String reason, boolean verificationSent, String by) {
        hold.releasedAt = Instant.now(clock);
        hold.releasedBy = by;
        hold.releaseReason = reason;
        hold.verificationSent = hold.type == HoldType.DISPUTE ? verificationSent : null;
        if (hold.type == HoldType.DISPUTE && verificationSent) {
            DebtProfile.<DebtProfile>findByIdOptional(hold.accountId).ifPresent(p -> p.disputed = false);
        }
        // Flush now: the partial unique index must see the release before a new hold of the type is inserted.
        ComplianceHold.flush();
        outbox.publish(new ComplianceHoldLifted(hold.accountId, hold.holdId.toString(), hold.type.name(), reason, by,
                hold.releasedAt));
    }
}
