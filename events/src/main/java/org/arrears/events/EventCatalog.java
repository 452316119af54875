package org.arrears.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

/** Every event type of the contract, looked up by class or by CloudEvents type. */
public final class EventCatalog {

    public static final List<Class<? extends ArrearsEvent>> ALL = List.of(
            AccountPlaced.class,
            AccountAssigned.class,
            AccountStatusChanged.class,
            AccountRecalled.class,
            AccountClosed.class,
            BalanceAdjusted.class,
            ContactPointsUpdated.class,
            ContactAttempted.class,
            RightPartyContacted.class,
            NoticeSent.class,
            ContactRequested.class,
            DispositionReported.class,
            PaymentPlanCreated.class,
            PaymentPromised.class,
            PaymentPosted.class,
            PaymentReversed.class,
            PromiseKept.class,
            PromiseBroken.class,
            PaymentPlanCancelled.class,
            SkiptraceCompleted.class,
            DebtorDeceased.class,
            BankruptcyFound.class,
            MilitaryStatusFound.class,
            ComplianceHoldPlaced.class,
            ComplianceHoldLifted.class);

    private static final Map<String, Class<? extends ArrearsEvent>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventCatalog::typeOf, Function.identity()));

    private EventCatalog() {
    }

    public static String typeOf(Class<?> eventClass) {
        return annotation(eventClass).value();
    }

    public static String topicOf(Class<?> eventClass) {
        return annotation(eventClass).topic();
    }

    public static Optional<Class<? extends ArrearsEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private static EventType annotation(Class<?> eventClass) {
        EventType t = eventClass.getAnnotation(EventType.class);
        if (t == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return t;
    }
}
