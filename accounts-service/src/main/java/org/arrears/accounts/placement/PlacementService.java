package org.arrears.accounts.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.accounts.account.Account;
import org.arrears.accounts.account.AccountDocuments;
import org.arrears.accounts.assignment.StrategyStore;
import org.arrears.platform.problem.ProblemException;

/** Places one account: validates, stores, assigns, and records the events, all in one transaction. */
@ApplicationScoped
public class PlacementService {

    private final PlacementValidator validator;
    private final PlacementWriter writer;
    private final StrategyStore strategies;
    private final AccountDocuments documents;
    private final Clock clock;

    public PlacementService(PlacementValidator validator, PlacementWriter writer, StrategyStore strategies,
            AccountDocuments documents, Clock clock) {
        this.validator = validator;
        this.writer = writer;
        this.strategies = strategies;
        this.documents = documents;
        this.clock = clock;
    }

    /** Places the account, or finds the one this creditor already placed under the same reference. */
    @Transactional
    public Placement place(String creditorId, PlaceAccountRequest request) {
        PlacementValidator.Result result = validator.validate(request, LocalDate.now(clock));
        if (!result.valid()) {
            throw ProblemException.invalid(result.violations());
        }
        Optional<Account> existing = Account.byNaturalKey(creditorId, result.placement().creditorRef());
        if (existing.isPresent()) {
            return new Placement(documents.view(existing.get()), false);
        }
        PlacementWriter.Written written = writer.write(creditorId, List.of(result.placement()), null,
                strategies.currentAssigner(), Instant.now(clock), LocalDate.now(clock));
        UUID id = written.accountIds().get(0);
        if (id == null) {
            // A concurrent placement of the same reference committed between our read and our insert.
            return new Placement(documents.view(Account.byNaturalKey(creditorId, result.placement().creditorRef())
                    .orElseThrow()), false);
        }
        return new Placement(documents.view(Account.findById(id)), true);
    }
}
