package org.arrears.compliance.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and validates the jurisdiction and statute-of-limitation data files. Every problem is collected and
 * reported at once, so a bad edit is fixed in one round.
 */
public final class RuleSetLoader {

    public static final String JURISDICTIONS = "compliance/jurisdictions.json";
    public static final String LIMITATIONS = "compliance/statutes-of-limitation.json";

    private static final Pattern REASON_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private RuleSetLoader() {
    }

    /** Loads the data files shipped with the service. */
    public static RuleSet fromClasspath() {
        ClassLoader cl = RuleSetLoader.class.getClassLoader();
        try (InputStream j = cl.getResourceAsStream(JURISDICTIONS); InputStream l = cl.getResourceAsStream(LIMITATIONS)) {
            if (j == null || l == null) {
                throw new RuleDataException(List.of("missing " + (j == null ? JURISDICTIONS : LIMITATIONS)));
            }
            return load(j, l);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleSet load(InputStream jurisdictionsJson, InputStream limitationsJson) {
        JurisdictionsFile j;
        LimitationsFile l;
        try {
            j = MAPPER.readValue(jurisdictionsJson, JurisdictionsFile.class);
            l = MAPPER.readValue(limitationsJson, LimitationsFile.class);
        } catch (IOException e) {
            throw new RuleDataException(List.of("unreadable rule data: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        validate(j, problems);
        validate(l, problems);
        if (!problems.isEmpty()) {
            throw new RuleDataException(problems);
        }
        return new RuleSet("jurisdictions " + j.version() + ", limitations " + l.version(), j.federal(),
                j.jurisdictions(), l.states());
    }

    private static void validate(JurisdictionsFile f, List<String> problems) {
        require(f.version() != null && !f.version().isBlank(), "jurisdictions: version is missing", problems);
        FederalBaseline fed = f.federal();
        if (fed == null) {
            problems.add("jurisdictions: federal baseline is missing");
        } else {
            hours("federal", fed.hours(), problems);
            require(fed.callsPerPeriod() > 0 && fed.periodDays() > 0 && fed.quietDaysAfterConversation() > 0
                    && fed.consentDays() >= 0 && fed.validationNoticeBusinessDays() > 0,
                    "federal: counts and periods must be positive", problems);
        }
        Set<String> codes = new HashSet<>();
        for (Jurisdiction j : f.jurisdictions() == null ? List.<Jurisdiction>of() : f.jurisdictions()) {
            String at = "jurisdiction " + j.code();
            require(j.code() != null && codes.add(j.code()), at + ": code missing or repeated", problems);
            require(j.reasonCode() != null && REASON_CODE.matcher(j.reasonCode()).matches(),
                    at + ": reasonCode must be UPPER_SNAKE", problems);
            require(j.citation() != null && !j.citation().isBlank(), at + ": citation is missing", problems);
            require(j.match() != null && !j.match().states().isEmpty()
                    && j.match().states().stream().allMatch(s -> STATE.matcher(s).matches()),
                    at + ": match.states must list two-letter states", problems);
            if (j.hours() != null) {
                hours(at, j.hours(), problems);
            }
            for (ContactLimit limit : j.limits()) {
                require(limit.channels() != null && !limit.channels().isEmpty(), at + ": a limit needs channels",
                        problems);
                require(limit.max() >= 1 && limit.days() >= 1 && limit.days() <= 366,
                        at + ": a limit needs max >= 1 and 1..366 days", problems);
                require(limit.citation() != null && !limit.citation().isBlank(), at + ": a limit needs a citation",
                        problems);
                require(limit.description() != null && !limit.description().isBlank(),
                        at + ": a limit needs a description", problems);
            }
        }
    }

    private static void validate(LimitationsFile f, List<String> problems) {
        require(f.version() != null && !f.version().isBlank(), "limitations: version is missing", problems);
        require(f.states() != null && !f.states().isEmpty(), "limitations: no states", problems);
        if (f.states() != null) {
            f.states().forEach((state, p) -> {
                require(STATE.matcher(state).matches(), "limitations: " + state + " is not a state code", problems);
                require(p.years() >= 1 && p.years() <= 30, "limitations " + state + ": years must be 1..30",
                        problems);
                require(p.citation() != null && !p.citation().isBlank(), "limitations " + state
                        + ": citation is missing", problems);
            });
        }
    }

    private static void hours(String at, Hours h, List<String> problems) {
        require(h != null && h.start() != null && h.end() != null && h.start().isBefore(h.end()),
                at + ": hours need start before end", problems);
    }

    private static void require(boolean ok, String problem, List<String> problems) {
        if (!ok) {
            problems.add(problem);
        }
    }

    record JurisdictionsFile(String version, FederalBaseline federal, List<Jurisdiction> jurisdictions) {
    }

    record LimitationsFile(String version, String note, Map<String, LimitationPeriod> states) {
    }
}
