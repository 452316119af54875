package org.arrears.skiptrace.contactpoint;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.skiptrace.normalise.NormalAddress;
import org.arrears.skiptrace.normalise.NormalPhone;
import org.arrears.skiptrace.provider.ProviderAnswer;

/** Reads a debtor's usable points as a provider answer, for the history provider. */
@ApplicationScoped
public class ContactPointReader {

    /** A right-party contact is as good as evidence gets short of the debtor's word today. */
    static final double CONFIRMED_CONFIDENCE = 0.95;

    /** Every point not marked wrong, revoked or reassigned; confirmed ones at high confidence. */
    @Transactional
    public ProviderAnswer usable(String historyKey) {
        List<ProviderAnswer.PhoneCandidate> phones = new ArrayList<>();
        List<ProviderAnswer.AddressCandidate> addresses = new ArrayList<>();
        List<ProviderAnswer.EmailCandidate> emails = new ArrayList<>();
        for (ContactPoint p : ContactPoint.of(historyKey)) {
            if (p.status.excluded()) {
                continue;
            }
            double c = p.status == ContactPointStatus.CONFIRMED ? Math.max(CONFIRMED_CONFIDENCE, p.confidence)
                    : p.confidence;
            switch (p.kind) {
                case PHONE -> {
                    NormalPhone n = PointDetails.phone(p);
                    phones.add(new ProviderAnswer.PhoneCandidate(n.number(), n.type(), c, p.lastVerified));
                }
                case ADDRESS -> {
                    NormalAddress a = PointDetails.address(p);
                    addresses.add(new ProviderAnswer.AddressCandidate(a.line1(), a.line2(), a.city(), a.state(),
                            a.postalCode(), a.country(), c, p.lastVerified));
                }
                case EMAIL -> emails.add(new ProviderAnswer.EmailCandidate(p.pointKey, c, p.lastVerified));
            }
        }
        return new ProviderAnswer(phones, addresses, emails, null, List.of(), null);
    }
}
