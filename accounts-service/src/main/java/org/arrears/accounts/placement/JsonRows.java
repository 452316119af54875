package org.arrears.accounts.placement;

import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns one JSON object of a portfolio into a row, a trailer, or a row error naming the field. */
final class JsonRows {

    private JsonRows() {
    }

    /**
     * One NDJSON line. The common case (an account that binds) is read straight into the request, one pass; only a
     * trailer or a line that fails goes through the tree, to find the trailer or the row's reference.
     */
    static ParsedRow of(String text, long line, ObjectMapper mapper) {
        if (!text.contains("\"trailer\"")) {
            try {
                return new ParsedRow.Row(line, mapper.readValue(text, PlaceAccountRequest.class));
            } catch (JsonProcessingException e) {
                // fall through: the tree says what is wrong and with which row
            }
        }
        try {
            return of(mapper.readTree(text), line, mapper);
        } catch (JsonProcessingException e) {
            return new ParsedRow.Malformed(line, null, "", "is not valid JSON", false);
        }
    }

    static ParsedRow of(JsonNode node, long line, ObjectMapper mapper) {
        if (node == null || !node.isObject()) {
            return new ParsedRow.Malformed(line, null, "", "each row must be a JSON object", false);
        }
        if (node.has("trailer")) {
            return trailer(node.get("trailer"), line);
        }
        try {
            return new ParsedRow.Row(line, mapper.treeToValue(node, PlaceAccountRequest.class));
        } catch (JsonMappingException e) {
            return new ParsedRow.Malformed(line, ref(node), path(e), message(e), false);
        } catch (JsonProcessingException e) {
            return new ParsedRow.Malformed(line, ref(node), "", "is not valid JSON", false);
        }
    }

    private static ParsedRow trailer(JsonNode t, long line) {
        try {
            Long count = t.hasNonNull("count") ? Long.valueOf(t.get("count").asText()) : null;
            BigDecimal total = t.hasNonNull("totalPrincipal") ? new BigDecimal(t.get("totalPrincipal").asText()) : null;
            return new ParsedRow.Trailer(line, count, total);
        } catch (NumberFormatException e) {
            return new ParsedRow.Malformed(line, null, "trailer", "count must be an integer and totalPrincipal a "
                    + "decimal such as \"1250.00\"", false);
        }
    }

    private static String ref(JsonNode node) {
        JsonNode ref = node.get("creditorRef");
        return ref != null && ref.isTextual() && ref.asText().length() <= 64 ? ref.asText() : null;
    }

    /** The field as the client wrote it: {@code debtor.phones[0].number}. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Never echoes the value: it may be personal data (a date of birth, a national id). */
    static String message(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            Class<?> t = f.getTargetType();
            if (t == java.time.LocalDate.class) {
                return "must be a date such as 2026-03-01";
            }
            if (t == BigDecimal.class) {
                return "must be a decimal amount such as \"1250.00\"";
            }
            return "has an invalid value";
        }
        return "has the wrong type";
    }
}
