-- How the rapporteur resolved a flag of the Chatham House check without rephrasing: the flagged
-- text names a practice or a partnership, not a speaker. flag_key is the flag's stable key (kind,
-- section, matched text folded to lower case without accents); a resolution holds only while a
-- flag with that key is still found, and is deleted by the save that makes it disappear.
-- resolution: PRACTICE, PARTNERSHIP.
CREATE TABLE roundtable_outcome_flag_resolution (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    roundtable_id  BIGINT       NOT NULL,
    flag_key       VARCHAR(300) NOT NULL,
    resolution     VARCHAR(20)  NOT NULL,
    resolved_by    BIGINT       NOT NULL,
    resolved_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_roundtable_flag_resolution UNIQUE (roundtable_id, flag_key),
    CONSTRAINT fk_roundtable_flag_resolution FOREIGN KEY (roundtable_id) REFERENCES roundtable_outcome (roundtable_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
