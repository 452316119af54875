package org.arrears.accounts.debtor;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a national id (a US SSN) into what we may keep: a keyed hash (HMAC-SHA256), so the same person is
 * recognised across accounts and creditors without storing the number, and its last four digits. The key is
 * configuration ({@code arrears.accounts.national-id-key}); without it the hash cannot be reversed by guessing
 * the small SSN space.
 */
public final class NationalIds {

    private final SecretKeySpec key;
    // Mac is not thread-safe and Mac.getInstance is costly on a million rows: one per thread.
    private final ThreadLocal<Mac> macs;

    public NationalIds(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the national id key must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The digits of a well-formed SSN, or null when {@code raw} is not one (see {@link #problem}). */
    public static String digits(String raw) {
        if (raw == null) {
            return null;
        }
        String d = raw.strip().replace("-", "").replace(" ", "");
        return d.matches("\\d{9}") ? d : null;
    }

    /** Why {@code raw} is not a plausible SSN, or null when it is. Never echoes the value. */
    public static String problem(String raw) {
        String d = digits(raw);
        if (d == null) {
            return "must be a 9-digit SSN (123-45-6789 or 123456789)";
        }
        String area = d.substring(0, 3);
        // SSA never issues area 000, 666 or 900-999, group 00 or serial 0000.
        if (area.equals("000") || area.equals("666") || area.charAt(0) == '9' || d.startsWith("00", 3)
                || d.endsWith("0000")) {
            return "is not a valid SSN";
        }
        return null;
    }

    /** The debtor key: hex HMAC-SHA256 of the SSN's digits. */
    public String keyOf(String raw) {
        String d = digits(raw);
        if (d == null) {
            throw new IllegalArgumentException("not an SSN");
        }
        return HexFormat.of().formatHex(macs.get().doFinal(d.getBytes(StandardCharsets.US_ASCII)));
    }

    public static String lastFour(String raw) {
        String d = digits(raw);
        return d == null ? null : d.substring(5);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
