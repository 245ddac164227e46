-- One-time links that let a person set their password: the invitation of an approved attendee and
-- the reset a person asks for. Only the SHA-256 of a link's secret is stored, so a copy of the
-- database opens no account. password_set tells an invited account nobody can sign in to yet.
ALTER TABLE identity_user ADD COLUMN password_set BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE identity_password_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    purpose     VARCHAR(16)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    expires_at  TIMESTAMP(3) NOT NULL,
    used_at     TIMESTAMP(3) NULL,
    revoked_at  TIMESTAMP(3) NULL,
    CONSTRAINT fk_identity_password_link_user FOREIGN KEY (user_id) REFERENCES identity_user (id) ON DELETE CASCADE,
    CONSTRAINT uq_identity_password_link_hash UNIQUE (token_hash),
    INDEX ix_identity_password_link_user (user_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
