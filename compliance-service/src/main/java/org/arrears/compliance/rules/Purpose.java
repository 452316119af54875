package org.arrears.compliance.rules;

/**
 * Why the contact is made. Most contacts collect; a suit, the threat of one or a referral to a law firm is a
 * legal action, which a time-barred debt forbids (1006.26(b)) while ordinary contact stays lawful.
 */
public enum Purpose {
    COLLECTION, LEGAL_ACTION
}
