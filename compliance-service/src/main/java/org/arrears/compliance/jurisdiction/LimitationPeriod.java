package org.arrears.compliance.jurisdiction;

/** A state's statute of limitations for consumer debt: {@code years} from the date of first delinquency. */
public record LimitationPeriod(int years, String citation) {
}
