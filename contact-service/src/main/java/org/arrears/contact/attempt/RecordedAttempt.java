package org.arrears.contact.attempt;

/** The attempt as stored, and whether this report created it or repeated an earlier one (same call id). */
public record RecordedAttempt(ContactAttempt attempt, boolean duplicate) {
}
