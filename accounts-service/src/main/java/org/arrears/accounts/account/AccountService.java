package org.arrears.accounts.account;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.account.AccountPlaced;
import org.arrears.platform.money.Money;
import org.arrears.platform.outbox.Outbox;
import org.arrears.platform.problem.ProblemException;

/** Places accounts: validates what Bean Validation cannot, stores, and records AccountPlaced in one transaction. */
@ApplicationScoped
public class AccountService {

    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** Places the account, or finds the one this creditor already placed under the same reference. */
    @Transactional
    public Placement place(String creditorId, PlaceAccountRequest request) {
        Optional<Account> existing = Account.byNaturalKey(creditorId, request.creditorRef());
        if (existing.isPresent()) {
            return new Placement(AccountView.of(existing.get()), false);
        }
        Account account = newAccount(creditorId, request);
        account.persist();
        outbox.publish(placedEvent(account));
        return new Placement(AccountView.of(account), true);
    }

    public Optional<AccountView> find(UUID id) {
        return Account.<Account>findByIdOptional(id).map(AccountView::of);
    }

    private Account newAccount(String creditorId, PlaceAccountRequest r) {
        try {
            Money.currencyOf(r.currency());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("currency", e.getMessage());
        }
        LocalDate today = LocalDate.now(clock);
        if (r.chargeOffDate() != null && r.chargeOffDate().isAfter(today)) {
            throw ProblemException.invalid("chargeOffDate", "must not be in the future");
        }
        Account a = new Account();
        a.id = UUID.randomUUID();
        a.creditorId = creditorId;
        a.creditorRef = r.creditorRef();
        a.accountType = r.accountType();
        a.currency = r.currency();
        a.principal = amount(r.balances().principal(), r.currency(), "balances.principal");
        a.interest = amount(r.balances().interest(), r.currency(), "balances.interest");
        a.fees = amount(r.balances().fees(), r.currency(), "balances.fees");
        a.costs = amount(r.balances().costs(), r.currency(), "balances.costs");
        if (a.principal.add(a.interest).add(a.fees).add(a.costs).signum() <= 0) {
            throw ProblemException.invalid("balances", "the total balance must be greater than zero");
        }
        a.chargeOffDate = r.chargeOffDate();
        a.firstDelinquencyDate = r.firstDelinquencyDate();
        a.state = r.debtor() == null ? null : r.debtor().state();
        a.postalCode = r.debtor() == null ? null : r.debtor().postalCode();
        a.status = AccountStatus.PLACED;
        a.placedAt = Instant.now(clock);
        return a;
    }

    /** The amount at the currency's minor-unit scale; more decimals than the currency has is the client's error. */
    private static BigDecimal amount(BigDecimal value, String currency, String field) {
        try {
            return new Money(value == null ? BigDecimal.ZERO : value, currency).amount();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    private static AccountPlaced placedEvent(Account a) {
        return new AccountPlaced(a.id.toString(), a.creditorId, a.creditorRef, a.accountType, a.currency,
                new AccountPlaced.Balances(a.principal, a.interest, a.fees, a.costs), a.chargeOffDate,
                a.firstDelinquencyDate, null, a.state, a.postalCode, List.of(), List.of(), a.placedAt);
    }
}
