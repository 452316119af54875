package org.arrears.compliance.jurisdiction;

import java.util.List;

/** The rule data files are not valid; the service refuses to start rather than decide on bad data. */
public class RuleDataException extends RuntimeException {

    private final List<String> problems;

    public RuleDataException(List<String> problems) {
        super("invalid compliance rule data: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
