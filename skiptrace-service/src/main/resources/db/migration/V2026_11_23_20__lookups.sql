-- Lookups: a worker claims PENDING requests (FOR UPDATE SKIP LOCKED, so replicas share them), runs the provider
-- waterfall outside any transaction and completes the request with what each provider did and the ranked result.
-- A RUNNING request whose lease ran out (its replica died) is claimed again.
ALTER TABLE skiptrace_request
    ADD COLUMN debtor_key    text,
    ADD COLUMN requested_by  text        NOT NULL DEFAULT 'event',
    ADD COLUMN claim_token   uuid,
    ADD COLUMN claimed_until timestamptz,
    ADD COLUMN attempts      integer     NOT NULL DEFAULT 0,
    ADD COLUMN completed_at  timestamptz,
    ADD COLUMN providers     text,
    ADD COLUMN result        text;
-- The open statuses are now PENDING and RUNNING (SkiptraceStatus.OPEN); change both together.
DROP INDEX skiptrace_request_one_open;
CREATE UNIQUE INDEX skiptrace_request_one_open ON skiptrace_request (account_id, reason)
    WHERE status IN ('PENDING', 'RUNNING');
CREATE INDEX skiptrace_request_due ON skiptrace_request (requested_at) WHERE status IN ('PENDING', 'RUNNING');

-- Each placed account and the debtor it belongs to: ContactAttempted names only the account, and scrub findings
-- go to every account of the debtor.
CREATE TABLE debtor_account (
    account_id   text        PRIMARY KEY,
    creditor_id  text        NOT NULL,
    debtor_key   text,
    state        text,
    postal_code  text,
    placed_at    timestamptz NOT NULL
);
CREATE INDEX debtor_account_debtor ON debtor_account (debtor_key) WHERE debtor_key IS NOT NULL;

-- The history provider's knowledge: normalised contact points per debtor (history_key = the debtor key, or
-- 'account:<id>' for an account placed without one), with their status from outcomes and agents.
CREATE TABLE contact_point (
    id                 uuid             PRIMARY KEY,
    history_key        text             NOT NULL,
    kind               text             NOT NULL CHECK (kind IN ('PHONE', 'ADDRESS', 'EMAIL')),
    point_key          text             NOT NULL,
    detail             text             NOT NULL,
    status             text             NOT NULL,
    confidence         double precision NOT NULL,
    last_verified      date,
    status_changed_at  timestamptz,
    status_changed_by  text,
    created_at         timestamptz      NOT NULL,
    updated_at         timestamptz      NOT NULL,
    version            bigint           NOT NULL DEFAULT 0,
    UNIQUE (history_key, kind, point_key)
);

-- Who reported a point, for which account. The account stays here and never leaves through the API or an event,
-- so one creditor's account is not revealed to another.
CREATE TABLE contact_point_source (
    contact_point_id  uuid        NOT NULL REFERENCES contact_point (id) ON DELETE CASCADE,
    source            text        NOT NULL,
    account_id        text        NOT NULL,
    first_seen        timestamptz NOT NULL,
    last_seen         timestamptz NOT NULL,
    PRIMARY KEY (contact_point_id, source, account_id)
);

-- Scrub findings already announced, so a repeat lookup emits only what is new or changed (a bankruptcy case's
-- status), and a newly placed account of a known debtor learns them too.
CREATE TABLE scrub_finding (
    history_key  text        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('DECEASED', 'BANKRUPTCY', 'MILITARY')),
    finding_key  text        NOT NULL,
    state        text        NOT NULL,
    detail       text        NOT NULL,
    source       text        NOT NULL,
    found_at     timestamptz NOT NULL,
    PRIMARY KEY (history_key, kind, finding_key)
);
