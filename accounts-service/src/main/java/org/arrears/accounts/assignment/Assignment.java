package org.arrears.accounts.assignment;

/** The strategy's answer for one account; {@code challenger} tells which arm of a split it fell in. */
public record Assignment(String queue, int priority, int strategyVersion, String rule, boolean challenger) {
}
