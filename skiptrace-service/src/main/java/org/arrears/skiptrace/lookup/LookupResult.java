package org.arrears.skiptrace.lookup;

import java.util.List;

import org.arrears.skiptrace.merge.Merged;
import org.arrears.skiptrace.normalise.NormalAddress;
import org.arrears.skiptrace.normalise.NormalPhone;

/** The end of a waterfall: what each provider did, the ranked merged points, and scrub findings. */
public record LookupResult(List<ProviderOutcome> outcomes, List<Merged<NormalPhone>> phones,
        List<Merged<NormalAddress>> addresses, List<Merged<String>> emails, List<ScrubReport> scrubs) {

    public List<String> providersAsked() {
        return outcomes.stream().filter(o -> o.result().asked()).map(ProviderOutcome::provider).toList();
    }
}
