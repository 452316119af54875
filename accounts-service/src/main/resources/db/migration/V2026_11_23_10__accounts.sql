-- Accounts placed by creditors. The natural key (creditor, creditor's reference) makes a retried placement
-- find the account it already created.
CREATE TABLE account (
    id                      uuid PRIMARY KEY,
    creditor_id             text          NOT NULL,
    creditor_ref            text          NOT NULL,
    account_type            text          NOT NULL,
    currency                varchar(3)    NOT NULL,
    principal               numeric(19,4) NOT NULL,
    interest                numeric(19,4) NOT NULL,
    fees                    numeric(19,4) NOT NULL,
    costs                   numeric(19,4) NOT NULL,
    charge_off_date         date,
    first_delinquency_date  date,
    state                   varchar(2),
    postal_code             text,
    status                  text          NOT NULL,
    placed_at               timestamptz   NOT NULL,
    version                 bigint        NOT NULL,
    CONSTRAINT account_natural_key UNIQUE (creditor_id, creditor_ref)
);
CREATE INDEX account_creditor_placed ON account (creditor_id, placed_at);
