package org.arrears.platform.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A transaction-scoped PostgreSQL advisory lock, so a scheduled job runs on one replica at a time: the
 * others find the lock taken and skip that round. Released automatically at commit or rollback.
 */
@ApplicationScoped
public class ClusterLock {

    private final DataSource dataSource;

    public ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when this transaction now holds the lock named {@code name}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLock(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext(?))")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the cluster lock " + name, e);
        }
    }
}
