package org.arrears.accounts.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.arrears.accounts.debtor.DebtorProfile;
import org.arrears.accounts.placement.PlaceAccountRequest;
import org.arrears.platform.money.Money;

/**
 * An account as the API shows it. The debtor carries the last four of the national id, never more; the
 * assignment says which queue works the account and under which strategy version.
 */
public record AccountView(String id, String creditorId, String creditorRef, String originalCreditor,
        String accountType, String currency, String segment, Balances balances, LocalDate chargeOffDate,
        LocalDate firstDelinquencyDate, LocalDate lastPaymentDate, List<PlaceAccountRequest.Itemization> itemization,
        AccountStatus status, String closedReason, AssignmentView assignment, DebtorView debtor, Instant placedAt,
        Instant updatedAt, long version) {

    public record Balances(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal costs,
            BigDecimal total) {
    }

    public record AssignmentView(String queue, Integer priority, Integer strategyVersion) {
    }

    public record DebtorView(List<DebtorProfile.PersonName> names, LocalDate dateOfBirth, String nationalIdLast4,
            List<DebtorProfile.ContactAddress> addresses, List<DebtorProfile.ContactPhone> phones,
            List<DebtorProfile.ContactEmail> emails) {
    }

    static AccountView of(Account a, DebtorProfile debtor, List<PlaceAccountRequest.Itemization> itemization) {
        String c = a.currency;
        return new AccountView(a.id.toString(), a.creditorId, a.creditorRef, a.originalCreditor, a.accountType, c,
                a.segment,
                new Balances(money(a.principal, c), money(a.interest, c), money(a.fees, c), money(a.costs, c),
                        money(a.totalBalance(), c)),
                a.chargeOffDate, a.firstDelinquencyDate, a.lastPaymentDate, itemization, a.status, a.closedReason,
                a.queue == null ? null : new AssignmentView(a.queue, a.priority, a.strategyVersion),
                new DebtorView(debtor.names(), debtor.dateOfBirth(), a.nationalIdLast4, debtor.addresses(),
                        debtor.phones(), debtor.emails()),
                a.placedAt, a.updatedAt, a.version);
    }

    /** Stored with four decimals; shown at the currency's own scale ("1250.00", not "1250.0000"). */
    static BigDecimal money(BigDecimal stored, String currency) {
        return new Money(stored.stripTrailingZeros(), currency).amount();
    }
}
