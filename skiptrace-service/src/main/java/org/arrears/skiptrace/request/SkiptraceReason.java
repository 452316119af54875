package org.arrears.skiptrace.request;

/** Why a debtor needs tracing. */
public enum SkiptraceReason {
    /** The account came without any usable phone number. */
    NO_PHONE,
    /** The account came with phones but no address (no postal code). */
    NO_ADDRESS,
    /** A call reached someone else (ContactAttempted WRONG_NUMBER). */
    WRONG_NUMBER,
    /** The number is out of service (ContactAttempted DISCONNECTED). */
    DISCONNECTED,
    /** A letter came back (ContactAttempted RETURNED). */
    RETURNED_MAIL,
    /** An agent or ops asked, e.g. because the known points are stale. */
    STALE
}
