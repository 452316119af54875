package org.arrears.compliance.preference;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.arrears.compliance.rules.Channel;
import org.arrears.compliance.rules.Consent;
import org.arrears.compliance.rules.ConsentType;
import org.arrears.compliance.rules.ContactPreferences;
import org.arrears.compliance.rules.InconvenientTime;
import org.arrears.platform.problem.Problem;

/**
 * The person's contact preferences as the API takes and shows them and as they are stored: a whole document,
 * replaced by each PUT. Times are the person's local times ("12:00"); instants are ISO-8601 UTC.
 */
public record Preferences(
        List<InconvenientTimeSpec> inconvenientTimes,
        OptOuts optOuts,
        List<ConsentSpec> consents,
        Boolean workplaceContactForbidden,
        List<String> workplaceDestinations,
        Boolean attorneyRepresented,
        String preferredLanguage) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public Preferences {
        // Nulls inside the lists are kept so that violations() can name them; absent flags are false.
        inconvenientTimes = copy(inconvenientTimes);
        optOuts = optOuts == null ? new OptOuts(List.of(), List.of()) : optOuts;
        consents = copy(consents);
        workplaceContactForbidden = Boolean.TRUE.equals(workplaceContactForbidden);
        workplaceDestinations = copy(workplaceDestinations);
        attorneyRepresented = Boolean.TRUE.equals(attorneyRepresented);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** A time the person named inconvenient: {@code from} inclusive to {@code to} exclusive, on {@code days}. */
    public record InconvenientTimeSpec(List<DayOfWeek> days, LocalTime from, LocalTime to) {
    }

    /** Media and destinations (numbers, email addresses, address ids) the person asked not to be used. */
    public record OptOuts(List<Channel> channels, List<String> destinations) {

        public OptOuts {
            channels = copy(channels);
            destinations = copy(destinations);
        }
    }

    /** A consent given at {@code grantedAt}, revoked at {@code revokedAt} (null while in force). */
    public record ConsentSpec(ConsentType type, String destination, Instant grantedAt, Instant revokedAt,
            Boolean written) {

        public ConsentSpec {
            written = Boolean.TRUE.equals(written);
        }
    }

    /** What is wrong with the document, each naming its field as the client wrote it. */
    public List<Problem.Violation> violations() {
        List<Problem.Violation> v = new ArrayList<>();
        for (int i = 0; i < inconvenientTimes.size(); i++) {
            InconvenientTimeSpec t = inconvenientTimes.get(i);
            String at = "inconvenientTimes[" + i + "]";
            if (t == null || t.from() == null || t.to() == null) {
                v.add(new Problem.Violation(at, "needs from and to (HH:mm)"));
            } else if (!t.from().isBefore(t.to())) {
                v.add(new Problem.Violation(at + ".to", "must be after from (a time crossing midnight is two entries)"));
            }
        }
        for (int i = 0; i < consents.size(); i++) {
            ConsentSpec c = consents.get(i);
            String at = "consents[" + i + "]";
            if (c == null || c.type() == null) {
                v.add(new Problem.Violation(at + ".type", "must not be null"));
            } else if (c.grantedAt() == null) {
                v.add(new Problem.Violation(at + ".grantedAt", "must not be null"));
            } else if (c.revokedAt() != null && c.revokedAt().isBefore(c.grantedAt())) {
                v.add(new Problem.Violation(at + ".revokedAt", "must not be before grantedAt"));
            }
        }
        for (int i = 0; i < optOuts.channels().size(); i++) {
            if (optOuts.channels().get(i) == null) {
                v.add(new Problem.Violation("optOuts.channels[" + i + "]", "must be one of " + java.util.Arrays
                        .toString(Channel.values())));
            }
        }
        blank("optOuts.destinations", optOuts.destinations(), v);
        blank("workplaceDestinations", workplaceDestinations, v);
        if (preferredLanguage != null && !LANGUAGE.matcher(preferredLanguage).matches()) {
            v.add(new Problem.Violation("preferredLanguage", "must be a BCP 47 language tag such as en or es-US"));
        }
        return v;
    }

    /** The rules' view; call only on a document without violations. */
    public ContactPreferences toDomain() {
        return new ContactPreferences(
                inconvenientTimes.stream().map(t -> new InconvenientTime(
                        t.days() == null ? null : new HashSet<>(t.days()), t.from(), t.to())).toList(),
                new HashSet<>(optOuts.channels()),
                new HashSet<>(optOuts.destinations()),
                consents.stream().map(c -> new Consent(c.type(), c.destination(), c.grantedAt(), c.revokedAt(),
                        c.written())).toList(),
                workplaceContactForbidden,
                new HashSet<>(workplaceDestinations),
                attorneyRepresented,
                preferredLanguage);
    }

    private static void blank(String field, List<String> values, List<Problem.Violation> v) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                v.add(new Problem.Violation(field + "[" + i + "]", "must not be blank"));
            }
        }
    }
}
