-- The Platform for Partnerships: practices and the SDG goals and targets they name.
-- roundtable_id names a roundtable of the roundtables module by id (a practice promoted from its
-- published outcome); no foreign key crosses module tables.

-- sdg_text: the goals and targets as written ("8.7 & 8.8, 10.7"); partnership_practice_sdg holds
-- them normalised, one row each, so filters by goal or target are plain SQL.
-- country_code: ISO 3166-1 alpha-2, given or taken from the location's last part, for filtering.
-- fingerprint: SHA-256 (hex) of name, location and period, each folded (accents, case, punctuation
-- and spacing ignored; see decision 0014). Unique: an import skips practices it finds here.
CREATE TABLE partnership_practice (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(300)  NOT NULL,
    link           VARCHAR(500)  NULL,
    sdg_text       VARCHAR(300)  NOT NULL,
    period         VARCHAR(100)  NULL,
    location       VARCHAR(300)  NULL,
    country_code   CHAR(2)       NULL,
    aim            TEXT          NULL,
    partners       VARCHAR(2000) NULL,
    source         VARCHAR(500)  NULL,
    roundtable_id  BIGINT        NULL,
    fingerprint    CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_partnership_practice_fingerprint UNIQUE (fingerprint),
    INDEX ix_partnership_practice_name (name),
    INDEX ix_partnership_practice_country (country_code),
    INDEX ix_partnership_practice_roundtable (roundtable_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- target: the part after the dot ("7", "c"), NULL for the goal as a whole. A filter by goal matches
-- every row of the goal; a filter by target only the rows with that target.
CREATE TABLE partnership_practice_sdg (
    practice_id  BIGINT     NOT NULL,
    position     INT        NOT NULL,
    goal         TINYINT    NOT NULL,
    target       VARCHAR(2) CHARACTER SET ascii COLLATE ascii_bin NULL,
    PRIMARY KEY (practice_id, position),
    CONSTRAINT ck_partnership_sdg_goal CHECK (goal BETWEEN 1 AND 17),
    CONSTRAINT fk_partnership_sdg_practice FOREIGN KEY (practice_id) REFERENCES partnership_practice (id) ON DELETE CASCADE,
    INDEX ix_partnership_sdg_goal (goal, target, practice_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
