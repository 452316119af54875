-- Plans, payments, reversals and creditor terms (issue #5), and the account standing payments needs to refuse
-- plans (status from AccountRecalled/AccountClosed, holds from compliance).

-- Standing of the account as payments-service learns it; version for optimistic locking of the balance.
ALTER TABLE account_balance
    ADD COLUMN status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RECALLED', 'CLOSED')),
    ADD COLUMN closed_reason text,
    ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- Compliance holds in force; a hold may arrive before the account's placement (another topic), so no FK.
CREATE TABLE account_hold (
    hold_id    text        PRIMARY KEY,
    account_id text        NOT NULL,
    type       text        NOT NULL,
    placed_at  timestamptz NOT NULL
);
CREATE INDEX account_hold_account ON account_hold (account_id);

-- Flags a reversal raised on the account (R07 authorization revoked, R10 unauthorized debit): once per kind.
CREATE TABLE account_flag (
    account_id  text        NOT NULL,
    flag        text        NOT NULL,
    payment_id  uuid        NOT NULL,
    flagged_at  timestamptz NOT NULL,
    PRIMARY KEY (account_id, flag)
);

-- Versions of each creditor's terms; a PUT adds the next version, nothing is updated in place.
CREATE TABLE creditor_terms (
    creditor_id              text          NOT NULL,
    version                  integer       NOT NULL CHECK (version > 0),
    contingency_fee_percent  numeric(5,2)  NOT NULL CHECK (contingency_fee_percent BETWEEN 0 AND 100),
    remit_mode               text          NOT NULL CHECK (remit_mode IN ('NET', 'GROSS')),
    min_settlement_percent   numeric(5,2)  NOT NULL CHECK (min_settlement_percent > 0 AND min_settlement_percent <= 100),
    max_installments         integer       NOT NULL CHECK (max_installments > 0),
    min_first_payment        numeric(19,4) NOT NULL CHECK (min_first_payment >= 0),
    max_days_to_first_due    integer       NOT NULL CHECK (max_days_to_first_due >= 0),
    grace_days               integer       NOT NULL CHECK (grace_days >= 0),
    allocation_order         text          NOT NULL,
    created_at               timestamptz   NOT NULL,
    created_by               text          NOT NULL,
    PRIMARY KEY (creditor_id, version)
);

CREATE TABLE payment_plan (
    id                  uuid          PRIMARY KEY,
    account_id          text          NOT NULL,
    creditor_id         text          NOT NULL,
    type                text          NOT NULL CHECK (type IN ('PROMISE', 'INSTALLMENT', 'SETTLEMENT')),
    status              text          NOT NULL CHECK (status IN ('ACTIVE', 'KEPT', 'BROKEN', 'CANCELLED')),
    currency            text          NOT NULL,
    total               numeric(19,4) NOT NULL CHECK (total > 0),
    settlement_percent  numeric(7,4),
    terms_version       integer       NOT NULL,
    grace_days          integer       NOT NULL,
    created_at          timestamptz   NOT NULL,
    created_by          text          NOT NULL,
    ended_at            timestamptz,
    end_reason          text,
    broken_seq          integer,
    version             bigint        NOT NULL
);
-- One active plan per account, whatever races the application loses.
CREATE UNIQUE INDEX payment_plan_one_active ON payment_plan (account_id) WHERE status = 'ACTIVE';
CREATE INDEX payment_plan_account ON payment_plan (account_id, created_at);

CREATE TABLE plan_installment (
    id        uuid          PRIMARY KEY,
    plan_id   uuid          NOT NULL REFERENCES payment_plan (id),
    seq       integer       NOT NULL CHECK (seq > 0),
    due_date  date          NOT NULL,
    amount    numeric(19,4) NOT NULL CHECK (amount > 0),
    paid      numeric(19,4) NOT NULL CHECK (paid >= 0 AND paid <= amount),
    version   bigint        NOT NULL,
    UNIQUE (plan_id, seq)
);
-- The broken-promise job looks for unpaid installments of active plans by due date.
CREATE INDEX plan_installment_unpaid ON plan_installment (due_date) WHERE paid < amount;

CREATE TABLE payment (
    id                 uuid          PRIMARY KEY,
    account_id         text          NOT NULL,
    creditor_id        text          NOT NULL,
    processor_txn_id   text          NOT NULL UNIQUE,
    method             text          NOT NULL CHECK (method IN ('ACH', 'CARD', 'CHECK', 'CASH', 'WIRE')),
    currency           text          NOT NULL,
    amount             numeric(19,4) NOT NULL CHECK (amount > 0),
    alloc_principal    numeric(19,4) NOT NULL,
    alloc_interest     numeric(19,4) NOT NULL,
    alloc_fees         numeric(19,4) NOT NULL,
    alloc_costs        numeric(19,4) NOT NULL,
    plan_id            uuid          REFERENCES payment_plan (id),
    fee_percent        numeric(5,2)  NOT NULL,
    terms_version      integer       NOT NULL,
    received_at        timestamptz   NOT NULL,
    posted_at          timestamptz   NOT NULL,
    status             text          NOT NULL CHECK (status IN ('POSTED', 'REVERSED')),
    reversal_code      text,
    reversed_at        timestamptz,
    representable      boolean,
    representment_of   uuid          REFERENCES payment (id),
    version            bigint        NOT NULL,
    CHECK (alloc_principal + alloc_interest + alloc_fees + alloc_costs = amount)
);
CREATE INDEX payment_account ON payment (account_id, posted_at);
CREATE INDEX payment_creditor_posted ON payment (creditor_id, posted_at);
CREATE INDEX payment_creditor_reversed ON payment (creditor_id, reversed_at) WHERE reversed_at IS NOT NULL;
CREATE INDEX payment_representment ON payment (representment_of) WHERE representment_of IS NOT NULL;

-- How much of a payment went to each installment, so a reversal takes back exactly that.
CREATE TABLE payment_application (
    payment_id      uuid          NOT NULL REFERENCES payment (id),
    installment_id  uuid          NOT NULL REFERENCES plan_installment (id),
    amount          numeric(19,4) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (payment_id, installment_id)
);
