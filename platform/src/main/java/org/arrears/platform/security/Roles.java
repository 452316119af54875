package org.arrears.platform.security;

/** The roles a bearer token carries in its {@code groups} claim. */
public final class Roles {

    /** A creditor's system; sees only its own accounts (claim {@link #CREDITOR_ID_CLAIM}). */
    public static final String CREDITOR = "creditor";
    public static final String AGENT = "agent";
    public static final String DIALER = "dialer";
    public static final String COMPLIANCE = "compliance";
    public static final String OPS = "ops";
    /** Another Arrears service or a payment processor's webhook. */
    public static final String SERVICE = "service";
    /** A law firm; sees only its own referrals. */
    public static final String LEGAL = "legal";

    public static final String CREDITOR_ID_CLAIM = "creditor_id";

    private Roles() {
    }
}
