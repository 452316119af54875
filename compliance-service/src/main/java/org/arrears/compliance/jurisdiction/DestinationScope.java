package org.arrears.compliance.jurisdiction;

/**
 * Which destinations a contact limit counts: all of them, the person's own (residence or mobile) numbers and
 * addresses, or the others (a workplace the person named).
 */
public enum DestinationScope {
    ALL, PERSONAL, WORKPLACE
}
