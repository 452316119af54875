package org.arrears.accounts.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An NDJSON portfolio made up as it is read (never held whole), ending with a trailer: {@code rows} complete
 * accounts with a name, date of birth, SSN, address, mobile phone with consent and email, principal 100.00 each.
 */
public final class GeneratedPortfolio extends InputStream {

    private final String prefix;
    private final int rows;
    private int next;
    private byte[] current = new byte[0];
    private int pos;

    public GeneratedPortfolio(String prefix, int rows) {
        this.prefix = prefix;
        this.rows = rows;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return current[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean fill() {
        if (pos < current.length) {
            return true;
        }
        if (next > rows) {
            return false;
        }
        String line = next == rows
                ? "{\"trailer\": {\"count\": " + rows + ", \"totalPrincipal\": \"" + (rows * 100L) + ".00\"}}\n"
                : row(prefix, next);
        next++;
        current = line.getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
    }

    public static String row(String prefix, int i) {
        return """
                {"creditorRef": "%s-%d", "originalCreditor": "First Bank", "accountType": "CREDIT_CARD", \
                "currency": "USD", "balances": {"principal": "100.00", "interest": "1.25", "fees": "0", "costs": "0"}, \
                "chargeOffDate": "2026-03-01", "firstDelinquencyDate": "2025-09-01", \
                "debtor": {"names": [{"first": "Test", "last": "Debtor%d"}], "dateOfBirth": "1980-05-17", \
                "nationalId": "123-45-%04d", \
                "addresses": [{"line1": "%d Main St", "city": "Boston", "state": "MA", "postalCode": "02134"}], \
                "phones": [{"number": "617-555-%04d", "type": "mobile", "consent": true}], \
                "emails": [{"address": "d%d@example.com"}]}}
                """.formatted(prefix, i, i, 1 + i % 9999, i, i % 10000, i);
    }
}
