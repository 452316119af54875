package org.arrears.payments.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.arrears.payments.terms.RemitMode;
import org.junit.jupiter.api.Test;

class RemittanceCsvTest {

    @Test
    void textCellsThatLookLikeFormulasAreNeutralised() {
        assertThat(RemittanceCsv.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(RemittanceCsv.text("+1")).isEqualTo("'+1");
        assertThat(RemittanceCsv.text("-1")).isEqualTo("'-1");
        assertThat(RemittanceCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RemittanceCsv.text("a,b")).isEqualTo("\"a,b\"");
        assertThat(RemittanceCsv.text("TXN-1")).isEqualTo("TXN-1");
    }

    @Test
    void writesOneRowPerLineThenTotalsWithNegativeReversalAmountsAsNumbers() {
        var p = new RemittanceStatement.PaymentFacts(UUID.fromString("00000000-0000-0000-0000-000000000001"), "A1",
                "=cmd", "ACH", "USD", new BigDecimal("100.00"), new BigDecimal("30.00"),
                Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-02T10:00:00Z"), "R01");
        RemittanceStatement s = RemittanceStatement.of("C1", LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30"), RemitMode.NET, List.of(RemittanceStatement.line("PAYMENT", 1, p,
                        RemitMode.NET), RemittanceStatement.line("REVERSAL", -1, p, RemitMode.NET)));

        List<String> rows = List.of(RemittanceCsv.write(s).split("\r\n"));

        assertThat(rows).containsExactly(RemittanceCsv.HEADER,
                "PAYMENT,2026-11-01T10:00:00Z,00000000-0000-0000-0000-000000000001,A1,'=cmd,ACH,,USD,100.00,30.00,30.00,70.00",
                "REVERSAL,2026-11-02T10:00:00Z,00000000-0000-0000-0000-000000000001,A1,'=cmd,ACH,R01,USD,-100.00,30.00,-30.00,-70.00",
                "TOTAL,,,,,,,USD,0.00,,0.00,0.00");
    }
}
