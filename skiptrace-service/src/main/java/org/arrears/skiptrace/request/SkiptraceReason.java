package org.arrears.skiptrace.request;

/** Why a debtor needs tracing. More arrive with the lookups (no address, wrong number, returned mail). */
public enum SkiptraceReason {
    /** The account came without any phone number to call. */
    NO_PHONE
}
