-- Comments of the co-chairs (and the chair office) on a submitted outcome, with the revision they read.
CREATE TABLE roundtable_outcome_comment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    roundtable_id   BIGINT       NOT NULL,
    revision        INT          NOT NULL,
    author_user_id  BIGINT       NOT NULL,
    written_at      DATETIME(6)  NOT NULL,
    body            TEXT         NOT NULL,
    INDEX ix_roundtable_outcome_comment (roundtable_id, written_at),
    CONSTRAINT fk_roundtable_outcome_comment FOREIGN KEY (roundtable_id) REFERENCES roundtable_outcome (roundtable_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
