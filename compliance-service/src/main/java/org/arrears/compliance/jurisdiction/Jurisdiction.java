package org.arrears.compliance.jurisdiction;

import java.util.List;
import java.util.Set;

import org.arrears.compliance.rules.Channel;

/**
 * One state's or city's contact rules, as data: the hours it allows, its contact limits and the media that need
 * the person's written consent. Violations carry {@code reasonCode} and the citation of the limit or, for the
 * hours and consent, {@code citation}.
 */
public record Jurisdiction(String code, String name, String reasonCode, String citation, Match match,
        Hours hours, List<ContactLimit> limits, Set<Channel> writtenConsentChannels) {

    public Jurisdiction {
        limits = limits == null ? List.of() : List.copyOf(limits);
        writtenConsentChannels = writtenConsentChannels == null ? Set.of() : Set.copyOf(writtenConsentChannels);
    }
}
