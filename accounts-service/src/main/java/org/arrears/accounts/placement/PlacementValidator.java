package org.arrears.accounts.placement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.arrears.accounts.debtor.DebtorProfile;
import org.arrears.accounts.debtor.DebtorProfile.ContactAddress;
import org.arrears.accounts.debtor.DebtorProfile.ContactEmail;
import org.arrears.accounts.debtor.DebtorProfile.ContactPhone;
import org.arrears.accounts.debtor.DebtorProfile.PersonName;
import org.arrears.accounts.debtor.NationalIds;
import org.arrears.accounts.debtor.PhoneNumbers;
import org.arrears.accounts.debtor.UsStates;
import org.arrears.platform.money.Money;
import org.arrears.platform.problem.Problem.Violation;

/**
 * What a creditor expects us to check on every placement, whatever the format: required fields, balances,
 * currency, plausible dates, US states and ZIPs, phones (E.164 through libphonenumber) and emails. Collects every
 * violation of a row, named as the client wrote the field ({@code debtor.phones[0].number}).
 */
public final class PlacementValidator {

    /** Creditors' own confidence in what they send; skip tracing ranks against it. */
    static final double PLACED_CONFIDENCE = 0.8;
    static final int MAX_ITEMIZATIONS = 5;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final int MAX_AGE_YEARS = 120;
    private static final Set<String> PHONE_TYPES = Set.of("MOBILE", "LANDLINE", "UNKNOWN");
    private static final Set<String> SOURCES = Set.of("CREDITOR", "DEBTOR");
    /** Reg F 1006.34(b)(3): the itemization reference dates. */
    private static final Set<String> ITEMIZATION_TYPES = Set.of("LAST_STATEMENT", "CHARGE_OFF", "LAST_PAYMENT",
            "TRANSACTION", "JUDGMENT");
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,40}");

    private final NationalIds nationalIds;

    public PlacementValidator(NationalIds nationalIds) {
        this.nationalIds = nationalIds;
    }

    /** The outcome of checking one placement: exactly one of {@code placement} and {@code violations} is set. */
    public record Result(ValidPlacement placement, List<Violation> violations) {
        public boolean valid() {
            return placement != null;
        }
    }

    public Result validate(PlaceAccountRequest r, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (r == null) {
            return new Result(null, List.of(new Violation("", "must not be empty")));
        }
        String creditorRef = text(r.creditorRef(), "creditorRef", 64, true, v);
        String originalCreditor = text(r.originalCreditor(), "originalCreditor", 200, false, v);
        String accountType = text(r.accountType(), "accountType", 40, true, v);
        if (accountType != null && !CODE.matcher(accountType).matches()) {
            v.add(new Violation("accountType", "must be a code such as CREDIT_CARD (letters, digits, _)"));
        }
        String segment = text(r.segment(), "segment", 40, false, v);
        Currency currency = currency(r.currency(), v);

        BigDecimal[] buckets = balances(r.balances(), currency, v);
        LocalDate chargeOff = date(r.chargeOffDate(), "chargeOffDate", today, false, v);
        LocalDate firstDelinquency = date(r.firstDelinquencyDate(), "firstDelinquencyDate", today, true, v);
        LocalDate lastPayment = date(r.lastPaymentDate(), "lastPaymentDate", today, false, v);
        if (chargeOff != null && firstDelinquency != null && chargeOff.isBefore(firstDelinquency)) {
            v.add(new Violation("chargeOffDate", "must not be before firstDelinquencyDate"));
        }
        List<PlaceAccountRequest.Itemization> itemization = itemization(r.itemization(), currency, today, v);

        Debtor debtor = debtor(r.debtor(), today, v);
        if (!v.isEmpty()) {
            return new Result(null, List.copyOf(v));
        }
        return new Result(new ValidPlacement(creditorRef, originalCreditor, accountType, currency.getCurrencyCode(),
                segment, buckets[0], buckets[1], buckets[2], buckets[3], chargeOff, firstDelinquency, lastPayment,
                itemization, debtor.key, debtor.lastFour, debtor.profile, debtor.state, debtor.postalCode), List.of());
    }

    private static String text(String value, String field, int max, boolean required, List<Violation> v) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new Violation(field, "is required"));
            }
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            v.add(new Violation(field, "must be at most " + max + " characters"));
            return null;
        }
        if (s.chars().anyMatch(Character::isISOControl)) {
            v.add(new Violation(field, "must not contain control characters"));
            return null;
        }
        return s;
    }

    private static Currency currency(String code, List<Violation> v) {
        if (code == null || code.isBlank()) {
            v.add(new Violation("currency", "is required"));
            return null;
        }
        try {
            return Money.currencyOf(code);
        } catch (IllegalArgumentException e) {
            v.add(new Violation("currency", e.getMessage()));
            return null;
        }
    }

    private static BigDecimal[] balances(PlaceAccountRequest.Balances b, Currency currency, List<Violation> v) {
        BigDecimal[] out = new BigDecimal[4];
        if (b == null) {
            v.add(new Violation("balances", "is required"));
            return out;
        }
        if (b.principal() == null) {
            v.add(new Violation("balances.principal", "is required"));
        }
        int before = v.size();
        out[0] = amount(b.principal(), currency, "balances.principal", v);
        out[1] = amount(b.interest(), currency, "balances.interest", v);
        out[2] = amount(b.fees(), currency, "balances.fees", v);
        out[3] = amount(b.costs(), currency, "balances.costs", v);
        if (v.size() == before && currency != null && b.principal() != null
                && out[0].add(out[1]).add(out[2]).add(out[3]).signum() <= 0) {
            v.add(new Violation("balances", "the total balance must be greater than zero"));
        }
        return out;
    }

    /** Absent buckets are zero; negative, huge or over-precise amounts are errors. */
    static BigDecimal amount(BigDecimal value, Currency currency, String field, List<Violation> v) {
        BigDecimal a = value == null ? BigDecimal.ZERO : value;
        if (a.signum() < 0) {
            v.add(new Violation(field, "must not be negative"));
            return a;
        }
        if (a.compareTo(MAX_AMOUNT) >= 0) {
            v.add(new Violation(field, "must be less than " + MAX_AMOUNT.toPlainString()));
            return a;
        }
        if (currency == null) {
            return a;
        }
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        if (a.stripTrailingZeros().scale() > scale) {
            v.add(new Violation(field, "must have at most " + scale + " decimal places for "
                    + currency.getCurrencyCode()));
            return a;
        }
        return a.setScale(scale, RoundingMode.UNNECESSARY);
    }

    private static LocalDate date(LocalDate d, String field, LocalDate today, boolean required, List<Violation> v) {
        if (d == null) {
            if (required) {
                v.add(new Violation(field, "is required"));
            }
            return null;
        }
        if (d.isAfter(today)) {
            v.add(new Violation(field, "must not be in the future"));
        } else if (d.isBefore(EARLIEST)) {
            v.add(new Violation(field, "must not be before " + EARLIEST));
        }
        return d;
    }

    private static List<PlaceAccountRequest.Itemization> itemization(List<PlaceAccountRequest.Itemization> items,
            Currency currency, LocalDate today, List<Violation> v) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        if (items.size() > MAX_ITEMIZATIONS) {
            v.add(new Violation("itemization", "at most " + MAX_ITEMIZATIONS + " itemization dates (Reg F 1006.34)"));
            return List.of();
        }
        List<PlaceAccountRequest.Itemization> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PlaceAccountRequest.Itemization it = items.get(i);
            String f = "itemization[" + i + "]";
            if (it == null) {
                v.add(new Violation(f, "must not be null"));
                continue;
            }
            LocalDate date = date(it.date(), f + ".date", today, true, v);
            String type = it.type() == null ? null : it.type().strip().toUpperCase(Locale.ROOT);
            if (type == null || !ITEMIZATION_TYPES.contains(type)) {
                v.add(new Violation(f + ".type", "must be one of " + sorted(ITEMIZATION_TYPES)));
            }
            if (it.amount() == null) {
                v.add(new Violation(f + ".amount", "is required"));
            }
            BigDecimal amount = amount(it.amount(), currency, f + ".amount", v);
            out.add(new PlaceAccountRequest.Itemization(date, type, amount));
        }
        return out;
    }

    private record Debtor(String key, String lastFour, DebtorProfile profile, String state, String postalCode) {
    }

    private Debtor debtor(PlaceAccountRequest.Debtor d, LocalDate today, List<Violation> v) {
        if (d == null) {
            return new Debtor(null, null, DebtorProfile.empty(), null, null);
        }
        List<PersonName> names = new ArrayList<>();
        if (d.names() != null) {
            for (int i = 0; i < d.names().size(); i++) {
                PlaceAccountRequest.Name n = d.names().get(i);
                String f = "debtor.names[" + i + "]";
                if (n == null) {
                    v.add(new Violation(f, "must not be null"));
                    continue;
                }
                String first = text(n.first(), f + ".first", 100, false, v);
                String middle = text(n.middle(), f + ".middle", 100, false, v);
                String last = text(n.last(), f + ".last", 100, true, v);
                names.add(new PersonName(first, middle, last));
            }
        }
        LocalDate dob = d.dateOfBirth();
        if (dob != null && (dob.isAfter(today) || dob.isBefore(today.minusYears(MAX_AGE_YEARS)))) {
            v.add(new Violation("debtor.dateOfBirth", "must be a date within the last " + MAX_AGE_YEARS + " years"));
        }
        String key = null;
        String lastFour = null;
        if (d.nationalId() != null && !d.nationalId().isBlank()) {
            String problem = NationalIds.problem(d.nationalId());
            if (problem != null) {
                v.add(new Violation("debtor.nationalId", problem));
            } else {
                key = nationalIds.keyOf(d.nationalId());
                lastFour = NationalIds.lastFour(d.nationalId());
            }
        }
        List<ContactAddress> addresses = addresses(d.addresses(), v);
        String state = addresses.isEmpty() ? null : addresses.get(0).state();
        String postalCode = addresses.isEmpty() ? null : addresses.get(0).postalCode();
        if (addresses.isEmpty()) {
            state = state(d.state(), "debtor.state", false, v);
            postalCode = zip(d.postalCode(), "debtor.postalCode", false, v);
        }
        return new Debtor(key, lastFour, new DebtorProfile(List.copyOf(names), dob, addresses, phones(d.phones(), v),
                emails(d.emails(), v)), state, postalCode);
    }

    private static List<ContactAddress> addresses(List<PlaceAccountRequest.Address> list, List<Violation> v) {
        List<ContactAddress> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            PlaceAccountRequest.Address a = list.get(i);
            String f = "debtor.addresses[" + i + "]";
            if (a == null) {
                v.add(new Violation(f, "must not be null"));
                continue;
            }
            String country = a.country() == null || a.country().isBlank() ? "US"
                    : a.country().strip().toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                v.add(new Violation(f + ".country", "must be an ISO 3166-1 alpha-2 code such as US"));
            }
            boolean us = country.equals("US");
            String line1 = text(a.line1(), f + ".line1", 200, true, v);
            String line2 = text(a.line2(), f + ".line2", 200, false, v);
            String city = text(a.city(), f + ".city", 100, true, v);
            String state = us ? state(a.state(), f + ".state", true, v) : text(a.state(), f + ".state", 40, false, v);
            String zip = us ? zip(a.postalCode(), f + ".postalCode", true, v)
                    : text(a.postalCode(), f + ".postalCode", 20, false, v);
            out.add(new ContactAddress("a" + (i + 1), line1, line2, city, state, zip, country, "CREDITOR",
                    PLACED_CONFIDENCE, DebtorProfile.ACTIVE));
        }
        return out;
    }

    private static String state(String raw, String field, boolean required, List<Violation> v) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                v.add(new Violation(field, "is required"));
            }
            return null;
        }
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (!UsStates.isValid(s)) {
            v.add(new Violation(field, "must be a two-letter US state code such as MA"));
            return null;
        }
        return s;
    }

    private static String zip(String raw, String field, boolean required, List<Violation> v) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                v.add(new Violation(field, "is required"));
            }
            return null;
        }
        String s = raw.strip();
        if (!ZIP.matcher(s).matches()) {
            v.add(new Violation(field, "must be a ZIP code such as 02134 or 02134-1234"));
            return null;
        }
        return s;
    }

    private static List<ContactPhone> phones(List<PlaceAccountRequest.Phone> list, List<Violation> v) {
        List<ContactPhone> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            PlaceAccountRequest.Phone p = list.get(i);
            String f = "debtor.phones[" + i + "]";
            if (p == null) {
                v.add(new Violation(f, "must not be null"));
                continue;
            }
            String number = null;
            if (p.number() == null || p.number().isBlank()) {
                v.add(new Violation(f + ".number", "is required"));
            } else {
                number = PhoneNumbers.toE164(p.number()).orElse(null);
                if (number == null) {
                    v.add(new Violation(f + ".number", "is not a valid phone number"));
                }
            }
            String type = p.type() == null ? "UNKNOWN" : p.type().strip().toUpperCase(Locale.ROOT);
            if (!PHONE_TYPES.contains(type)) {
                v.add(new Violation(f + ".type", "must be mobile, landline or unknown"));
            }
            String source = source(p.source(), f + ".source", v);
            final String e164 = number;
            // The same number twice in one placement is one contact point.
            if (e164 != null && out.stream().noneMatch(existing -> existing.number().equals(e164))) {
                out.add(new ContactPhone(e164, type, source, Boolean.TRUE.equals(p.consent()), PLACED_CONFIDENCE,
                        DebtorProfile.ACTIVE));
            }
        }
        return out;
    }

    private static List<ContactEmail> emails(List<PlaceAccountRequest.Email> list, List<Violation> v) {
        List<ContactEmail> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            PlaceAccountRequest.Email e = list.get(i);
            String f = "debtor.emails[" + i + "]";
            if (e == null) {
                v.add(new Violation(f, "must not be null"));
                continue;
            }
            String address = e.address() == null ? null : e.address().strip();
            if (address == null || address.isEmpty()) {
                v.add(new Violation(f + ".address", "is required"));
            } else if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
                v.add(new Violation(f + ".address", "is not a valid email address"));
                address = null;
            }
            String source = source(e.source(), f + ".source", v);
            if (address != null) {
                out.add(new ContactEmail(address.toLowerCase(Locale.ROOT), source, PLACED_CONFIDENCE,
                        DebtorProfile.ACTIVE));
            }
        }
        return out;
    }

    /** A creditor says whether it got a contact point itself or from the debtor; skip traces are ours. */
    private static String source(String raw, String field, List<Violation> v) {
        if (raw == null || raw.isBlank()) {
            return "CREDITOR";
        }
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (!SOURCES.contains(s)) {
            v.add(new Violation(field, "must be creditor or debtor"));
            return "CREDITOR";
        }
        return s;
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}
