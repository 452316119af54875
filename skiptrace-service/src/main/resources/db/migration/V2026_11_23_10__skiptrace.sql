-- A request to find a way to reach the debtor of an account, with the reason it was needed. Provider lookups
-- work through the PENDING ones.
CREATE TABLE skiptrace_request (
    id            uuid        PRIMARY KEY,
    account_id    text        NOT NULL,
    reason        text        NOT NULL,
    status        text        NOT NULL,
    requested_at  timestamptz NOT NULL
);
-- At most one open request per account and reason, whatever races: a repeated trigger finds the open one.
-- The WHERE lists SkiptraceStatus.OPEN; change both together.
CREATE UNIQUE INDEX skiptrace_request_one_open ON skiptrace_request (account_id, reason) WHERE status = 'PENDING';
-- An account's requests, oldest first (GET /v1/skiptrace-requests?accountId=).
CREATE INDEX skiptrace_request_account ON skiptrace_request (account_id, requested_at);
