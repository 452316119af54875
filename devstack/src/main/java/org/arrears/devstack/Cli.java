package org.arrears.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command line of {@link Devstack}: {@code up}, {@code token}, {@code status}, {@code down}, {@code help}. */
public final class Cli {

    public static final Path DEFAULT_ROOT = Path.of(".arrears");
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofHours(8);
    public static final Duration DEFAULT_DOWN_TIMEOUT = Duration.ofSeconds(60);
    /** The roles of docs/DESIGN.md; a token with another role is almost certainly a typo. */
    public static final Set<String> ROLES = Set.of("creditor", "agent", "dialer", "compliance", "ops", "service",
            "legal");

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Cli() {
    }

    /** A parsed command line. */
    public sealed interface Command {
    }

    /** Start the stack and block until Ctrl-C or {@code down}. An empty {@code only} means all five services. */
    public record Up(Path root, Path projectDir, StackPorts ports, Set<ArrearsService> only, Duration readyTimeout)
            implements Command {
    }

    /** Print a token signed with the root's keys. {@code creditor} is null for other roles. */
    public record Token(Path root, Set<String> roles, String creditor, String subject, Duration ttl,
            Map<String, String> claims) implements Command {
    }

    public record Status(Path root) implements Command {
    }

    public record Down(Path root, Duration timeout) implements Command {
    }

    public record Help() implements Command {
    }

    /** A command line that cannot be understood; the message says why. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static Command parse(String... args) {
        if (args.length == 0) {
            return new Help();
        }
        String name = args[0];
        Options options = Options.parse(List.of(args).subList(1, args.length));
        Command command = switch (name) {
            case "up" -> up(options);
            case "token" -> token(options);
            case "status" -> new Status(options.root());
            case "down" -> new Down(options.root(), options.duration("--timeout", DEFAULT_DOWN_TIMEOUT));
            case "help", "-h", "--help" -> new Help();
            default -> throw new UsageException("unknown command '" + name + "'");
        };
        options.requireAllUsed(name);
        return command;
    }

    private static Up up(Options options) {
        StackPorts ports = StackPorts.defaults();
        Integer httpFrom = options.integer("--http-port");
        if (httpFrom != null) {
            ports = ports.withHttpFrom(httpFrom);
        }
        Integer postgres = options.integer("--postgres-port");
        if (postgres != null) {
            ports = ports.withPostgres(postgres);
        }
        Integer kafka = options.integer("--kafka-port");
        if (kafka != null) {
            ports = ports.withKafka(kafka);
        }
        Integer controller = options.integer("--kafka-controller-port");
        if (controller != null) {
            ports = ports.withKafkaController(controller);
        }
        Set<ArrearsService> only = EnumSet.noneOf(ArrearsService.class);
        for (String list : options.all("--only")) {
            for (String name : list.split(",")) {
                if (!name.isBlank()) {
                    only.add(service(name));
                }
            }
        }
        String project = options.single("--project-dir");
        return new Up(options.root(), project == null ? Path.of(".") : Path.of(project), ports, only,
                options.duration("--timeout", StackConfig.DEFAULT_READY_TIMEOUT));
    }

    private static Token token(Options options) {
        Set<String> roles = new LinkedHashSet<>();
        for (String list : options.all("--role")) {
            for (String role : list.split(",")) {
                if (!role.isBlank()) {
                    roles.add(role.trim());
                }
            }
        }
        if (roles.isEmpty()) {
            throw new UsageException("token needs at least one --role (" + String.join(", ", sorted(ROLES)) + ")");
        }
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new UsageException("unknown role '" + role + "'; one of " + String.join(", ", sorted(ROLES)));
            }
        }
        String creditor = options.single("--creditor");
        if (roles.contains("creditor") && creditor == null) {
            throw new UsageException("a creditor token needs --creditor ID (e.g. --creditor ACME)");
        }
        if (creditor != null && creditor.isBlank()) {
            throw new UsageException("--creditor must not be blank");
        }
        Map<String, String> claims = new LinkedHashMap<>();
        for (String claim : options.all("--claim")) {
            int eq = claim.indexOf('=');
            if (eq < 1) {
                throw new UsageException("--claim wants NAME=VALUE, got '" + claim + "'");
            }
            claims.put(claim.substring(0, eq), claim.substring(eq + 1));
        }
        String subject = options.single("--subject");
        Duration ttl = options.duration("--ttl", DEFAULT_TOKEN_TTL);
        if (ttl.isNegative() || ttl.isZero()) {
            throw new UsageException("--ttl must be positive");
        }
        return new Token(options.root(), roles, creditor, subject, ttl, claims);
    }

    private static ArrearsService service(String name) {
        try {
            return ArrearsService.named(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** ISO-8601 ({@code PT8H}) or short ({@code 90s}, {@code 30m}, {@code 8h}, {@code 2d}). */
    static Duration duration(String option, String text) {
        Matcher m = SHORT_DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " wants a duration like PT8H, 8h or 90s, got '" + text + "'");
        }
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    /** {@code --name value} and {@code --name=value} options, each name possibly repeated. */
    private static final class Options {

        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private final Set<String> used = new LinkedHashSet<>();

        static Options parse(List<String> args) {
            Options options = new Options();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (!arg.startsWith("--") || arg.length() == 2) {
                    throw new UsageException("unexpected argument '" + arg + "'");
                }
                String name;
                String value;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                } else {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException(arg + " needs a value");
                    }
                    name = arg;
                    value = args.get(++i);
                }
                options.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
            return options;
        }

        List<String> all(String name) {
            used.add(name);
            return values.getOrDefault(name, List.of());
        }

        String single(String name) {
            List<String> given = all(name);
            if (given.size() > 1) {
                throw new UsageException(name + " given more than once");
            }
            return given.isEmpty() ? null : given.get(0);
        }

        Integer integer(String name) {
            String text = single(name);
            if (text == null) {
                return null;
            }
            try {
                int port = Integer.parseInt(text);
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new UsageException(name + " wants a port number (1-65535), got '" + text + "'");
            }
        }

        Duration duration(String name, Duration fallback) {
            String text = single(name);
            return text == null ? fallback : Cli.duration(name, text);
        }

        Path root() {
            String root = single("--root");
            return root == null ? DEFAULT_ROOT : Path.of(root);
        }

        void requireAllUsed(String command) {
            List<String> unknown = values.keySet().stream().filter(n -> !used.contains(n)).toList();
            if (!unknown.isEmpty()) {
                throw new UsageException("'" + command + "' does not take " + String.join(", ", unknown));
            }
        }
    }
}
