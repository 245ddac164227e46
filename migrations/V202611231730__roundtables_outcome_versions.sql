-- Every save of an outcome that changed something, so the rapporteur can look back and restore.
-- A restore is saved as a new revision (restored_from names the revision it copied), so history is
-- only ever added to. The sources are kept as typed; their HTML is derived again when shown.
CREATE TABLE roundtable_outcome_version (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    roundtable_id    BIGINT       NOT NULL,
    revision         INT          NOT NULL,
    key_messages     MEDIUMTEXT   NOT NULL,
    recommendations  MEDIUMTEXT   NOT NULL,
    practices        MEDIUMTEXT   NOT NULL,
    sdg_targets      VARCHAR(500) NOT NULL,
    saved_by         BIGINT       NOT NULL,
    saved_at         DATETIME(6)  NOT NULL,
    restored_from    INT          NULL,
    CONSTRAINT uq_roundtable_outcome_version UNIQUE (roundtable_id, revision),
    CONSTRAINT fk_roundtable_outcome_version FOREIGN KEY (roundtable_id) REFERENCES roundtable_outcome (roundtable_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
