package org.arrears.accounts.placement;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.accounts.account.AccountDocuments;
import org.arrears.accounts.account.AccountStatus;
import org.arrears.accounts.account.AccountEvents;
import org.arrears.accounts.assignment.AccountFacts;
import org.arrears.accounts.assignment.Assigner;
import org.arrears.accounts.assignment.Assignment;
import org.arrears.accounts.debtor.DebtorProfile;
import org.arrears.events.ArrearsEvent;
import org.arrears.events.account.AccountAssigned;
import org.arrears.events.account.AccountPlaced;
import org.arrears.events.account.AccountStatusChanged;

/**
 * Stores validated placements, one account or thousands, with one INSERT of arrays (unnest) that skips
 * accounts the creditor already placed (the natural key creditor + creditorRef), then assigns each new account
 * and writes AccountPlaced, AccountAssigned and the PLACED → ASSIGNED AccountStatusChanged to the outbox and the
 * timeline, all in the caller's transaction. Bulk placement is bound by PostgreSQL's WAL: few statements with
 * many rows each is what keeps it fast (STACK.md).
 */
@ApplicationScoped
public class PlacementWriter {

    private static final String INSERT = """
            INSERT INTO account (id, creditor_id, creditor_ref, original_creditor, account_type, currency, segment,
                principal, interest, fees, costs, charge_off_date, first_delinquency_date, last_payment_date,
                itemization, debtor_key, national_id_last4, debtor, state, postal_code, status, queue, priority,
                strategy_version, placement_id, placed_at, updated_at, version)
            SELECT u.id, ?, u.ref, u.orig, u.type, u.cur, u.seg, u.p, u.i, u.f, u.c, u.co, u.fd, u.lp, u.item, u.dk,
                u.l4, u.debtor, u.st, u.zip, ?, u.queue, u.prio, ?, ?, ?, ?, 0
            FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::numeric[],
                ?::numeric[], ?::numeric[], ?::date[], ?::date[], ?::date[], ?::text[]::jsonb[], ?::text[], ?::text[],
                ?::text[]::jsonb[], ?::text[], ?::text[], ?::text[], ?::int[])
                AS u(id, ref, orig, type, cur, seg, p, i, f, c, co, fd, lp, item, dk, l4, debtor, st, zip, queue, prio)
            ON CONFLICT (creditor_id, creditor_ref) DO NOTHING
            RETURNING id
            """;

    /** For each input row, the new account's id, or null when the creditor had already placed that reference. */
    public record Written(List<UUID> accountIds) {
        public long created() {
            return accountIds.stream().filter(id -> id != null).count();
        }
    }

    private final DataSource dataSource;
    private final AccountEvents events;
    private final AccountDocuments documents;

    public PlacementWriter(DataSource dataSource, AccountEvents events, AccountDocuments documents) {
        this.dataSource = dataSource;
        this.events = events;
        this.documents = documents;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Written write(String creditorId, List<ValidPlacement> rows, UUID placementId, Assigner assigner,
            Instant now, LocalDate today) {
        int n = rows.size();
        UUID[] ids = new UUID[n];
        Assignment[] assignments = new Assignment[n];
        String[][] cols = new String[21][n];
        for (int r = 0; r < n; r++) {
            ValidPlacement p = rows.get(r);
            ids[r] = UUID.randomUUID();
            assignments[r] = assigner.assign(new AccountFacts(ids[r].toString(), creditorId, p.totalBalance(),
                    p.chargeOffDate(), p.state(), p.accountType(), p.segment()), today);
            String[] row = { ids[r].toString(), p.creditorRef(), p.originalCreditor(), p.accountType(), p.currency(),
                    p.segment(), plain(p.principal()), plain(p.interest()), plain(p.fees()), plain(p.costs()),
                    str(p.chargeOffDate()), str(p.firstDelinquencyDate()), str(p.lastPaymentDate()),
                    documents.write(p.itemization()), p.debtorKey(), p.nationalIdLast4(), documents.write(p.debtor()),
                    p.state(), p.postalCode(), assignments[r].queue(), Integer.toString(assignments[r].priority()) };
            for (int c = 0; c < row.length; c++) {
                cols[c][r] = row[c];
            }
        }
        Set<UUID> created = insert(creditorId, cols, placementId, assigner.version(), now);

        List<UUID> outcome = new ArrayList<>(n);
        List<ArrearsEvent> out = new ArrayList<>(created.size() * 3);
        for (int r = 0; r < n; r++) {
            if (!created.contains(ids[r])) {
                outcome.add(null);
                continue;
            }
            outcome.add(ids[r]);
            String id = ids[r].toString();
            Assignment a = assignments[r];
            out.add(placed(id, creditorId, rows.get(r), now));
            out.add(new AccountAssigned(id, creditorId, a.queue(), a.priority(), a.strategyVersion(), now));
            out.add(new AccountStatusChanged(id, creditorId, AccountStatus.PLACED.name(),
                    AccountStatus.ASSIGNED.name(), "ASSIGNMENT", now));
        }
        events.publish(out);
        return new Written(outcome);
    }

    private Set<UUID> insert(String creditorId, String[][] cols, UUID placementId, int strategyVersion, Instant now) {
        Set<UUID> created = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            Timestamp at = Timestamp.from(now);
            ps.setString(1, creditorId);
            ps.setString(2, AccountStatus.ASSIGNED.name());
            ps.setInt(3, strategyVersion);
            ps.setObject(4, placementId);
            ps.setTimestamp(5, at);
            ps.setTimestamp(6, at);
            for (int i = 0; i < cols.length; i++) {
                Array array = c.createArrayOf("text", cols[i]);
                ps.setArray(7 + i, array);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    created.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store placed accounts", e);
        }
        return created;
    }

    /** No names, no national id: the debtor key and the contact points consumers need (DESIGN.md). */
    private static AccountPlaced placed(String id, String creditorId, ValidPlacement p, Instant now) {
        DebtorProfile d = p.debtor();
        List<AccountPlaced.Phone> phones = d.phones().stream()
                .map(ph -> new AccountPlaced.Phone(ph.number(), ph.type(), ph.source(), ph.autodialConsent()))
                .toList();
        List<AccountPlaced.Email> emails = d.emails().stream()
                .map(e -> new AccountPlaced.Email(e.address(), e.source())).toList();
        return new AccountPlaced(id, creditorId, p.creditorRef(), p.accountType(), p.currency(),
                new AccountPlaced.Balances(p.principal(), p.interest(), p.fees(), p.costs()), p.chargeOffDate(),
                p.firstDelinquencyDate(), p.debtorKey(), p.state(), p.postalCode(), phones, emails, now);
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
