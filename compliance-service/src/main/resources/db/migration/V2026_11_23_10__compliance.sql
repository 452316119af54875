-- One compliance profile per debt, opened from AccountPlaced. It holds what the rules are computed from
-- (jurisdiction from state and postal code, the statute of limitations from the first delinquency date).
-- account_id is the key, so a second AccountPlaced for the same account cannot open a second profile. Codes are
-- text, not char(n): the contract does not fix the state's length, and char pads and maps badly to String.
CREATE TABLE debt_profile (
    account_id              text          PRIMARY KEY,
    creditor_id             text          NOT NULL,
    state                   text,
    postal_code             text,
    first_delinquency_date  date,
    currency                text          NOT NULL,
    opened_at               timestamptz   NOT NULL
);
