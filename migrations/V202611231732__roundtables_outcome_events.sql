-- The audit of an outcome's workflow: every step from one status to the next, by whom, when, and
-- the comment given with it (a review note, the reason for a return to draft).
CREATE TABLE roundtable_outcome_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    roundtable_id  BIGINT       NOT NULL,
    from_status    VARCHAR(20)  NOT NULL,
    to_status      VARCHAR(20)  NOT NULL,
    actor_user_id  BIGINT       NOT NULL,
    at             DATETIME(6)  NOT NULL,
    comment        TEXT         NULL,
    INDEX ix_roundtable_outcome_event (roundtable_id, at),
    CONSTRAINT fk_roundtable_outcome_event FOREIGN KEY (roundtable_id) REFERENCES roundtable_outcome (roundtable_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
