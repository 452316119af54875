package org.arrears.accounts.debtor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.arrears.accounts.debtor.DebtorProfile.ContactEmail;
import org.arrears.accounts.debtor.DebtorProfile.ContactPhone;
import org.arrears.events.skiptrace.SkiptraceCompleted;
import org.junit.jupiter.api.Test;

class ContactPointMergeTest {

    private static SkiptraceCompleted trace(List<SkiptraceCompleted.Phone> phones, List<SkiptraceCompleted.Email> emails) {
        return new SkiptraceCompleted("a", "r", "dk", phones, List.of(), emails, List.of("p"), Instant.now());
    }

    @Test
    void aKnownNumberKeepsItsSourceAndConsentAndTakesTheHigherConfidence() {
        DebtorProfile d = new DebtorProfile(null, null, null,
                List.of(new ContactPhone("+16175550123", "MOBILE", "CREDITOR", true, 0.8, "ACTIVE")), null);
        DebtorProfile merged = ContactPointMerge.merge(d, trace(List.of(
                new SkiptraceCompleted.Phone("+16175550123", "LANDLINE", List.of(), 0.9, List.of("p"), null),
                new SkiptraceCompleted.Phone("+16175550123", "LANDLINE", List.of(), 0.3, List.of("p"), null)),
                List.of()));
        assertThat(merged.phones()).containsExactly(
                new ContactPhone("+16175550123", "MOBILE", "CREDITOR", true, 0.9, "ACTIVE"));
    }

    @Test
    void newPointsComeFromTheSkipTraceWithoutConsent() {
        DebtorProfile merged = ContactPointMerge.merge(DebtorProfile.empty(), trace(
                List.of(new SkiptraceCompleted.Phone("+13125550142", "VOIP", List.of(), 0.6, List.of("p"), null),
                        new SkiptraceCompleted.Phone("not a number", "MOBILE", List.of(), 0.6, List.of("p"), null)),
                List.of(new SkiptraceCompleted.Email("X@Y.com", 0.4, List.of("p"), null))));
        assertThat(merged.phones()).containsExactly(
                new ContactPhone("+13125550142", "UNKNOWN", "SKIPTRACE", false, 0.6, "ACTIVE"));
        assertThat(merged.emails()).containsExactly(new ContactEmail("x@y.com", "SKIPTRACE", 0.4, "ACTIVE"));
    }
}
