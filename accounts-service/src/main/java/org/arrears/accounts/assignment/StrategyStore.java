package org.arrears.accounts.assignment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.platform.problem.Problem.Violation;
import org.arrears.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Versions of the assignment strategy in the {@code assignment_strategy} table; the highest is current. A new
 * version is a new row, never an update, so every AccountAssigned can be traced to the rules that made it.
 */
@ApplicationScoped
public class StrategyStore {

    /** A stored version with its author. */
    public record Version(int version, AssignmentStrategy strategy, Instant createdAt, String createdBy) {
    }

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final Clock clock;
    // Parsing the document once per version, not once per placed account.
    private final AtomicReference<Assigner> cached = new AtomicReference<>();

    public StrategyStore(DataSource dataSource, ObjectMapper mapper, Clock clock) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The current strategy, ready to assign; one indexed read per call so a new version applies at once. */
    @Transactional
    public Assigner currentAssigner() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT max(version) FROM assignment_strategy");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            int version = rs.getInt(1);
            Assigner assigner = cached.get();
            if (assigner != null && assigner.version() == version) {
                return assigner;
            }
            Version v = current();
            assigner = new Assigner(v.strategy(), v.version());
            cached.set(assigner);
            return assigner;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the assignment strategy", e);
        }
    }

    @Transactional
    public Version current() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT version, document, created_at, created_by FROM assignment_strategy ORDER BY version DESC LIMIT 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no assignment strategy: the migration seeds version 1");
            }
            return new Version(rs.getInt(1), mapper.readValue(rs.getString(2), AssignmentStrategy.class),
                    rs.getTimestamp(3).toInstant(), rs.getString(4));
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not read the assignment strategy", e);
        }
    }

    /**
     * Stores {@code strategy} as the next version. Two editors saving at once: the primary key lets one win and
     * the other gets a 409 (from the unique violation) rather than silently overwriting.
     */
    @Transactional
    public Version replace(AssignmentStrategy strategy, String author) {
        List<Violation> violations = StrategyValidator.violations(strategy);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Instant now = Instant.now(clock);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO assignment_strategy (version, document, created_at, created_by) "
                        + "SELECT coalesce(max(version), 0) + 1, ?::jsonb, ?, ? FROM assignment_strategy RETURNING version")) {
            ps.setString(1, mapper.writeValueAsString(strategy));
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setString(3, author);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Version(rs.getInt(1), strategy, now, author);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the assignment strategy", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
