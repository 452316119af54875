package org.arrears.compliance.rules;

/** The kinds of compliance hold; each stops contact until it is released. */
public enum HoldType {
    CEASE, ATTORNEY, DISPUTE, BANKRUPTCY, DECEASED, SCRA, LITIGATION
}
