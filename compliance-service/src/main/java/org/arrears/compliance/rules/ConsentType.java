package org.arrears.compliance.rules;

/**
 * What a person consented to. AUTODIAL: autodialed or prerecorded calls and texts to a mobile (47 USC 227(b)).
 * SMS and EMAIL: messages by that medium (written consent where a city requires it). CALLS: the person's direct
 * consent to be called, which takes the following 7 days out of the call-frequency limits (1006.14(b)(3)).
 */
public enum ConsentType {
    AUTODIAL, SMS, EMAIL, CALLS
}
