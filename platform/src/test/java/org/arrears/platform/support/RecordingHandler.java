package org.arrears.platform.support;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.events.account.AccountPlaced;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** Records each applied AccountPlaced as a row; a creditorRef of POISON fails every time, like a bad event. */
@ApplicationScoped
public class RecordingHandler implements EventHandler<AccountPlaced> {

    public static final String POISON = "POISON";

    @Inject
    DataSource dataSource;

    @Override
    public Class<AccountPlaced> eventType() {
        return AccountPlaced.class;
    }

    @Override
    public void handle(AccountPlaced event, EventContext context) {
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement(
                "INSERT INTO test_effect (event_id, account_id, creditor_ref) VALUES (?, ?, ?)")) {
            ps.setString(1, context.eventId());
            ps.setString(2, event.accountId());
            ps.setString(3, event.creditorRef());
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        if (POISON.equals(event.creditorRef())) {
            throw new IllegalArgumentException("this event can never be applied");
        }
    }
}
