package org.arrears.compliance.jurisdiction;

/**
 * The numbers of Regulation F's contact rules: the convenient hours (1006.6(b)(1)(i)), at most
 * {@code callsPerPeriod} calls in {@code periodDays} consecutive days (1006.14(b)(2)(i)(A)), no call for
 * {@code quietDaysAfterConversation} days after a conversation (1006.14(b)(2)(i)(B)), and the days after a
 * direct consent that do not count (1006.14(b)(3)).
 */
public record FederalBaseline(Hours hours, int callsPerPeriod, int periodDays, int quietDaysAfterConversation,
        int consentDays, int validationNoticeBusinessDays) {
}
