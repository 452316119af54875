package org.arrears.compliance.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.compliance.ledger.ContactLedger;
import org.arrears.compliance.preference.Preferences;
import org.arrears.compliance.rules.Channel;
import org.arrears.compliance.rules.ComplianceEngine;
import org.arrears.compliance.rules.ContactPreferences;
import org.arrears.compliance.rules.DebtFacts;
import org.arrears.compliance.rules.EmailPoint;
import org.arrears.compliance.rules.HoldType;
import org.arrears.compliance.rules.PhonePoint;
import org.arrears.compliance.time.TimeZones;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gathers what the rules need about one debt for one check. With {@code lock}, the profile row is locked
 * (SELECT … FOR UPDATE) until the transaction ends, so recorded checks of one debt run one after the other and
 * two of them can never both take the last free slot.
 */
@ApplicationScoped
public class CheckFacts {

    private static final TypeReference<List<PhonePoint>> PHONES = new TypeReference<>() {
    };
    private static final TypeReference<List<EmailPoint>> EMAILS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ContactLedger ledger;
    private final ObjectMapper mapper;
    private final ComplianceEngine engine;
    private final Duration lookback;

    public CheckFacts(DataSource dataSource, ContactLedger ledger, ObjectMapper mapper, ComplianceEngine engine) {
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.mapper = mapper;
        this.engine = engine;
        // Contacts older than the longest counting period (plus a day either side for time zones) cannot matter.
        this.lookback = Duration.ofDays(engine.ruleSet().longestPeriodDays() + 2L);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DebtFacts> load(String accountId, Channel channel, String destination, Instant at, boolean lock) {
        String sql = "SELECT state, postal_code, first_delinquency_date, phones::text, emails::text, disputed,"
                + " validation_notice_sent_at, preferences::text FROM debt_profile WHERE account_id = ?"
                + (lock ? " FOR UPDATE" : "");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String state = rs.getString(1);
                String postalCode = rs.getString(2);
                LocalDate firstDelinquency = rs.getObject(3, LocalDate.class);
                List<PhonePoint> phones = mapper.readValue(rs.getString(4), PHONES);
                List<EmailPoint> emails = mapper.readValue(rs.getString(5), EMAILS);
                boolean disputed = rs.getBoolean(6);
                Timestamp notice = rs.getTimestamp(7);
                String prefs = rs.getString(8);
                ContactPreferences preferences = prefs == null ? ContactPreferences.NONE
                        : mapper.readValue(prefs, Preferences.class).toDomain();
                List<String> zoneSources = channel.isPhone() ? List.of(destination)
                        : phones.stream().filter(p -> !"WRONG".equals(p.status()) && !"REASSIGNED".equals(p.status()))
                                .map(PhonePoint::number).toList();
                return Optional.of(new DebtFacts(state, postalCode, phones, emails, holds(c, accountId), disputed,
                        preferences, ledger.since(accountId, at.minus(lookback)),
                        TimeZones.candidates(state, zoneSources),
                        notice == null ? null : notice.toInstant(),
                        engine.ruleSet().limitationDate(state, firstDelinquency)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the debt profile", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored contact points or preferences are unreadable", e);
        }
    }

    private static Set<HoldType> holds(Connection c, String accountId) throws SQLException {
        Set<HoldType> holds = EnumSet.noneOf(HoldType.class);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT type FROM compliance_hold WHERE account_id = ? AND released_at IS NULL")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    holds.add(HoldType.valueOf(rs.getString(1)));
                }
            }
        }
        return holds;
    }
}
