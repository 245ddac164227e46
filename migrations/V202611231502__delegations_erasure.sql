-- Erasure of delegates' personal data (issue 3, privacy). An erased registration keeps what the
-- participation figures need (summit, group, role, status, nationality, gender, dates) and loses
-- the rest; erased_at marks it. delegation_erasure is the audit of erasures: who (a user id) and
-- when, for one registration or a whole summit, with no personal data.
ALTER TABLE delegation_registration ADD COLUMN erased_at TIMESTAMP(3) NULL;

CREATE TABLE delegation_erasure (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    summit_id        BIGINT       NOT NULL,
    registration_id  BIGINT       NULL,
    registrations    INT          NOT NULL,
    actor_user_id    BIGINT       NOT NULL,
    erased_at        TIMESTAMP(3) NOT NULL,
    INDEX ix_delegation_erasure_summit (summit_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
