package org.arrears.compliance.profile;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.account.AccountPlaced;

/** Opens and reads debt profiles. */
@ApplicationScoped
public class DebtProfileService {

    @Inject
    Clock clock;

    /**
     * Opens the debt's profile from its placement unless it has one: the first placement is the one the
     * rules were computed from, so a repeat changes nothing. MANDATORY because the profile must commit
     * together with the inbox record of the event that opened it.
     *
     * @return whether a profile was opened
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean open(AccountPlaced placed) {
        if (DebtProfile.findById(placed.accountId()) != null) {
            return false;
        }
        DebtProfile p = new DebtProfile();
        p.accountId = placed.accountId();
        p.creditorId = placed.creditorId();
        p.state = placed.state();
        p.postalCode = placed.postalCode();
        p.firstDelinquencyDate = placed.firstDelinquencyDate();
        p.currency = placed.currency();
        p.openedAt = Instant.now(clock);
        p.persist();
        return true;
    }

    public Optional<DebtProfileView> find(String accountId) {
        return DebtProfile.<DebtProfile>findByIdOptional(accountId).map(DebtProfileView::of);
    }
}
