package org.arrears.accounts.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.arrears.accounts.debtor.NationalIds;
import org.arrears.platform.problem.Problem.Violation;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class PlacementValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final NationalIds IDS = new NationalIds("a-test-key-of-sixteen-chars");
    private final PlacementValidator validator = new PlacementValidator(IDS);

    private static PlaceAccountRequest request(String currency, String principal, PlaceAccountRequest.Debtor debtor) {
        return new PlaceAccountRequest("REF-1", null, "CREDIT_CARD", currency, null,
                new PlaceAccountRequest.Balances(principal == null ? null : new BigDecimal(principal), null, null, null),
                LocalDate.of(2026, 3, 1), LocalDate.of(2025, 9, 1), null, null, debtor);
    }

    private static PlaceAccountRequest.Debtor debtor(List<PlaceAccountRequest.Phone> phones,
            List<PlaceAccountRequest.Email> emails, String nationalId) {
        return new PlaceAccountRequest.Debtor(List.of(new PlaceAccountRequest.Name("Ada", null, "Lovelace")),
                LocalDate.of(1980, 5, 17), nationalId, List.of(new PlaceAccountRequest.Address("1 Main St", null,
                        "Boston", "ma", "02134", null)), phones, emails, null, null);
    }

    private List<String> fields(PlaceAccountRequest r) {
        return validator.validate(r, TODAY).violations().stream().map(Violation::field).toList();
    }

    @Test
    void aCompletePlacementIsNormalised() {
        PlacementValidator.Result r = validator.validate(request("USD", "1250.5", debtor(
                List.of(new PlaceAccountRequest.Phone("617.555.0123", "Mobile", "debtor", true),
                        new PlaceAccountRequest.Phone("+1 (617) 555-0123", null, null, null)),
                List.of(new PlaceAccountRequest.Email(" Ada@Example.COM ", null)), "123-45-6789")), TODAY);
        assertThat(r.violations()).isEmpty();
        ValidPlacement p = r.placement();
        assertThat(p.principal()).isEqualByComparingTo("1250.50");
        assertThat(p.principal().scale()).isEqualTo(2);
        assertThat(p.interest()).isEqualByComparingTo("0");
        assertThat(p.state()).isEqualTo("MA");
        assertThat(p.debtor().phones()).singleElement().satisfies(ph -> {
            assertThat(ph.number()).isEqualTo("+16175550123");
            assertThat(ph.type()).isEqualTo("MOBILE");
            assertThat(ph.source()).isEqualTo("DEBTOR");
            assertThat(ph.autodialConsent()).isTrue();
        });
        assertThat(p.debtor().emails().get(0).address()).isEqualTo("ada@example.com");
        assertThat(p.debtorKey()).isEqualTo(IDS.keyOf("123456789"));
        assertThat(p.nationalIdLast4()).isEqualTo("6789");
        assertThat(p.toString()).doesNotContain("123-45-6789").doesNotContain("123456789");
    }

    @Test
    void requiredFieldsAreNamed() {
        PlaceAccountRequest empty = new PlaceAccountRequest(null, null, null, null, null, null, null, null, null,
                null, null);
        assertThat(fields(empty)).containsExactlyInAnyOrder("creditorRef", "accountType", "currency", "balances",
                "firstDelinquencyDate");
    }

    @Test
    void datesMustBePlausible() {
        PlaceAccountRequest future = new PlaceAccountRequest("R", null, "CREDIT_CARD", "USD", null,
                new PlaceAccountRequest.Balances(BigDecimal.TEN, null, null, null), TODAY.plusDays(1),
                LocalDate.of(1899, 1, 1), TODAY.plusDays(3), null,
                new PlaceAccountRequest.Debtor(null, TODAY.plusDays(1), null, null, null, null, null, null));
        assertThat(fields(future)).containsExactlyInAnyOrder("chargeOffDate", "firstDelinquencyDate",
                "lastPaymentDate", "debtor.dateOfBirth");
        PlaceAccountRequest chargedOffBeforeDelinquent = new PlaceAccountRequest("R", null, "CREDIT_CARD", "USD",
                null, new PlaceAccountRequest.Balances(BigDecimal.TEN, null, null, null), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 9, 1), null, null, null);
        assertThat(fields(chargedOffBeforeDelinquent)).containsExactly("chargeOffDate");
    }

    @Test
    void contactPointsAndIdsAreChecked() {
        assertThat(fields(request("USD", "10", debtor(
                List.of(new PlaceAccountRequest.Phone("555-0100", "mobile", null, null),
                        new PlaceAccountRequest.Phone("6175550123", "fax", "skiptrace", null)),
                List.of(new PlaceAccountRequest.Email("ada@", null)), "666-12-3456"))))
                .containsExactlyInAnyOrder("debtor.phones[0].number", "debtor.phones[1].type",
                        "debtor.phones[1].source", "debtor.emails[0].address", "debtor.nationalId");
        assertThat(fields(request("USD", "10", debtor(null, null, "12345")))).containsExactly("debtor.nationalId");
    }

    @Test
    void stateAndZipShorthandIsChecked() {
        PlaceAccountRequest r = request("USD", "10", new PlaceAccountRequest.Debtor(null, null, null, null, null,
                null, "XX", "1234"));
        assertThat(fields(r)).containsExactlyInAnyOrder("debtor.state", "debtor.postalCode");
    }

    @Test
    void currencyDecidesTheScale() {
        assertThat(fields(request("JPY", "100.5", null))).containsExactly("balances.principal");
        assertThat(fields(request("JPY", "100", null))).isEmpty();
        assertThat(fields(request("ABC", "100", null))).containsExactly("currency");
    }

    @Property(tries = 300)
    void nonNegativeAmountsAtTheCurrencyScaleAreAcceptedWhenTheTotalIsPositive(
            @ForAll @BigRange(min = "0", max = "999999999") @Scale(2) BigDecimal principal) {
        PlacementValidator.Result r = validator.validate(request("USD", principal.toPlainString(), null), TODAY);
        assertThat(r.valid()).isEqualTo(principal.signum() > 0);
        if (r.valid()) {
            assertThat(r.placement().totalBalance()).isEqualByComparingTo(principal);
        }
    }

    @Property(tries = 100)
    void negativeAmountsAreAlwaysRefused(@ForAll @BigRange(min = "-999999", max = "-0.01") @Scale(2) BigDecimal amount) {
        assertThat(fields(request("USD", amount.toPlainString(), null))).contains("balances.principal");
    }
}
