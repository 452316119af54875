package org.arrears.skiptrace.contactpoint;

public enum PointKind {
    PHONE, ADDRESS, EMAIL
}
