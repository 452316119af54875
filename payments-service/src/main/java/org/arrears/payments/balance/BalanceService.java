package org.arrears.payments.balance;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.account.AccountPlaced;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.CreditorScope;

/** Opens and reads payments-service's copy of each account's balance. */
@ApplicationScoped
public class BalanceService {

    @Inject
    Clock clock;

    /**
     * Opens the account's balance from its placement unless it has one: later changes arrive as their own
     * events, so a repeated placement must not reset the buckets. MANDATORY because the balance must commit
     * together with the inbox record of the event that opened it.
     *
     * @return whether a balance was opened
     * @throws IllegalArgumentException for an event whose balances cannot be money in its currency
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean open(AccountPlaced placed) {
        if (AccountBalance.findById(placed.accountId()) != null) {
            return false;
        }
        if (placed.balances() == null) {
            throw new IllegalArgumentException("AccountPlaced " + placed.accountId() + " carries no balances");
        }
        AccountPlaced.Balances in = placed.balances();
        Balances b = Balances.of(placed.currency(), in.principal(), in.interest(), in.fees(), in.costs());
        AccountBalance balance = new AccountBalance();
        balance.accountId = placed.accountId();
        balance.creditorId = placed.creditorId();
        balance.currency = b.currency();
        balance.principal = b.principal().amount();
        balance.interest = b.interest().amount();
        balance.fees = b.fees().amount();
        balance.costs = b.costs().amount();
        balance.updatedAt = Instant.now(clock);
        balance.persist();
        return true;
    }

    public Optional<AccountBalance> find(String accountId) {
        return AccountBalance.findByIdOptional(accountId);
    }

    /**
     * The account, if the caller may see it: an unknown account and another creditor's account are the same
     * 404 ({@code what id does not exist}), so a creditor learns nothing about accounts that are not its own.
     */
    public AccountBalance visible(String accountId, CreditorScope scope, String what) {
        AccountBalance account = find(accountId).orElseThrow(() -> ProblemException.notFound(what, accountId));
        scope.requireVisible(account.creditorId, what, accountId);
        return account;
    }
}
