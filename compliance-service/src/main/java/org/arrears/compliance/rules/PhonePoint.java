package org.arrears.compliance.rules;

/** A phone the debt's data knows, in E.164, with its line type and the consent that came with it. */
public record PhonePoint(String number, LineType lineType, String source, boolean autodialConsent, String status) {
}
