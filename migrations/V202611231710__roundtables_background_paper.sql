-- A roundtable's background paper: one PDF per roundtable, checked before it is stored (it opened
-- as a PDF), at most 10 MB (RoundtableLimits.PAPER_MAX_BYTES). A table of its own, so lists of
-- roundtables never drag the content along; an upload replaces the row in one statement.
-- uploaded_by names a user of the identity module by id.
CREATE TABLE roundtable_paper (
    roundtable_id  BIGINT       NOT NULL PRIMARY KEY,
    file_name      VARCHAR(255) NOT NULL,
    content        MEDIUMBLOB   NOT NULL,
    size           INT          NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    uploaded_by    BIGINT       NOT NULL,
    uploaded_at    TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_roundtable_paper FOREIGN KEY (roundtable_id) REFERENCES roundtable_roundtable (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
