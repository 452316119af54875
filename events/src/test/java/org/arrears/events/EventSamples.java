package org.arrears.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.arrears.events.account.AccountAssigned;
import org.arrears.events.account.AccountClosed;
import org.arrears.events.account.AccountPlaced;
import org.arrears.events.account.AccountRecalled;
import org.arrears.events.account.AccountStatusChanged;
import org.arrears.events.account.BalanceAdjusted;
import org.arrears.events.account.ContactPointsUpdated;
import org.arrears.events.contact.ContactAttempted;
import org.arrears.events.contact.NoticeSent;
import org.arrears.events.contact.RightPartyContacted;
import org.arrears.events.dialer.ContactRequested;
import org.arrears.events.dialer.DispositionReported;

/** One realistic instance of every event type (two where nullable fields deserve a sample of their own). */
final class EventSamples {

    static final String ACCOUNT = "acc-7f3e2a9c";
    static final String CREDITOR = "cred-northwind-bank";

    private EventSamples() {
    }

    static List<ArrearsEvent> all() {
        return List.of(
                accountPlaced(),
                accountPlacedWithoutAddress(),
                new AccountAssigned(ACCOUNT, CREDITOR, "early-stage-tx", 70, 3,
                        Instant.parse("2025-03-03T14:05:11Z")),
                new AccountStatusChanged(ACCOUNT, CREDITOR, "ASSIGNED", "DISPUTED", "DISPUTE_RAISED",
                        Instant.parse("2025-03-12T16:40:02Z")),
                new AccountRecalled(ACCOUNT, CREDITOR, "creditor sold the portfolio",
                        Instant.parse("2025-04-01T09:00:00Z")),
                new AccountClosed(ACCOUNT, CREDITOR, "SETTLED", Instant.parse("2025-06-30T23:15:44Z")),
                balanceAdjusted(),
                contactPointsUpdated(),
                contactAttempted(),
                inboundCall(),
                new RightPartyContacted(ACCOUNT, "att-01HQ2Z8", "CALL", Instant.parse("2025-03-10T15:02:31Z")),
                noticeSent(),
                contactRequested(),
                new ContactRequested(ACCOUNT, "req-88ab", "EMAIL", "d.rivera@example.com", null,
                        List.of("America/Chicago"), Instant.parse("2025-03-10T14:00:00Z"),
                        Instant.parse("2025-03-11T02:00:00Z"), 0, 40, "early-stage-tx", false,
                        Instant.parse("2025-03-10T13:58:00Z")),
                new DispositionReported(ACCOUNT, "req-88aa", "five9-7781200431", "chk-3c9d", "+15125550147",
                        "RIGHT_PARTY_CONTACT", Instant.parse("2025-03-10T15:02:31Z"), 184, "agent-0412"),
                new DispositionReported(ACCOUNT, "req-88aa", "five9-7781200430", "chk-3c9c", "+15125550147",
                        "NO_ANSWER", Instant.parse("2025-03-09T19:12:05Z"), 28, null));
    }

    static AccountPlaced accountPlaced() {
        return new AccountPlaced(ACCOUNT, CREDITOR, "NWB-4417-0098812", "CREDIT_CARD", "USD",
                balances("1250.00", "87.35", "35.00", "0.00"),
                LocalDate.parse("2024-10-31"), LocalDate.parse("2024-05-17"),
                "dk_9f2c6d41e0b7a3", "TX", "78704",
                List.of(new AccountPlaced.Phone("+15125550147", "MOBILE", "CREDITOR", true),
                        new AccountPlaced.Phone("+15125550199", "UNKNOWN", "CREDITOR", false)),
                List.of(new AccountPlaced.Email("d.rivera@example.com", "CREDITOR")),
                Instant.parse("2025-03-03T14:05:09Z"));
    }

    static AccountPlaced accountPlacedWithoutAddress() {
        return new AccountPlaced("acc-1b44c0de", CREDITOR, "NWB-4417-0101177", "MEDICAL", "USD",
                balances("412.90", "0.00", "0.00", "0.00"),
                null, LocalDate.parse("2023-12-02"), "dk_03aa81c7d25e19", null, null,
                List.of(), List.of(), Instant.parse("2025-03-03T14:05:10Z"));
    }

    static BalanceAdjusted balanceAdjusted() {
        return new BalanceAdjusted(ACCOUNT, CREDITOR, "USD",
                balances("1050.00", "0.00", "0.00", "0.00"),
                balances("-200.00", "-87.35", "-35.00", "0.00"),
                "PAYMENT_POSTED", "pay-20250315-0042", Instant.parse("2025-03-15T10:21:07Z"));
    }

    static ContactPointsUpdated contactPointsUpdated() {
        return new ContactPointsUpdated(ACCOUNT, CREDITOR, "dk_9f2c6d41e0b7a3",
                List.of(new ContactPointsUpdated.Phone("+15125550147", "MOBILE", "CREDITOR", true, 0.92, "ACTIVE"),
                        new ContactPointsUpdated.Phone("+15125550199", "LANDLINE", "SKIPTRACE", false, 0.4, "WRONG")),
                List.of(new ContactPointsUpdated.Email("d.rivera@example.com", "CREDITOR", 0.8, "ACTIVE")),
                List.of(new ContactPointsUpdated.Address("adr-71c2", "2100 S Congress Ave", "Apt 4B", "Austin", "TX",
                                "78704", "US", "SKIPTRACE", 0.75, "ACTIVE"),
                        new ContactPointsUpdated.Address("adr-19f0", "88 Queen St W", null, "Toronto", null,
                                "M5H 2N2", "CA", "DEBTOR", 0.3, "REVOKED")),
                Instant.parse("2025-03-05T08:30:00Z"));
    }

    static ContactAttempted contactAttempted() {
        return new ContactAttempted(ACCOUNT, "att-01HQ2Z8", "req-88aa", "chk-3c9d", "CALL", "+15125550147",
                "OUTBOUND", "RIGHT_PARTY_CONTACT", Instant.parse("2025-03-10T15:02:31Z"), 184, "agent-0412",
                "DIALER");
    }

    static ContactAttempted inboundCall() {
        return new ContactAttempted(ACCOUNT, "att-01HQ3K1", null, null, "CALL", "+15125550147", "INBOUND",
                "PROMISE_TO_PAY", Instant.parse("2025-03-11T17:45:00Z"), 402, "agent-0388", "AGENT");
    }

    /** Sent on Tuesday 4 March; receipt assumed 11 March (5 business days), period ends 30 days later. */
    static NoticeSent noticeSent() {
        return new NoticeSent(ACCOUNT, "ntc-5512", "VALIDATION", "LETTER", Instant.parse("2025-03-04T13:00:00Z"),
                LocalDate.parse("2024-11-30"), LocalDate.parse("2025-04-10"));
    }

    static ContactRequested contactRequested() {
        return new ContactRequested(ACCOUNT, "req-88aa", "CALL", "+15125550147", "MOBILE",
                List.of("America/Chicago", "America/Denver"), Instant.parse("2025-03-10T14:00:00Z"),
                Instant.parse("2025-03-11T02:00:00Z"), 2, 70, "early-stage-tx", true,
                Instant.parse("2025-03-10T14:55:12Z"));
    }

    static AccountPlaced.Balances balances(String principal, String interest, String fees, String costs) {
        return new AccountPlaced.Balances(new BigDecimal(principal), new BigDecimal(interest), new BigDecimal(fees),
                new BigDecimal(costs));
    }
}
