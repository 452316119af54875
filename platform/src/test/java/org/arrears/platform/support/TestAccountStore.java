package org.arrears.platform.support;

import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.platform.outbox.Outbox;
import org.arrears.platform.support.TestAccountResource.AccountView;
import org.arrears.platform.support.TestAccountResource.PlaceRequest;

/** Stores a test account and its AccountPlaced in one transaction, as a service's placement would. */
@ApplicationScoped
public class TestAccountStore {

    @Inject
    DataSource dataSource;
    @Inject
    Outbox outbox;

    @Transactional
    public AccountView store(String creditorId, PlaceRequest request) {
        String id = UUID.randomUUID().toString();
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement(
                "INSERT INTO test_account (id, creditor_id, creditor_ref, principal) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, creditorId);
            ps.setString(3, request.creditorRef());
            ps.setBigDecimal(4, request.principal());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        outbox.publish(TestEvents.placed(id, creditorId, request.creditorRef()));
        return new AccountView(id, creditorId, request.creditorRef(), request.principal());
    }
}
