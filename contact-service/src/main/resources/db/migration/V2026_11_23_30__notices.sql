-- What the placement told us about the debt, for the validation notice (Reg F 1006.34): creditor, balances
-- by bucket at placement, and the dates the itemization date is chosen from.
CREATE TABLE account_facts (
    account_id              text          PRIMARY KEY,
    creditor_id             text          NOT NULL,
    creditor_ref            text,
    account_type            text,
    currency                text          NOT NULL,
    principal               numeric(19,4) NOT NULL,
    interest                numeric(19,4) NOT NULL,
    fees                    numeric(19,4) NOT NULL,
    costs                   numeric(19,4) NOT NULL,
    charge_off_date         date,
    first_delinquency_date  date,
    placed_at               timestamptz   NOT NULL
);

-- One validation notice per account, as produced: its content (JSON) and the PDF sent.
CREATE TABLE validation_notice (
    notice_id           uuid        PRIMARY KEY,
    account_id          text        NOT NULL,
    channel             text        NOT NULL,
    itemization_date    date        NOT NULL,
    dispute_by          date        NOT NULL,
    content             text        NOT NULL,
    pdf                 bytea       NOT NULL,
    sent_at             timestamptz NOT NULL,
    CONSTRAINT validation_notice_one_per_account UNIQUE (account_id)
);
