package org.arrears.contact.contactpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.arrears.contact.contactpoint.DestinationRanking.History;
import org.junit.jupiter.api.Test;

class DestinationRankingTest {

    @Test
    void higherConfidenceComesFirst() {
        var low = phone("+12125550001", "LANDLINE", false, 0.4);
        var high = phone("+12125550002", "UNKNOWN", false, 0.9);
        assertThat(DestinationRanking.rank(List.of(low, high), Map.of())).containsExactly(high, low);
    }

    @Test
    void atEqualConfidenceADiallableLineBeatsAnUnknownOneWithoutConsent() {
        var unknown = phone("+12125550001", "UNKNOWN", false, 0.7);
        var landline = phone("+12125550002", "LANDLINE", false, 0.7);
        var consentedMobile = phone("+12125550003", "MOBILE", true, 0.7);
        assertThat(DestinationRanking.rank(List.of(unknown, landline, consentedMobile), Map.of()))
                .containsExactly(consentedMobile, landline, unknown);
    }

    @Test
    void pastConversationsRaiseANumberAndUnansweredCallsLowerIt() {
        var a = phone("+12125550001", "LANDLINE", false, 0.7);
        var b = phone("+12125550002", "LANDLINE", false, 0.7);
        assertThat(DestinationRanking.rank(List.of(a, b), Map.of(a.value(), new History(0, 4),
                b.value(), new History(1, 0)))).containsExactly(b, a);
    }

    @Test
    void badWrongRevokedAndEmailDestinationsAreLeftOut() {
        var bad = new Destination("+12125550001", "PHONE", "MOBILE", "SKIPTRACE", true, 1.0, "ACTIVE", true);
        var wrong = new Destination("+12125550002", "PHONE", "MOBILE", "SKIPTRACE", true, 1.0, "WRONG", false);
        var email = new Destination("a@example.com", "EMAIL", null, "DEBTOR", false, 1.0, "ACTIVE", false);
        var good = phone("+12125550003", "MOBILE", false, 0.1);
        assertThat(DestinationRanking.rank(List.of(bad, wrong, email, good), Map.of())).containsExactly(good);
    }

    @Test
    void onlyLandlinesAndConsentedLinesMayBeAutodialled() {
        assertThat(DestinationRanking.autodialAllowed(phone("+1", "LANDLINE", false, 1))).isTrue();
        assertThat(DestinationRanking.autodialAllowed(phone("+1", "MOBILE", true, 1))).isTrue();
        assertThat(DestinationRanking.autodialAllowed(phone("+1", "MOBILE", false, 1))).isFalse();
        assertThat(DestinationRanking.autodialAllowed(phone("+1", "UNKNOWN", false, 1))).isFalse();
        assertThat(DestinationRanking.autodialAllowed(phone("+1", null, false, 1))).isFalse();
    }

    private static Destination phone(String number, String lineType, boolean consent, double confidence) {
        return new Destination(number, "PHONE", lineType, "SKIPTRACE", consent, confidence, "ACTIVE", false);
    }
}
