-- Regional consultations of a summit, their themes (at most three, of the same summit) and the
-- observations the themes' resource persons record. summit_id, theme_id and written_by name rows
-- of other modules by id; no foreign key crosses module tables.

-- participants: ISO 3166-1 alpha-2 codes separated by commas. The row is also the lock every
-- change of the consultation's themes takes, so a third and a fourth theme cannot both pass.
CREATE TABLE consultation_consultation (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    summit_id          BIGINT       NOT NULL,
    process            VARCHAR(200) NOT NULL,
    city               VARCHAR(120) NOT NULL,
    country_code       CHAR(2)      NOT NULL,
    start_date         DATE         NOT NULL,
    end_date           DATE         NOT NULL,
    participants       VARCHAR(1000) NOT NULL,
    participant_count  INT          NULL,
    CONSTRAINT ck_consultation_dates CHECK (end_date >= start_date),
    INDEX ix_consultation_summit (summit_id, start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_theme (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    consultation_id  BIGINT NOT NULL,
    theme_id         BIGINT NOT NULL,
    position         INT    NOT NULL,
    CONSTRAINT uq_consultation_theme UNIQUE (consultation_id, theme_id),
    CONSTRAINT fk_consultation_theme FOREIGN KEY (consultation_id) REFERENCES consultation_consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- source: what the resource person typed (Markdown); html: its sanitised rendering, the only form
-- ever shown or printed.
CREATE TABLE consultation_observation (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    consultation_id  BIGINT       NOT NULL,
    theme_id         BIGINT       NOT NULL,
    source           MEDIUMTEXT   NOT NULL,
    html             MEDIUMTEXT   NOT NULL,
    written_by       BIGINT       NOT NULL,
    written_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_consultation_observation UNIQUE (consultation_id, theme_id),
    CONSTRAINT fk_consultation_observation FOREIGN KEY (consultation_id) REFERENCES consultation_consultation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
