-- payments-service's own copy of each account's balance buckets, opened from AccountPlaced. Plans,
-- settlements and allocations are computed against it without asking accounts-service. account_id is the key,
-- so a second AccountPlaced for the same account cannot open a second balance.
CREATE TABLE account_balance (
    account_id   text          PRIMARY KEY,
    creditor_id  text          NOT NULL,
    currency     text          NOT NULL,
    principal    numeric(19,4) NOT NULL,
    interest     numeric(19,4) NOT NULL,
    fees         numeric(19,4) NOT NULL,
    costs        numeric(19,4) NOT NULL,
    updated_at   timestamptz   NOT NULL
);
