package org.arrears.accounts.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.arrears.accounts.debtor.DebtorProfile;

/**
 * A placement that passed {@link PlacementValidator}: amounts at the currency's scale, phones in E.164, the
 * national id already replaced by its keyed hash ({@code debtorKey}) and last four.
 */
public record ValidPlacement(
        String creditorRef,
        String originalCreditor,
        String accountType,
        String currency,
        String segment,
        BigDecimal principal,
        BigDecimal interest,
        BigDecimal fees,
        BigDecimal costs,
        LocalDate chargeOffDate,
        LocalDate firstDelinquencyDate,
        LocalDate lastPaymentDate,
        List<PlaceAccountRequest.Itemization> itemization,
        String debtorKey,
        String nationalIdLast4,
        DebtorProfile debtor,
        String state,
        String postalCode) {

    public BigDecimal totalBalance() {
        return principal.add(interest).add(fees).add(costs);
    }
}
