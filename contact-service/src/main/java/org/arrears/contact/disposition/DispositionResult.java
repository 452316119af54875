package org.arrears.contact.disposition;

/** What became of one disposition: RECORDED now, or DUPLICATE of the attempt recorded for its call id before. */
public record DispositionResult(String callId, String attemptId, String status) {
}
