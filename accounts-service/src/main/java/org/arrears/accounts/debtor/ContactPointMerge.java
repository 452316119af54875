package org.arrears.accounts.debtor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.arrears.accounts.debtor.DebtorProfile.ContactAddress;
import org.arrears.accounts.debtor.DebtorProfile.ContactEmail;
import org.arrears.accounts.debtor.DebtorProfile.ContactPhone;
import org.arrears.events.skiptrace.SkiptraceCompleted;

/**
 * Merges a skip trace's findings into the debtor's contact points. A point we already have keeps its source
 * (a number the creditor gave stays CREDITOR, with its consent) and takes the higher confidence; a new one is
 * added with source SKIPTRACE, the trace's confidence and no autodial consent (a skip trace cannot give
 * consent). Nothing is ever dropped: a point marked WRONG or REVOKED stays so consumers keep avoiding it.
 */
public final class ContactPointMerge {

    private ContactPointMerge() {
    }

    public static DebtorProfile merge(DebtorProfile d, SkiptraceCompleted trace) {
        List<ContactPhone> phones = new ArrayList<>(d.phones());
        for (SkiptraceCompleted.Phone p : nullSafe(trace.phones())) {
            String number = PhoneNumbers.toE164(p.number()).orElse(null);
            if (number == null) {
                continue; // skiptrace-service normalises; a number libphonenumber rejects cannot be dialled anyway
            }
            int i = indexOf(phones, number);
            if (i >= 0) {
                ContactPhone old = phones.get(i);
                phones.set(i, new ContactPhone(old.number(), old.type(), old.source(), old.autodialConsent(),
                        Math.max(old.confidence(), p.confidence()), old.status()));
            } else {
                phones.add(new ContactPhone(number, lineType(p.type()), "SKIPTRACE", false, p.confidence(),
                        DebtorProfile.ACTIVE));
            }
        }
        List<ContactEmail> emails = new ArrayList<>(d.emails());
        for (SkiptraceCompleted.Email e : nullSafe(trace.emails())) {
            String address = e.address().strip().toLowerCase(Locale.ROOT);
            int i = -1;
            for (int k = 0; k < emails.size(); k++) {
                if (emails.get(k).address().equals(address)) {
                    i = k;
                }
            }
            if (i >= 0) {
                ContactEmail old = emails.get(i);
                emails.set(i, new ContactEmail(old.address(), old.source(), Math.max(old.confidence(), e.confidence()),
                        old.status()));
            } else {
                emails.add(new ContactEmail(address, "SKIPTRACE", e.confidence(), DebtorProfile.ACTIVE));
            }
        }
        List<ContactAddress> addresses = new ArrayList<>(d.addresses());
        for (SkiptraceCompleted.Address a : nullSafe(trace.addresses())) {
            int i = -1;
            for (int k = 0; k < addresses.size(); k++) {
                if (same(addresses.get(k), a)) {
                    i = k;
                }
            }
            if (i >= 0) {
                ContactAddress old = addresses.get(i);
                addresses.set(i, new ContactAddress(old.addressId(), old.line1(), old.line2(), old.city(), old.state(),
                        old.postalCode(), old.country(), old.source(), Math.max(old.confidence(), a.confidence()),
                        old.status()));
            } else {
                addresses.add(new ContactAddress("a" + (addresses.size() + 1), a.line1(), a.line2(), a.city(),
                        a.state(), a.postalCode(), a.country(), "SKIPTRACE", a.confidence(), DebtorProfile.ACTIVE));
            }
        }
        return d.withContactPoints(addresses, phones, emails);
    }

    /** VOIP and anything unknown count as UNKNOWN, which compliance treats as mobile (TCPA). */
    static String lineType(String type) {
        return "MOBILE".equals(type) || "LANDLINE".equals(type) ? type : "UNKNOWN";
    }

    private static int indexOf(List<ContactPhone> phones, String number) {
        for (int i = 0; i < phones.size(); i++) {
            if (phones.get(i).number().equals(number)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(ContactAddress a, SkiptraceCompleted.Address b) {
        return norm(a.line1()).equals(norm(b.line1())) && norm(a.postalCode()).equals(norm(b.postalCode()));
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ");
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
