package org.arrears.skiptrace.lookup;

import java.util.ArrayList;
import java.util.List;

import org.arrears.skiptrace.merge.Sighting;
import org.arrears.skiptrace.normalise.AddressNormaliser;
import org.arrears.skiptrace.normalise.EmailNormaliser;
import org.arrears.skiptrace.normalise.NormalAddress;
import org.arrears.skiptrace.normalise.NormalPhone;
import org.arrears.skiptrace.normalise.PhoneNormaliser;
import org.arrears.skiptrace.provider.ProviderAnswer;

/** A provider's raw candidates, normalised; what cannot be normalised is dropped (nobody could use it). */
public final class Sightings {

    final List<Sighting<NormalPhone>> phones = new ArrayList<>();
    final List<Sighting<NormalAddress>> addresses = new ArrayList<>();
    final List<Sighting<String>> emails = new ArrayList<>();

    /** Adds the answer's candidates; returns how many of each kind were usable. */
    int[] add(String source, ProviderAnswer answer) {
        int[] usable = new int[3];
        for (var c : answer.phones()) {
            var n = PhoneNormaliser.normalise(c.number(), c.type(), null);
            n.ifPresent(p -> phones.add(new Sighting<>(p, p.number(), source, c.confidence(), c.lastVerified())));
            usable[0] += n.isPresent() ? 1 : 0;
        }
        for (var c : answer.addresses()) {
            var n = AddressNormaliser.normalise(c.line1(), c.line2(), c.city(), c.state(), c.postalCode(),
                    c.country());
            n.ifPresent(a -> addresses.add(new Sighting<>(a, a.key(), source, c.confidence(), c.lastVerified())));
            usable[1] += n.isPresent() ? 1 : 0;
        }
        for (var c : answer.emails()) {
            var n = EmailNormaliser.normalise(c.address());
            n.ifPresent(e -> emails.add(new Sighting<>(e, e, source, c.confidence(), c.lastVerified())));
            usable[2] += n.isPresent() ? 1 : 0;
        }
        return usable;
    }
}
