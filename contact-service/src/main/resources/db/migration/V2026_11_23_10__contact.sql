-- An account to be worked by collectors, in the queue the assignment strategy chose. One per account: a
-- repeated assignment must not put the debtor in front of two collectors.
CREATE TABLE work_item (
    id           uuid        PRIMARY KEY,
    account_id   text        NOT NULL,
    creditor_id  text        NOT NULL,
    queue        text        NOT NULL,
    priority     integer     NOT NULL,
    status       text        NOT NULL,
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    CONSTRAINT work_item_one_per_account UNIQUE (account_id)
);
-- The queue overview (GET /v1/queues) counts active items per queue and finds the oldest.
CREATE INDEX work_item_active_queue ON work_item (queue, created_at) WHERE status = 'ACTIVE';
