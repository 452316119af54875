package org.arrears.compliance.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.arrears.compliance.jurisdiction.FederalBaseline;

/**
 * No call within 7 consecutive days after a telephone conversation with the person about the debt, the day of
 * the conversation being day 1 (1006.14(b)(2)(i)(B)); a conversation the person started counts as well. Calls
 * within 7 days of the person's direct consent are excepted (1006.14(b)(3)).
 */
public final class CallAfterConversationRule implements Rule {

    private final FederalBaseline federal;

    public CallAfterConversationRule(FederalBaseline federal) {
        this.federal = federal;
    }

    @Override
    public String code() {
        return "CALL_AFTER_CONVERSATION";
    }

    @Override
    public String citation() {
        return "12 CFR 1006.14(b)(2)(i)(B)";
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        if (!check.channel().isTelephoneCall()
                || DirectCallConsent.excludes(check.at(), facts.preferences(), federal.consentDays())) {
            return List.of();
        }
        List<Instant> conversations = facts.ledger().stream()
                .filter(e -> e.conversation() && e.channel().isTelephoneCall())
                .map(LedgerEntry::at).toList();
        int quiet = federal.quietDaysAfterConversation();
        Instant notBefore = null;
        LocalDate conversationDay = null;
        for (ZoneId zone : facts.timeZones()) {
            List<LocalDate> days = LocalDays.of(conversations, zone);
            LocalDate day = LocalDays.of(check.at(), zone);
            LocalDate free = day;
            LocalDate covering;
            // A later conversation may fall inside the quiet period of an earlier one: move past each in turn.
            while ((covering = latestCovering(days, free, quiet)) != null) {
                if (conversationDay == null) {
                    conversationDay = covering;
                }
                free = covering.plusDays(quiet);
            }
            if (!free.equals(day)) {
                notBefore = LocalDays.later(notBefore, LocalDays.startOf(free, zone));
            }
        }
        if (notBefore == null) {
            return List.of();
        }
        return List.of(violation("a telephone conversation about the debt took place on " + conversationDay
                + " (day 1 of " + quiet + ")", notBefore));
    }

    private static LocalDate latestCovering(List<LocalDate> conversations, LocalDate day, int quiet) {
        LocalDate latest = null;
        for (LocalDate c : conversations) {
            if (!c.isAfter(day) && day.isBefore(c.plusDays(quiet)) && (latest == null || c.isAfter(latest))) {
                latest = c;
            }
        }
        return latest;
    }
}
