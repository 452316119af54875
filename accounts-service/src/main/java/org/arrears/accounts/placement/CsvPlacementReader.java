package org.arrears.accounts.placement;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV (text/csv, RFC 4180, UTF-8) with a header row naming the columns of docs/placement-formats.md, in any
 * order; unknown columns are ignored. A row whose first field is {@code TRAILER} is the trailer:
 * {@code TRAILER,<count>,<total principal>}. Field errors name the CSV column, not the JSON path.
 */
final class CsvPlacementReader extends LookaheadPlacementReader {

    static final String TRAILER = "TRAILER";
    static final int PHONES = 3;
    static final int EMAILS = 2;
    static final List<String> REQUIRED = List.of("creditorRef", "accountType", "currency", "principal",
            "firstDelinquencyDate");
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "");
    private static final Map<String, String> COLUMN_OF_PATH = Map.ofEntries(
            Map.entry("balances.principal", "principal"), Map.entry("balances.interest", "interest"),
            Map.entry("balances.fees", "fees"), Map.entry("balances.costs", "costs"),
            Map.entry("balances", "principal"),
            Map.entry("itemization[0].date", "itemizationDate"), Map.entry("itemization[0].type", "itemizationType"),
            Map.entry("itemization[0].amount", "itemizationAmount"),
            Map.entry("debtor.names[0].first", "firstName"), Map.entry("debtor.names[0].middle", "middleName"),
            Map.entry("debtor.names[0].last", "lastName"), Map.entry("debtor.dateOfBirth", "dateOfBirth"),
            Map.entry("debtor.nationalId", "nationalId"),
            Map.entry("debtor.addresses[0].line1", "addressLine1"), Map.entry("debtor.addresses[0].line2", "addressLine2"),
            Map.entry("debtor.addresses[0].city", "city"), Map.entry("debtor.addresses[0].state", "state"),
            Map.entry("debtor.addresses[0].postalCode", "postalCode"), Map.entry("debtor.addresses[0].country", "country"));
    private static final Pattern CONTACT = Pattern.compile("debtor\\.(phones|emails)\\[(\\d+)]\\.(\\w+)");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lineAfterPrevious;
    /** A header without the required columns: reported as the only row, and nothing else is read. */
    private final ParsedRow headerProblem;

    CsvPlacementReader(InputStream in) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        this.parser = CSVParser.builder().setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                .setFormat(format).get();
        this.records = parser.iterator();
        this.lineAfterPrevious = parser.getCurrentLineNumber();
        List<String> missing = REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
        this.headerProblem = missing.isEmpty() ? null : new ParsedRow.Malformed(1, null, "header",
                "the header row lacks the column(s) " + String.join(", ", missing)
                        + " (see docs/placement-formats.md)", true);
    }

    /** The CSV column a validator field path refers to, so CSV clients see their own column names. */
    static String columnOf(String path) {
        String column = COLUMN_OF_PATH.get(path);
        if (column != null) {
            return column;
        }
        Matcher m = CONTACT.matcher(path);
        if (m.matches()) {
            String n = Integer.toString(Integer.parseInt(m.group(2)) + 1);
            String kind = m.group(1).equals("phones") ? "phone" : "email";
            String part = m.group(3);
            return part.equals("number") || part.equals("address") ? kind + n
                    : kind + n + Character.toUpperCase(part.charAt(0)) + part.substring(1);
        }
        return path;
    }

    @Override
    protected ParsedRow read() {
        if (headerProblem != null) {
            return last(headerProblem);
        }
        long line = lineAfterPrevious + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            lineAfterPrevious = parser.getCurrentLineNumber();
            return TRAILER.equals(record.get(0)) ? trailer(record, line) : row(record, line);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports an unclosed quote or a broken encapsulation this way; the rest is unreadable.
            return last(new ParsedRow.Malformed(line, null, "", "is not valid CSV (check quotes); nothing after this "
                    + "line was read", true));
        }
    }

    private static ParsedRow trailer(CSVRecord r, long line) {
        try {
            Long count = r.size() > 1 && !r.get(1).isEmpty() ? Long.valueOf(r.get(1)) : null;
            BigDecimal total = r.size() > 2 && !r.get(2).isEmpty() ? new BigDecimal(r.get(2)) : null;
            return new ParsedRow.Trailer(line, count, total);
        } catch (NumberFormatException e) {
            return new ParsedRow.Malformed(line, null, "trailer",
                    "must be TRAILER,<count>,<total principal> with an integer count and a decimal total", false);
        }
    }

    /** Maps the columns onto the same request JSON placements use; values that cannot be typed are row errors. */
    private static ParsedRow row(CSVRecord r, long line) {
        Fields f = new Fields(r);
        try {
            List<PlaceAccountRequest.Itemization> itemization = new ArrayList<>();
            if (f.has("itemizationDate") || f.has("itemizationAmount") || f.has("itemizationType")) {
                itemization.add(new PlaceAccountRequest.Itemization(f.date("itemizationDate"),
                        f.text("itemizationType"), f.decimal("itemizationAmount")));
            }
            List<PlaceAccountRequest.Name> names = new ArrayList<>();
            if (f.has("firstName") || f.has("lastName") || f.has("middleName")) {
                names.add(new PlaceAccountRequest.Name(f.text("firstName"), f.text("middleName"), f.text("lastName")));
            }
            List<PlaceAccountRequest.Address> addresses = new ArrayList<>();
            if (f.has("addressLine1") || f.has("city")) {
                addresses.add(new PlaceAccountRequest.Address(f.text("addressLine1"), f.text("addressLine2"),
                        f.text("city"), f.text("state"), f.text("postalCode"), f.text("country")));
            }
            List<PlaceAccountRequest.Phone> phones = new ArrayList<>();
            for (int i = 1; i <= PHONES; i++) {
                String p = "phone" + i;
                if (f.has(p)) {
                    phones.add(new PlaceAccountRequest.Phone(f.text(p), f.text(p + "Type"), f.text(p + "Source"),
                            f.bool(p + "Consent")));
                }
            }
            List<PlaceAccountRequest.Email> emails = new ArrayList<>();
            for (int i = 1; i <= EMAILS; i++) {
                String e = "email" + i;
                if (f.has(e)) {
                    emails.add(new PlaceAccountRequest.Email(f.text(e), f.text(e + "Source")));
                }
            }
            PlaceAccountRequest.Debtor debtor = new PlaceAccountRequest.Debtor(names, f.date("dateOfBirth"),
                    f.text("nationalId"), addresses, phones, emails,
                    addresses.isEmpty() ? f.text("state") : null, addresses.isEmpty() ? f.text("postalCode") : null);
            return new ParsedRow.Row(line, new PlaceAccountRequest(f.text("creditorRef"), f.text("originalCreditor"),
                    f.text("accountType"), f.text("currency"), f.text("segment"),
                    new PlaceAccountRequest.Balances(f.decimal("principal"), f.decimal("interest"),
                            f.decimal("fees"), f.decimal("costs")),
                    f.date("chargeOffDate"), f.date("firstDelinquencyDate"), f.date("lastPaymentDate"), itemization,
                    debtor));
        } catch (BadField e) {
            return new ParsedRow.Malformed(line, f.text("creditorRef"), e.column, e.getMessage(), false);
        }
    }

    /** A column value that cannot be converted; the message never echoes it (it may be personal data). */
    private static final class BadField extends RuntimeException {
        final String column;

        BadField(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    private record Fields(CSVRecord r) {
        boolean has(String column) {
            return text(column) != null;
        }

        String text(String column) {
            if (!r.isMapped(column) || !r.isSet(column)) {
                return null;
            }
            String v = r.get(column);
            return v == null || v.isEmpty() ? null : v;
        }

        LocalDate date(String column) {
            String v = text(column);
            try {
                return v == null ? null : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new BadField(column, "must be a date such as 2026-03-01");
            }
        }

        BigDecimal decimal(String column) {
            String v = text(column);
            try {
                return v == null ? null : new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw new BadField(column, "must be a decimal amount such as 1250.00");
            }
        }

        Boolean bool(String column) {
            String v = text(column);
            String s = v == null ? "" : v.toLowerCase(Locale.ROOT);
            if (TRUE.contains(s)) {
                return true;
            }
            if (FALSE.contains(s)) {
                return false;
            }
            throw new BadField(column, "must be true or false");
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
