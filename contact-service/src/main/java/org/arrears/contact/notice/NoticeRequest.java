package org.arrears.contact.notice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the notice goes out; LETTER when no body is sent. */
public record NoticeRequest(@Schema(enumeration = { "LETTER", "EMAIL" }) String channel) {
}
