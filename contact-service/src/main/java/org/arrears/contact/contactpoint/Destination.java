package org.arrears.contact.contactpoint;

/**
 * One way to reach the debtor as this service knows it.
 *
 * @param value an E.164 number or an email address
 * @param channel PHONE or EMAIL
 * @param lineType MOBILE, LANDLINE or UNKNOWN for phones (unknown is treated as mobile); null for email
 * @param source CREDITOR, DEBTOR or SKIPTRACE
 * @param confidence 0..1, as skip tracing ranked it
 * @param status ACTIVE, WRONG, REVOKED or REASSIGNED (only ACTIVE is used)
 * @param bad a dialer reported it wrong or disconnected; never used again whatever a later update says
 */
public record Destination(String value, String channel, String lineType, String source, boolean autodialConsent,
        double confidence, String status, boolean bad) {

    public static final String PHONE = "PHONE";
    public static final String EMAIL = "EMAIL";

    public boolean usable() {
        return !bad && "ACTIVE".equals(status);
    }

    public boolean isPhone() {
        return PHONE.equals(channel);
    }

    /** The line type the dialer is told; unknown is sent as UNKNOWN so the dialer treats it as mobile. */
    public String lineTypeOrUnknown() {
        return lineType == null ? "UNKNOWN" : lineType;
    }
}
