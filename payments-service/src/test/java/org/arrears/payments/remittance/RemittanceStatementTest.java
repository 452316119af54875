package org.arrears.payments.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.arrears.payments.terms.RemitMode;
import org.junit.jupiter.api.Test;

class RemittanceStatementTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-01");

    private static RemittanceStatement.PaymentFacts payment(String amount, String percent, String txn) {
        return new RemittanceStatement.PaymentFacts(UUID.randomUUID(), "A1", txn, "ACH", "USD", new BigDecimal(amount),
                new BigDecimal(percent), Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T12:00:00Z"),
                "R01");
    }

    @Test
    void netRemitKeepsTheFeeAndReversalsCancelTheirPaymentsToTheCent() {
        var a = payment("100.00", "33.33", "t1"); // fee 33.33
        var b = payment("10.01", "33.33", "t2"); // fee 3.336.. → 3.34
        var c = payment("0.05", "33.33", "t3"); // fee 0.016.. → 0.02
        List<RemittanceLine> lines = List.of(RemittanceStatement.line("PAYMENT", 1, a, RemitMode.NET),
                RemittanceStatement.line("PAYMENT", 1, b, RemitMode.NET),
                RemittanceStatement.line("PAYMENT", 1, c, RemitMode.NET),
                RemittanceStatement.line("REVERSAL", -1, b, RemitMode.NET));

        RemittanceTotals t = RemittanceStatement.of("C1", DAY, DAY, RemitMode.NET, lines).totals().get(0);

        assertThat(t.gross()).isEqualByComparingTo("110.06");
        assertThat(t.reversals()).isEqualByComparingTo("10.01");
        assertThat(t.collected()).isEqualByComparingTo("100.05");
        assertThat(t.fee()).isEqualByComparingTo("33.35");
        assertThat(t.netToRemit()).isEqualByComparingTo("66.70");
        assertThat(t.feeInvoiced()).isEqualByComparingTo("0.00");
        assertThat(t.payments()).isEqualTo(3);
        assertThat(t.reversalCount()).isEqualTo(1);
    }

    @Test
    void grossRemitPassesEverythingOnAndInvoicesTheFee() {
        var a = payment("200.00", "25", "t1");
        RemittanceTotals t = RemittanceStatement.of("C1", DAY, DAY, RemitMode.GROSS,
                List.of(RemittanceStatement.line("PAYMENT", 1, a, RemitMode.GROSS))).totals().get(0);

        assertThat(t.netToRemit()).isEqualByComparingTo("200.00");
        assertThat(t.feeInvoiced()).isEqualByComparingTo("50.00");
    }

    @Test
    void totalsAreKeptPerCurrency() {
        var usd = payment("1.00", "10", "t1");
        var eur = new RemittanceStatement.PaymentFacts(UUID.randomUUID(), "A2", "t2", "CARD", "EUR",
                new BigDecimal("2.00"), BigDecimal.TEN, Instant.EPOCH, null, null);
        RemittanceStatement s = RemittanceStatement.of("C1", DAY, DAY, RemitMode.NET, List.of(
                RemittanceStatement.line("PAYMENT", 1, usd, RemitMode.NET),
                RemittanceStatement.line("PAYMENT", 1, eur, RemitMode.NET)));

        assertThat(s.totals()).extracting(RemittanceTotals::currency).containsExactly("EUR", "USD");
        assertThat(s.lines()).first().extracting(RemittanceLine::currency).isEqualTo("EUR");
    }
}
