package org.arrears.platform.idempotency;

/** The first response to a keyed request, as replayed to its retries. */
record StoredResponse(int status, String contentType, String body, String location) {
}
