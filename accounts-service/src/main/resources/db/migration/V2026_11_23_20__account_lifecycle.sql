-- The account lifecycle: the debtor as placed (personal data kept here only; the national id only as a keyed
-- hash + last four), the assignment, holds, the timeline, bulk placement jobs and the assignment strategy.
ALTER TABLE account
    ADD COLUMN original_creditor   text,
    ADD COLUMN segment             text,
    ADD COLUMN last_payment_date   date,
    ADD COLUMN itemization         jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN debtor_key          text,
    ADD COLUMN national_id_last4   varchar(4),
    ADD COLUMN debtor              jsonb NOT NULL DEFAULT '{}',
    ADD COLUMN queue               text,
    ADD COLUMN priority            integer,
    ADD COLUMN strategy_version    integer,
    ADD COLUMN status_before_hold  text,
    ADD COLUMN active_plan_id      text,
    ADD COLUMN closed_reason       text,
    ADD COLUMN placement_id        uuid,
    ADD COLUMN updated_at          timestamptz;

-- Cursor pagination walks (placed_at, id); creditors walk their own slice of it (which replaces the
-- (creditor_id, placed_at) index: every index is paid for on each of a million placed rows).
CREATE INDEX account_placed_id ON account (placed_at, id);
CREATE INDEX account_creditor_placed_id ON account (creditor_id, placed_at, id);
DROP INDEX account_creditor_placed;

-- Compliance holds in force; the account leaves HOLD/DISPUTED only when the last one is lifted.
CREATE TABLE account_hold (
    account_id  uuid        NOT NULL REFERENCES account (id),
    hold_id     text        NOT NULL,
    hold_type   text        NOT NULL,
    placed_at   timestamptz NOT NULL,
    PRIMARY KEY (account_id, hold_id)
);

-- Every event this service publishes or applies for an account, written in the same transaction.
CREATE TABLE account_timeline (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   uuid        NOT NULL,
    event_id     text        NOT NULL,
    event_type   text        NOT NULL,
    direction    text        NOT NULL CHECK (direction IN ('PUBLISHED', 'CONSUMED')),
    occurred_at  timestamptz NOT NULL,
    -- JSON written by this service and only ever returned as is: text spares the database parsing it.
    detail       text        NOT NULL
);
CREATE INDEX account_timeline_account ON account_timeline (account_id, id);

-- Bulk placements: one job per posted portfolio, its counters updated with each committed batch.
CREATE TABLE placement_job (
    id                  uuid PRIMARY KEY,
    creditor_id         text        NOT NULL,
    format              text        NOT NULL,
    status              text        NOT NULL,
    bytes_total         bigint,
    bytes_read          bigint      NOT NULL DEFAULT 0,
    received            bigint      NOT NULL DEFAULT 0,
    accepted            bigint      NOT NULL DEFAULT 0,
    duplicate           bigint      NOT NULL DEFAULT 0,
    rejected            bigint      NOT NULL DEFAULT 0,
    principal_received  numeric(21,4) NOT NULL DEFAULT 0,
    trailer_count       bigint,
    trailer_principal   numeric(21,4),
    reconciliation      text        NOT NULL DEFAULT 'NO_TRAILER',
    failure             text,
    created_at          timestamptz NOT NULL,
    started_at          timestamptz,
    finished_at         timestamptz
);
CREATE INDEX placement_job_creditor ON placement_job (creditor_id, created_at);

CREATE TABLE placement_error (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id       uuid    NOT NULL REFERENCES placement_job (id),
    line         bigint  NOT NULL,
    creditor_ref text,
    field        text    NOT NULL,
    message      text    NOT NULL
);
CREATE INDEX placement_error_job ON placement_error (job_id, id);

-- The assignment strategy: rules as data, one row per version; the highest version is current.
CREATE TABLE assignment_strategy (
    version     integer PRIMARY KEY,
    document    jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL
);
INSERT INTO assignment_strategy (version, document, created_at, created_by) VALUES (1, '{
  "rules": [
    {"name": "high-balance", "match": {"minBalance": "5000.00"}, "queue": "high-balance", "priority": 10},
    {"name": "fresh", "match": {"maxDaysSinceChargeOff": 180}, "queue": "early-stage", "priority": 20},
    {"name": "default", "match": {}, "queue": "general", "priority": 50}
  ]
}', now(), 'migration');
