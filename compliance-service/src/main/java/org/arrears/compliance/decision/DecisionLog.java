package org.arrears.compliance.decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.compliance.check.CheckResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The audit of every decision, written in the check's transaction so a decision is never acted on unrecorded. */
@ApplicationScoped
public class DecisionLog {

    private static final TypeReference<List<CheckResponse.Reason>> REASONS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public DecisionLog(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(String accountId, Instant decidedAt, String caller, String roles, Object request,
            CheckResponse r) {
        String sql = "INSERT INTO compliance_decision (check_id, account_id, decided_at, caller, caller_roles,"
                + " request, decision, reasons, next_eligible_at, time_zones, jurisdictions, rule_set_version,"
                + " recorded) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, r.checkId());
            ps.setString(2, accountId);
            ps.setTimestamp(3, Timestamp.from(decidedAt));
            ps.setString(4, caller);
            ps.setString(5, roles);
            ps.setString(6, mapper.writeValueAsString(request));
            ps.setString(7, r.decision());
            ps.setString(8, mapper.writeValueAsString(r.reasons()));
            ps.setTimestamp(9, r.nextEligibleAt() == null ? null : Timestamp.from(r.nextEligibleAt()));
            ps.setString(10, String.join(",", r.timeZones()));
            ps.setString(11, String.join(",", r.jurisdictions()));
            ps.setString(12, r.ruleSetVersion());
            ps.setBoolean(13, r.recorded());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the decision", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the decision", e);
        }
    }

    /** One account's decisions in [from, to), oldest first, at most {@code limit}. */
    public List<DecisionView> find(String accountId, Instant from, Instant to, int limit) {
        String sql = "SELECT check_id, account_id, decided_at, caller, caller_roles, request::text, decision,"
                + " reasons::text, next_eligible_at, time_zones, jurisdictions, rule_set_version, recorded"
                + " FROM compliance_decision WHERE account_id = ? AND decided_at >= ? AND decided_at < ?"
                + " ORDER BY decided_at, check_id LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, accountId);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            ps.setInt(4, limit);
            List<DecisionView> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp next = rs.getTimestamp(9);
                    out.add(new DecisionView(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getTimestamp(3).toInstant(), rs.getString(4), split(rs.getString(5)),
                            mapper.readValue(rs.getString(6), JsonNode.class), rs.getString(7),
                            mapper.readValue(rs.getString(8), REASONS), next == null ? null : next.toInstant(),
                            split(rs.getString(10)), split(rs.getString(11)), rs.getString(12), rs.getBoolean(13)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read decisions", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored decision is unreadable", e);
        }
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
