package org.arrears.contact.compliance;

/** compliance-service did not answer in time, answered with an error, or its circuit is open: fail closed. */
public class ComplianceUnavailableException extends RuntimeException {

    public ComplianceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
