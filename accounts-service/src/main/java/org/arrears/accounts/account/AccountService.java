package org.arrears.accounts.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.platform.problem.ProblemException;

/** Reads accounts and applies the changes people ask for (recall, close). */
@ApplicationScoped
public class AccountService {

    private final AccountDocuments documents;
    private final AccountLifecycle lifecycle;

    public AccountService(AccountDocuments documents, AccountLifecycle lifecycle) {
        this.documents = documents;
        this.lifecycle = lifecycle;
    }

    /** Filters of the account list; null fields do not filter. */
    public record Query(Optional<String> creditorId, String creditorRef, AccountStatus status, Instant placedAfter,
            AccountCursor after, int limit) {
    }

    @Transactional
    public Optional<AccountView> find(UUID id, Optional<String> restriction) {
        return visible(id, restriction).map(documents::view);
    }

    @Transactional
    public AccountPage list(Query q) {
        StringBuilder hql = new StringBuilder("from Account a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        q.creditorId().ifPresent(c -> {
            hql.append(" and a.creditorId = :creditor");
            params.put("creditor", c);
        });
        if (q.creditorRef() != null) {
            hql.append(" and a.creditorRef = :ref");
            params.put("ref", q.creditorRef());
        }
        if (q.status() != null) {
            hql.append(" and a.status = :status");
            params.put("status", q.status());
        }
        if (q.placedAfter() != null) {
            hql.append(" and a.placedAt > :placedAfter");
            params.put("placedAfter", q.placedAfter());
        }
        if (q.after() != null) {
            hql.append(" and (a.placedAt > :cursorAt or (a.placedAt = :cursorAt and a.id > :cursorId))");
            params.put("cursorAt", q.after().placedAt());
            params.put("cursorId", q.after().id());
        }
        hql.append(" order by a.placedAt, a.id");
        // One more than asked tells whether there is a next page without a count.
        List<Account> rows = Account.<Account>find(hql.toString(), params).page(0, q.limit() + 1).list();
        List<AccountView> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), q.limit()); i++) {
            items.add(documents.view(rows.get(i)));
        }
        String next = null;
        if (rows.size() > q.limit()) {
            Account last = rows.get(q.limit() - 1);
            next = new AccountCursor(last.placedAt, last.id).encode();
        }
        return new AccountPage(items, next);
    }

    @Transactional
    public AccountView recall(UUID id, Optional<String> restriction, String reason) {
        Account a = visible(id, restriction).orElseThrow(() -> ProblemException.notFound("Account", id));
        lifecycle.recall(a, reason);
        Account.flush(); // the new version in the answer, and a lost race surfaces here as a 409
        return documents.view(a);
    }

    @Transactional
    public AccountView close(UUID id, String reason) {
        Account a = Account.<Account>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Account", id));
        lifecycle.close(a, reason);
        Account.flush();
        return documents.view(a);
    }

    private static Optional<Account> visible(UUID id, Optional<String> restriction) {
        return Account.<Account>findByIdOptional(id)
                .filter(a -> restriction.map(own -> own.equals(a.creditorId)).orElse(true));
    }
}
