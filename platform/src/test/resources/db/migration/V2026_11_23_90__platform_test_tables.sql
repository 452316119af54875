-- Tables of the platform's test application only.
CREATE TABLE test_account (
    id            text PRIMARY KEY,
    creditor_id   text    NOT NULL,
    creditor_ref  text    NOT NULL,
    principal     numeric NOT NULL
);

-- One row per applied event: the inbox tests count these.
CREATE TABLE test_effect (
    event_id     text NOT NULL,
    account_id   text NOT NULL,
    creditor_ref text NOT NULL
);
