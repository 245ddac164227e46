-- Mails waiting to be sent, written in the same transaction as the change they tell of, so a
-- rollback sends nothing and a commit never loses one. A background sender claims a row by
-- setting claimed_until (a lease, so a crashed sender's row is taken up again), delivers it and
-- marks it SENT, then clears the recipient and the body: a sent mail keeps no personal data.
-- reference names what the mail is about (e.g. registration:42) without personal data, so the
-- owner of that thing can have its mails forgotten on erasure.
CREATE TABLE mail_outbox (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id       VARCHAR(200)  NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    language         CHAR(2)       NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             TEXT          NOT NULL,
    reference        VARCHAR(100)  NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    created_at       TIMESTAMP(3)  NOT NULL,
    next_attempt_at  TIMESTAMP(3)  NOT NULL,
    claimed_until    TIMESTAMP(3)  NULL,
    sent_at          TIMESTAMP(3)  NULL,
    last_error       VARCHAR(300)  NULL,
    CONSTRAINT uq_mail_outbox_message_id UNIQUE (message_id),
    INDEX ix_mail_outbox_due (status, next_attempt_at),
    INDEX ix_mail_outbox_reference (reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
