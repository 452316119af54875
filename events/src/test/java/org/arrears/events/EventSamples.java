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
import org.arrears.events.compliance.ComplianceHoldLifted;
import org.arrears.events.compliance.ComplianceHoldPlaced;
import org.arrears.events.contact.ContactAttempted;
import org.arrears.events.contact.NoticeSent;
import org.arrears.events.contact.RightPartyContacted;
import org.arrears.events.dialer.ContactRequested;
import org.arrears.events.dialer.DispositionReported;
import org.arrears.events.payment.PaymentPlanCancelled;
import org.arrears.events.payment.PaymentPlanCreated;
import org.arrears.events.payment.PaymentPosted;
import org.arrears.events.payment.PaymentPromised;
import org.arrears.events.payment.PaymentReversed;
import org.arrears.events.payment.PromiseBroken;
import org.arrears.events.payment.PromiseKept;
import org.arrears.events.skiptrace.BankruptcyFound;
import org.arrears.events.skiptrace.DebtorDeceased;
import org.arrears.events.skiptrace.MilitaryStatusFound;
import org.arrears.events.skiptrace.SkiptraceCompleted;

/** One realistic instance of every event type (two where nullable fields deserve a sample of their own). */
final class EventSamples {

    static final String ACCOUNT = "acc-7f3e2a9c";
    static final String CREDITOR = "cred-northwind-bank";
    static final String OTHER_ACCOUNT = "acc-1b44c0de";
    static final String PLAN = "pln-3e81";

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
                        "NO_ANSWER", Instant.parse("2025-03-09T19:12:05Z"), 28, null),
                paymentPlanCreated(),
                promiseCreated(),
                paymentPromised(),
                paymentPosted(),
                paymentPostedOutsideAPlan(),
                paymentReversed(),
                new PaymentReversed(OTHER_ACCOUNT, CREDITOR, "pay-20250322-0311", "CHARGEBACK", "USD",
                        new BigDecimal("50.00"), allocation("50.00", "0.00", "0.00", "0.00"), false,
                        Instant.parse("2025-04-02T16:20:00Z")),
                new PromiseKept(ACCOUNT, CREDITOR, PLAN, "SETTLEMENT", Instant.parse("2025-05-21T06:03:40Z")),
                promiseBroken(),
                new PaymentPlanCancelled(OTHER_ACCOUNT, CREDITOR, "pln-1a07", "REPLACED",
                        Instant.parse("2025-03-25T10:12:00Z")),
                skiptraceCompleted(),
                new SkiptraceCompleted(OTHER_ACCOUNT, "skt-0b19", "dk_03aa81c7d25e19", List.of(), List.of(), List.of(),
                        List.of("platform-history", "creditor-supplied", "acme-data"),
                        Instant.parse("2025-03-03T14:07:55Z")),
                new DebtorDeceased(OTHER_ACCOUNT, "dk_03aa81c7d25e19", LocalDate.parse("2025-01-09"), "acme-deceased",
                        Instant.parse("2025-03-04T02:00:00Z")),
                new DebtorDeceased(OTHER_ACCOUNT, "dk_03aa81c7d25e19", null, "acme-deceased",
                        Instant.parse("2025-03-04T02:00:00Z")),
                bankruptcyFound(),
                new BankruptcyFound(OTHER_ACCOUNT, "dk_03aa81c7d25e19", 7, "4:23-bk-40871", null,
                        LocalDate.parse("2023-06-12"), "DISCHARGED", "acme-bankruptcy",
                        Instant.parse("2025-03-04T02:00:05Z")),
                new MilitaryStatusFound(ACCOUNT, "dk_9f2c6d41e0b7a3", true, LocalDate.parse("2024-08-01"),
                        "dmdc-scra", Instant.parse("2025-03-04T02:00:09Z")),
                new MilitaryStatusFound(OTHER_ACCOUNT, "dk_03aa81c7d25e19", false, null, "dmdc-scra",
                        Instant.parse("2025-03-04T02:00:09Z")),
                complianceHoldPlaced(),
                new ComplianceHoldPlaced(ACCOUNT, "hld-0c5a", "BANKRUPTCY", null, "SYSTEM",
                        Instant.parse("2025-03-04T02:00:12Z")),
                new ComplianceHoldLifted(ACCOUNT, "hld-0c41", "DISPUTE", "verification sent", "usr-compliance-017",
                        Instant.parse("2025-03-27T15:30:00Z")));
    }

    /** The settlement agreed on the inbound call of 11 March: 825.00 of 1372.35 in three monthly payments. */
    static PaymentPlanCreated paymentPlanCreated() {
        return new PaymentPlanCreated(ACCOUNT, CREDITOR, PLAN, "SETTLEMENT", "USD", new BigDecimal("825.00"),
                List.of(new PaymentPlanCreated.Installment(1, LocalDate.parse("2025-03-20"), new BigDecimal("275.00")),
                        new PaymentPlanCreated.Installment(2, LocalDate.parse("2025-04-20"), new BigDecimal("275.00")),
                        new PaymentPlanCreated.Installment(3, LocalDate.parse("2025-05-20"), new BigDecimal("275.00"))),
                2, Instant.parse("2025-03-11T17:51:40Z"));
    }

    static PaymentPlanCreated promiseCreated() {
        return new PaymentPlanCreated(OTHER_ACCOUNT, CREDITOR, "pln-1a07", "PROMISE", "USD", new BigDecimal("412.90"),
                List.of(new PaymentPlanCreated.Installment(1, LocalDate.parse("2025-03-28"), new BigDecimal("412.90"))),
                1, Instant.parse("2025-03-12T10:02:00Z"));
    }

    /** First installment due 20 March, five grace days. */
    static PaymentPromised paymentPromised() {
        return new PaymentPromised(ACCOUNT, CREDITOR, PLAN, "SETTLEMENT", "USD", LocalDate.parse("2025-03-20"),
                new BigDecimal("275.00"), new BigDecimal("825.00"), LocalDate.parse("2025-03-25"),
                Instant.parse("2025-03-11T17:51:40Z"));
    }

    /** Allocated fees, then interest, then principal. */
    static PaymentPosted paymentPosted() {
        return new PaymentPosted(ACCOUNT, CREDITOR, "pay-20250320-0107", "ach_7Q2m9XkL4", "ACH", "USD",
                new BigDecimal("275.00"), allocation("152.65", "87.35", "35.00", "0.00"), PLAN, List.of(1),
                Instant.parse("2025-03-20T14:10:00Z"), Instant.parse("2025-03-21T06:02:13Z"));
    }

    static PaymentPosted paymentPostedOutsideAPlan() {
        return new PaymentPosted(OTHER_ACCOUNT, CREDITOR, "pay-20250322-0311", "ch_3PqL0e2eZvKYlo2C", "CARD", "USD",
                new BigDecimal("50.00"), allocation("50.00", "0.00", "0.00", "0.00"), null, List.of(),
                Instant.parse("2025-03-22T18:44:09Z"), Instant.parse("2025-03-22T18:44:10Z"));
    }

    static PaymentReversed paymentReversed() {
        return new PaymentReversed(ACCOUNT, CREDITOR, "pay-20250320-0107", "R01", "USD", new BigDecimal("275.00"),
                allocation("152.65", "87.35", "35.00", "0.00"), true, Instant.parse("2025-03-24T12:00:00Z"));
    }

    /** Second installment due 20 April, grace until the 25th, found broken the next morning. */
    static PromiseBroken promiseBroken() {
        return new PromiseBroken(ACCOUNT, CREDITOR, PLAN, "SETTLEMENT", 2, LocalDate.parse("2025-04-20"),
                new BigDecimal("275.00"), "USD", Instant.parse("2025-04-26T05:00:00Z"));
    }

    static SkiptraceCompleted skiptraceCompleted() {
        return new SkiptraceCompleted(ACCOUNT, "skt-0a77", "dk_9f2c6d41e0b7a3",
                List.of(new SkiptraceCompleted.Phone("+15125550173", "MOBILE", List.of("America/Chicago"), 0.86,
                                List.of("platform-history", "acme-data"), LocalDate.parse("2025-02-14")),
                        new SkiptraceCompleted.Phone("+18005550100", "VOIP",
                                List.of("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                                        "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"),
                                0.31, List.of("acme-data"), null)),
                List.of(new SkiptraceCompleted.Address("2100 S Congress Ave", "Apt 4B", "Austin", "TX", "78704", "US",
                                0.75, List.of("acme-data"), LocalDate.parse("2025-01-30")),
                        new SkiptraceCompleted.Address("88 Queen St W", null, "Toronto", null, "M5H 2N2", "CA", 0.2,
                                List.of("platform-history"), null)),
                List.of(new SkiptraceCompleted.Email("d.rivera@example.com", 0.8, List.of("creditor-supplied"),
                        null)),
                List.of("platform-history", "creditor-supplied", "acme-data"),
                Instant.parse("2025-03-03T14:07:41Z"));
    }

    static BankruptcyFound bankruptcyFound() {
        return new BankruptcyFound(ACCOUNT, "dk_9f2c6d41e0b7a3", 13, "1:25-bk-10234", "Bankr. W.D. Tex.",
                LocalDate.parse("2025-02-27"), "OPEN", "acme-bankruptcy", Instant.parse("2025-03-04T02:00:05Z"));
    }

    static ComplianceHoldPlaced complianceHoldPlaced() {
        return new ComplianceHoldPlaced(ACCOUNT, "hld-0c41", "DISPUTE", "written dispute received by mail",
                "usr-compliance-017", Instant.parse("2025-03-12T16:40:00Z"));
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

    static PaymentPosted.Allocation allocation(String principal, String interest, String fees, String costs) {
        return new PaymentPosted.Allocation(new BigDecimal(principal), new BigDecimal(interest), new BigDecimal(fees),
                new BigDecimal(costs));
    }
}
