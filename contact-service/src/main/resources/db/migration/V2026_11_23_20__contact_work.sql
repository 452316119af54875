-- The work item's life: paused by a promise until a date, suspended while any compliance hold is in force,
-- ended by a recall or closure. next_contact_at is when the dispatcher may look at it again (compliance's
-- nextEligibleAt, or pacing); open_request_id is the ContactRequested the dialers still hold for it.
ALTER TABLE work_item
    ADD COLUMN paused_until      date,
    ADD COLUMN ended_reason      text,
    ADD COLUMN updated_at        timestamptz,
    ADD COLUMN next_contact_at   timestamptz,
    ADD COLUMN open_request_id   uuid,
    ADD COLUMN open_request_until timestamptz;

-- The dispatcher's and the agents' scan: contactable items of a queue by priority (lower first), oldest first.
CREATE INDEX work_item_by_priority ON work_item (queue, priority, created_at) WHERE status IN ('ACTIVE', 'PAUSED');

-- Holds in force per account, kept apart from the work item: a hold may arrive before the assignment, and
-- the item stays suspended until every hold is lifted.
CREATE TABLE account_hold (
    account_id  text        NOT NULL,
    hold_id     text        NOT NULL,
    type        text        NOT NULL,
    placed_at   timestamptz NOT NULL,
    PRIMARY KEY (account_id, hold_id)
);

-- Where the debtor can be reached, the full current set from the latest ContactPointsUpdated (or the
-- placement's). bad_at: a dialer reported the number wrong or disconnected; it is not used again.
CREATE TABLE contact_point (
    account_id        text             NOT NULL,
    destination       text             NOT NULL,
    channel           text             NOT NULL,
    line_type         text,
    source            text,
    autodial_consent  boolean          NOT NULL,
    confidence        double precision NOT NULL,
    status            text             NOT NULL,
    bad_at            timestamptz,
    PRIMARY KEY (account_id, destination)
);

-- One row per ContactRequested sent to the dialers.
CREATE TABLE contact_request (
    request_id    uuid        PRIMARY KEY,
    account_id    text        NOT NULL,
    check_id      text,
    channel       text        NOT NULL,
    destination   text        NOT NULL,
    queue         text        NOT NULL,
    priority      integer     NOT NULL,
    window_from   timestamptz NOT NULL,
    window_until  timestamptz NOT NULL,
    requested_at  timestamptz NOT NULL
);
CREATE INDEX contact_request_account ON contact_request (account_id, requested_at);

-- Every attempt, outbound or inbound. call_id is the dialer's id: unique, so a repeated disposition records
-- nothing twice.
CREATE TABLE contact_attempt (
    attempt_id        uuid        PRIMARY KEY,
    account_id        text        NOT NULL,
    request_id        uuid,
    call_id           text,
    check_id          text,
    channel           text        NOT NULL,
    destination       text,
    direction         text        NOT NULL,
    outcome           text        NOT NULL,
    started_at        timestamptz NOT NULL,
    duration_seconds  integer     NOT NULL,
    agent             text,
    source            text        NOT NULL,
    recorded_at       timestamptz NOT NULL,
    CONSTRAINT contact_attempt_call_id UNIQUE (call_id)
);
CREATE INDEX contact_attempt_account ON contact_attempt (account_id, started_at);
