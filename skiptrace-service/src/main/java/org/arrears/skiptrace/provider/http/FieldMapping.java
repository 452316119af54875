package org.arrears.skiptrace.provider.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.arrears.skiptrace.provider.ProviderAnswer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a vendor's JSON answer through JSON pointers, one per field we understand. Lists ({@code phones},
 * {@code addresses}, {@code emails}, {@code bankruptcies}) point from the document's root; their item fields
 * point from each item. An operator overrides only the pointers where the vendor differs from the defaults
 * (see docs/skiptrace.md). Values that cannot be read are skipped, never guessed.
 */
public final class FieldMapping {

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("phones", "/phones"), Map.entry("phone.number", "/number"), Map.entry("phone.type", "/type"),
            Map.entry("phone.confidence", "/confidence"), Map.entry("phone.last-verified", "/lastVerified"),
            Map.entry("addresses", "/addresses"), Map.entry("address.line1", "/line1"),
            Map.entry("address.line2", "/line2"), Map.entry("address.city", "/city"),
            Map.entry("address.state", "/state"), Map.entry("address.postal-code", "/postalCode"),
            Map.entry("address.country", "/country"), Map.entry("address.confidence", "/confidence"),
            Map.entry("address.last-verified", "/lastVerified"),
            Map.entry("emails", "/emails"), Map.entry("email.address", "/address"),
            Map.entry("email.confidence", "/confidence"), Map.entry("email.last-verified", "/lastVerified"),
            Map.entry("deceased", "/deceased/deceased"), Map.entry("deceased.date", "/deceased/dateOfDeath"),
            Map.entry("bankruptcies", "/bankruptcies"), Map.entry("bankruptcy.chapter", "/chapter"),
            Map.entry("bankruptcy.case-number", "/caseNumber"), Map.entry("bankruptcy.court", "/court"),
            Map.entry("bankruptcy.filed-date", "/filedDate"), Map.entry("bankruptcy.status", "/status"),
            Map.entry("military.active-duty", "/military/activeDuty"), Map.entry("military.since", "/military/since"));

    private static final Set<Integer> CHAPTERS = Set.of(7, 9, 11, 12, 13, 15);
    private static final Set<String> CASE_STATUSES = Set.of("OPEN", "DISCHARGED", "DISMISSED", "CLOSED");

    private final Map<String, String> pointers;
    private final double confidenceScale;

    public FieldMapping(Map<String, String> overrides, double confidenceScale) {
        Map<String, String> p = new HashMap<>(DEFAULTS);
        for (var e : overrides.entrySet()) {
            if (!DEFAULTS.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown mapping field " + e.getKey() + "; known: "
                        + new java.util.TreeSet<>(DEFAULTS.keySet()));
            }
            p.put(e.getKey(), e.getValue());
        }
        this.pointers = Map.copyOf(p);
        this.confidenceScale = confidenceScale;
    }

    public ProviderAnswer read(JsonNode root) {
        List<ProviderAnswer.PhoneCandidate> phones = new ArrayList<>();
        for (JsonNode n : list(root, "phones")) {
            phones.add(new ProviderAnswer.PhoneCandidate(text(n, "phone.number"), text(n, "phone.type"),
                    confidence(n, "phone.confidence"), date(n, "phone.last-verified")));
        }
        List<ProviderAnswer.AddressCandidate> addresses = new ArrayList<>();
        for (JsonNode n : list(root, "addresses")) {
            addresses.add(new ProviderAnswer.AddressCandidate(text(n, "address.line1"), text(n, "address.line2"),
                    text(n, "address.city"), text(n, "address.state"), text(n, "address.postal-code"),
                    text(n, "address.country"), confidence(n, "address.confidence"),
                    date(n, "address.last-verified")));
        }
        List<ProviderAnswer.EmailCandidate> emails = new ArrayList<>();
        for (JsonNode n : list(root, "emails")) {
            emails.add(new ProviderAnswer.EmailCandidate(text(n, "email.address"), confidence(n, "email.confidence"),
                    date(n, "email.last-verified")));
        }
        List<ProviderAnswer.Bankruptcy> cases = new ArrayList<>();
        for (JsonNode n : list(root, "bankruptcies")) {
            bankruptcy(n).ifPresent(cases::add);
        }
        return new ProviderAnswer(phones, addresses, emails, deceased(root), cases, military(root));
    }

    private ProviderAnswer.Deceased deceased(JsonNode root) {
        JsonNode flag = at(root, "deceased");
        LocalDate date = date(root, "deceased.date");
        // A date of death alone is a finding; a flag alone too (the date is then unknown).
        boolean dead = flag.asBoolean(false) || date != null;
        return dead ? new ProviderAnswer.Deceased(date) : null;
    }

    private ProviderAnswer.Military military(JsonNode root) {
        JsonNode active = at(root, "military.active-duty");
        if (!active.isBoolean()) {
            return null; // not checked is not the same as "not on duty"
        }
        return new ProviderAnswer.Military(active.booleanValue(), date(root, "military.since"));
    }

    private java.util.Optional<ProviderAnswer.Bankruptcy> bankruptcy(JsonNode n) {
        JsonNode chapter = at(n, "bankruptcy.chapter");
        String caseNumber = text(n, "bankruptcy.case-number");
        LocalDate filed = date(n, "bankruptcy.filed-date");
        String status = text(n, "bankruptcy.status");
        status = status == null ? null : status.trim().toUpperCase(Locale.ROOT);
        int ch = chapter.isNumber() ? chapter.intValue() : parseInt(chapter.asText(""));
        if (!CHAPTERS.contains(ch) || caseNumber == null || filed == null || !CASE_STATUSES.contains(status)) {
            return java.util.Optional.empty(); // an incomplete case cannot become a valid BankruptcyFound
        }
        return java.util.Optional.of(new ProviderAnswer.Bankruptcy(ch, caseNumber.trim(),
                text(n, "bankruptcy.court"), filed, status));
    }

    private List<JsonNode> list(JsonNode root, String field) {
        JsonNode n = at(root, field);
        List<JsonNode> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private JsonNode at(JsonNode node, String field) {
        return node.at(pointers.get(field));
    }

    private String text(JsonNode node, String field) {
        JsonNode n = at(node, field);
        return n.isValueNode() && !n.isNull() && !n.asText().isBlank() ? n.asText() : null;
    }

    private double confidence(JsonNode node, String field) {
        JsonNode n = at(node, field);
        double raw = n.isNumber() ? n.doubleValue() : n.isTextual() ? parseDouble(n.asText()) : 0;
        return Math.max(0, Math.min(1, raw * confidenceScale));
    }

    private LocalDate date(JsonNode node, String field) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
