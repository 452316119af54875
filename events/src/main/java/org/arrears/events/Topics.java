package org.arrears.events;

/** Kafka topic names. One topic per owning service keeps one account's events in order across types. */
public final class Topics {

    public static final String ACCOUNT_EVENTS = "arrears.account.events.v1";
    public static final String CONTACT_EVENTS = "arrears.contact.events.v1";
    public static final String PAYMENT_EVENTS = "arrears.payment.events.v1";
    public static final String SKIPTRACE_EVENTS = "arrears.skiptrace.events.v1";
    public static final String COMPLIANCE_EVENTS = "arrears.compliance.events.v1";
    /** Contact requests for partner dialers and message vendors. */
    public static final String DIALER_REQUESTS = "arrears.dialer.requests.v1";
    /** Dispositions written back by partner dialers. */
    public static final String DIALER_DISPOSITIONS = "arrears.dialer.dispositions.v1";

    /** Suffix of the dead-letter topic beside each topic. */
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
