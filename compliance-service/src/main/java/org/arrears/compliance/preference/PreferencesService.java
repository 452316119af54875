package org.arrears.compliance.preference;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.compliance.profile.DebtProfile;
import org.arrears.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Replaces a debt's contact preferences; the next check applies them. */
@ApplicationScoped
public class PreferencesService {

    private final ObjectMapper mapper;
    private final Clock clock;

    public PreferencesService(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public Preferences replace(String accountId, Preferences preferences, String by) {
        DebtProfile p = DebtProfile.findById(accountId);
        if (p == null) {
            throw ProblemException.notFound("Debt profile of account", accountId);
        }
        try {
            p.preferences = mapper.writeValueAsString(preferences);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise preferences", e);
        }
        p.preferencesUpdatedAt = Instant.now(clock);
        p.preferencesUpdatedBy = by;
        return preferences;
    }
}
