package org.arrears.compliance.rules;

import java.time.Instant;

/**
 * A contact in the debt's ledger: a recorded check (a dialer about to dial) or a reported attempt.
 * {@code conversation} is true when the person was reached by telephone and the debt discussed, which starts the
 * 7-day quiet period of 1006.14(b)(2)(i)(B).
 */
public record LedgerEntry(Instant at, Channel channel, String destination, Direction direction, boolean conversation) {

    public boolean outbound() {
        return direction == Direction.OUTBOUND;
    }
}
