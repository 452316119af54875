package org.arrears.skiptrace.lookup;

import org.arrears.skiptrace.provider.ProviderAnswer;

/** A scrub finding and the provider that reported it; exactly one of the three is set. */
public record ScrubReport(String source, ProviderAnswer.Deceased deceased, ProviderAnswer.Bankruptcy bankruptcy,
        ProviderAnswer.Military military) {
}
