package org.arrears.platform.idempotency;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.problem.ProblemTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code Idempotency-Key} for creating POSTs. The same key with the same body replays the first response; the
 * same key with another body is a 422; a key whose first request is still running is a 409 with Retry-After.
 * Keys are per caller and expire (see {@link IdempotencyConfig}).
 * <p>
 * Call it from a resource method that is not itself transactional: the action commits in its own transaction
 * before the response is stored. Should the process die between the two, the key is taken over after
 * {@code abandonedAfter} and the action runs again, so actions must also be safe by their natural key (a
 * placement by creditor + creditorRef).
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final ObjectMapper mapper;

    IdempotencyKeys(IdempotencyStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    /**
     * Runs {@code action} once per (principal, key); without a key it simply runs it.
     *
     * @param request the parsed request body, fingerprinted to detect a key reused for another request
     */
    public Response execute(String key, String principal, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        validate(key);
        String hash = fingerprint(request);
        IdempotencyStore.Claim claim = call(() -> store.claim(principal, key, hash));
        if (claim instanceof IdempotencyStore.Replay replay) {
            return replay(replay.response());
        }
        if (claim instanceof IdempotencyStore.Mismatch) {
            throw ProblemException.of(422, ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key reused",
                    "Idempotency-Key " + key + " was already used with a different request body; use a new key");
        }
        if (claim instanceof IdempotencyStore.InProgress) {
            throw new ProblemException(new org.arrears.platform.problem.Problem(
                    ProblemTypes.IDEMPOTENCY_KEY_IN_PROGRESS, "Request in progress", 409,
                    "A request with Idempotency-Key " + key + " is still being processed; retry in a second",
                    null, null, java.util.Map.of("retryAfterSeconds", 1)));
        }
        Response response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            call(() -> {
                store.release(principal, key);
                return null;
            });
            throw e;
        }
        if (response.getStatus() >= 500) {
            call(() -> {
                store.release(principal, key);
                return null;
            });
            return response;
        }
        StoredResponse stored = store(response);
        call(() -> {
            store.complete(principal, key, stored);
            return null;
        });
        return response;
    }

    private StoredResponse store(Response response) {
        Object entity = response.getEntity();
        String body;
        try {
            body = entity == null ? null : entity instanceof String s ? s : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be stored", e);
        }
        MediaType type = response.getMediaType();
        URI location = response.getLocation();
        return new StoredResponse(response.getStatus(),
                type == null ? (body == null ? null : MediaType.APPLICATION_JSON) : type.toString(), body,
                location == null ? null : location.toString());
    }

    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder b = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            b.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            b.header(HttpHeaders.LOCATION, stored.location());
        }
        return b.build();
    }

    private static void validate(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
            throw ProblemException.invalid(HEADER,
                    "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID");
        }
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("request cannot be fingerprinted", e);
        }
    }

    private interface SqlCall<T> {
        T run() throws SQLException;
    }

    private static <T> T call(SqlCall<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }
}
