-- What the pre-contact check reads and writes. Contact points and preferences are whole documents replaced at once
-- (ContactPointsUpdated carries the full set; PUT preferences replaces them), so they are jsonb on the profile
-- row. That row is also the per-debt lock a recorded check takes (SELECT ... FOR UPDATE), which serialises the
-- counting of one debt's contacts without blocking other debts.
ALTER TABLE debt_profile
    ADD COLUMN phones                    jsonb        NOT NULL DEFAULT '[]',
    ADD COLUMN emails                    jsonb        NOT NULL DEFAULT '[]',
    ADD COLUMN addresses                 jsonb        NOT NULL DEFAULT '[]',
    ADD COLUMN disputed                  boolean      NOT NULL DEFAULT false,
    ADD COLUMN validation_notice_sent_at timestamptz,
    ADD COLUMN validation_period_ends    date,
    ADD COLUMN preferences               jsonb,
    ADD COLUMN preferences_updated_at    timestamptz,
    ADD COLUMN preferences_updated_by    text;

-- The contact ledger: one row per contact counted against the debt. A recorded check inserts its row (check_id);
-- the ContactAttempted that reports the same contact completes that row instead of adding a second one; attempts
-- without a check (inbound calls, manual contacts) get their own row keyed by attempt_id. No foreign key to the
-- profile: contact events travel on another topic than placements and may arrive first.
CREATE TABLE contact_record (
    id            bigserial     PRIMARY KEY,
    account_id    text          NOT NULL,
    check_id      uuid          UNIQUE,
    attempt_id    text          UNIQUE,
    channel       text          NOT NULL,
    destination   text          NOT NULL,
    direction     text          NOT NULL,
    occurred_at   timestamptz   NOT NULL,
    outcome       text,
    conversation  boolean       NOT NULL DEFAULT false,
    recorded_at   timestamptz   NOT NULL
);
CREATE INDEX contact_record_account_time ON contact_record (account_id, occurred_at);

-- Holds stop contact until released. At most one hold of a type is in force per account, so a redelivered or
-- repeated scrub finding cannot stack holds that would each need a release.
CREATE TABLE compliance_hold (
    hold_id            uuid          PRIMARY KEY,
    account_id         text          NOT NULL,
    type               text          NOT NULL,
    note               text,
    placed_by          text          NOT NULL,
    placed_at          timestamptz   NOT NULL,
    source_event_id    text,
    released_at        timestamptz,
    released_by        text,
    release_reason     text,
    verification_sent  boolean
);
CREATE UNIQUE INDEX compliance_hold_in_force ON compliance_hold (account_id, type) WHERE released_at IS NULL;
CREATE INDEX compliance_hold_account ON compliance_hold (account_id);

-- The audit of every decision: the inputs as asked, the rule-set version, the reasons and the caller. Kept at
-- least 3 years after the account's last activity (DecisionRetention).
CREATE TABLE compliance_decision (
    check_id          uuid          PRIMARY KEY,
    account_id        text          NOT NULL,
    decided_at        timestamptz   NOT NULL,
    caller            text          NOT NULL,
    caller_roles      text          NOT NULL,
    request           jsonb         NOT NULL,
    decision          text          NOT NULL,
    reasons           jsonb         NOT NULL,
    next_eligible_at  timestamptz,
    time_zones        text          NOT NULL,
    jurisdictions     text          NOT NULL,
    rule_set_version  text          NOT NULL,
    recorded          boolean       NOT NULL
);
CREATE INDEX compliance_decision_account_time ON compliance_decision (account_id, decided_at);
