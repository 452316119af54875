package org.arrears.skiptrace.contactpoint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.platform.problem.ProblemException;
import org.arrears.skiptrace.merge.Ranking;
import org.arrears.skiptrace.normalise.NormalAddress;
import org.arrears.skiptrace.normalise.NormalPhone;

/** A debtor's contact points for agents, and the statuses they set, which the history provider then honours. */
@ApplicationScoped
public class ContactPointService {

    static final String WHAT = "Contact point";

    @Inject
    Clock clock;

    /** Usable points best first, then the excluded ones; empty when the debtor is unknown here. */
    @Transactional
    public Optional<List<ContactPointView>> ofDebtor(String debtorKey) {
        List<ContactPoint> points = ContactPoint.of(debtorKey);
        if (points.isEmpty() && DebtorAccount.count("debtorKey", debtorKey) == 0) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return Optional.of(points.stream().map(p -> view(p, today))
                .sorted(Comparator.comparing((ContactPointView v) -> v.status().excluded())
                        .thenComparing(Comparator.comparingDouble(ContactPointView::score).reversed())
                        .thenComparing(ContactPointView::value))
                .toList());
    }

    /** An agent's word on a point. ACTIVE cannot be set: a status is evidence, and evidence is not withdrawn. */
    @Transactional
    public ContactPointView setStatus(String debtorKey, String id, ContactPointStatus status, String by) {
        if (status == ContactPointStatus.ACTIVE) {
            throw ProblemException.invalid("status", "must be one of WRONG, REVOKED, REASSIGNED, CONFIRMED");
        }
        ContactPoint p = parse(id).flatMap(uuid -> ContactPoint.<ContactPoint>findByIdOptional(uuid))
                .filter(x -> x.historyKey.equals(debtorKey))
                .orElseThrow(() -> ProblemException.notFound(WHAT, id));
        Instant now = Instant.now(clock);
        ContactPointHistory.setStatus(p, status, by, now);
        if (status == ContactPointStatus.CONFIRMED) {
            p.lastVerified = LocalDate.now(clock);
        }
        return view(p, LocalDate.now(clock));
    }

    static ContactPointView view(ContactPoint p, LocalDate today) {
        List<String> sources = p.sourceNames();
        double confidence = p.status == ContactPointStatus.CONFIRMED
                ? Math.max(ContactPointReader.CONFIRMED_CONFIDENCE, p.confidence) : p.confidence;
        double score = p.status.excluded() ? 0 : Ranking.score(confidence, p.lastVerified, sources.size(), today);
        String type = null;
        List<String> zones = null;
        NormalAddress address = null;
        String value = p.pointKey;
        if (p.kind == PointKind.PHONE) {
            NormalPhone n = PointDetails.phone(p);
            type = n.type();
            zones = n.timeZones();
        } else if (p.kind == PointKind.ADDRESS) {
            address = PointDetails.address(p);
            value = address.line1() + (address.line2() == null ? "" : ", " + address.line2()) + ", "
                    + address.city() + (address.state() == null ? "" : ", " + address.state()) + " "
                    + address.postalCode() + ", " + address.country();
        }
        return new ContactPointView(p.id.toString(), p.kind, value, type, zones, address, p.status, confidence,
                Math.round(score * 10_000) / 10_000.0, p.lastVerified, sources, p.statusChangedAt,
                p.statusChangedBy);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
