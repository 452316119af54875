-- Platform tables every service owns in its own database: transactional outbox, consumer inbox,
-- Idempotency-Key records. Versions are dates so platform and service migrations interleave in one history.

-- Outbox: written in the business transaction, published by the relay, kept a while after for diagnosis.
CREATE TABLE outbox_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      uuid        NOT NULL UNIQUE,
    shard         smallint    NOT NULL,
    topic         text        NOT NULL,
    event_key     text        NOT NULL,
    event_type    text        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    payload       text        NOT NULL,
    published_at  timestamptz
);
CREATE INDEX outbox_event_pending ON outbox_event (id) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- One row per shard. A relay holds a shard's row lock while it publishes that shard, so one account's
-- events (same key, same shard) are never published by two replicas at once and stay in order.
CREATE TABLE outbox_shard (
    shard smallint PRIMARY KEY
);
INSERT INTO outbox_shard (shard) SELECT generate_series(0, 15);

-- Wake the relay as soon as a transaction with outbox rows commits (NOTIFY is delivered on commit,
-- and one per statement is enough).
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('arrears_outbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

-- Inbox: the ids of events this service has applied, written in the same transaction as the effect.
CREATE TABLE inbox_event (
    event_id     text        PRIMARY KEY,
    event_type   text        NOT NULL,
    topic        text        NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inbox_event_received ON inbox_event (received_at);

-- Idempotency-Key: the first response to a creating POST, per caller and key, until it expires.
CREATE TABLE idempotency_record (
    principal        text        NOT NULL,
    idempotency_key  text        NOT NULL,
    request_hash     text        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    response_status  integer,
    response_type    text,
    response_body    text,
    response_location text,
    created_at       timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    PRIMARY KEY (principal, idempotency_key)
);
CREATE INDEX idempotency_record_expiry ON idempotency_record (expires_at);
