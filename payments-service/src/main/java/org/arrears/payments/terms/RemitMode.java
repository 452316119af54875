package org.arrears.payments.terms;

/**
 * How collections reach the creditor: NET keeps the agency's contingency fee out of the remittance; GROSS
 * remits everything collected and the fee is invoiced separately.
 */
public enum RemitMode {
    NET, GROSS
}
