package org.arrears.payments.remittance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A statement as CSV (RFC 4180): a header, one row per line, then one TOTAL row per currency. Text cells that a
 * spreadsheet would read as a formula (starting with = + - @, tab or carriage return) get a leading apostrophe
 * (OWASP CSV injection); amounts are numbers we formatted ourselves and stay as they are, minus sign included.
 */
public final class RemittanceCsv {

    static final String HEADER = "kind,at,paymentId,accountId,processorTxnId,method,reversalCode,currency,amount,"
            + "feePercent,fee,net";

    private RemittanceCsv() {
    }

    public static String write(RemittanceStatement s) {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (RemittanceLine l : s.lines()) {
            row(sb, List.of(text(l.kind()), text(l.at().toString()), text(l.paymentId().toString()), text(l.accountId()),
                    text(l.processorTxnId()), text(l.method()), text(l.reversalCode()), text(l.currency()),
                    number(l.amount()), number(l.feePercent()), number(l.fee()), number(l.net())));
        }
        for (RemittanceTotals t : s.totals()) {
            row(sb, List.of("TOTAL", "", "", "", "", "", "", text(t.currency()), number(t.collected()), "",
                    number(t.fee()), number(t.netToRemit())));
        }
        return sb.toString();
    }

    /** A text cell, neutralised against formula injection and quoted when it needs to be. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append(String.join(",", cells)).append("\r\n");
    }
}
