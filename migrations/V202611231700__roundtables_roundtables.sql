-- Roundtables of a summit and their outcomes. summit_id, theme_id, session_id, group_id and the
-- user ids name rows of other modules by id; no foreign key crosses module tables.

-- number: the roundtable's place within its theme, the n in "RT <theme>.<n>". Numbers are never
-- reused or shifted, so a printed "RT 2.3" keeps meaning the same roundtable.
-- session_id: the programme session that gives the roundtable its room and time.
CREATE TABLE roundtable_roundtable (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    summit_id           BIGINT       NOT NULL,
    theme_id            BIGINT       NOT NULL,
    number              INT          NOT NULL,
    title               VARCHAR(300) NOT NULL,
    format              VARCHAR(20)  NOT NULL,
    capacity            INT          NOT NULL,
    session_id          BIGINT       NULL,
    rapporteur_user_id  BIGINT       NULL,
    CONSTRAINT uq_roundtable_number UNIQUE (theme_id, number),
    CONSTRAINT uq_roundtable_session UNIQUE (session_id),
    CONSTRAINT ck_roundtable_capacity CHECK (capacity > 0),
    INDEX ix_roundtable_summit (summit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The co-chairs (states, ISO 3166-1 alpha-2) and the preparation team (states, or stakeholder
-- groups of the delegations module: exactly one of state_code and group_id is set), in order.
CREATE TABLE roundtable_co_chair (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    roundtable_id  BIGINT  NOT NULL,
    state_code     CHAR(2) NOT NULL,
    position       INT     NOT NULL,
    CONSTRAINT uq_roundtable_co_chair UNIQUE (roundtable_id, state_code),
    CONSTRAINT fk_roundtable_co_chair FOREIGN KEY (roundtable_id) REFERENCES roundtable_roundtable (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE roundtable_team_member (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    roundtable_id  BIGINT  NOT NULL,
    state_code     CHAR(2) NULL,
    group_id       BIGINT  NULL,
    position       INT     NOT NULL,
    CONSTRAINT ck_roundtable_team_member CHECK ((state_code IS NULL) <> (group_id IS NULL)),
    CONSTRAINT fk_roundtable_team_member FOREIGN KEY (roundtable_id) REFERENCES roundtable_roundtable (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outcome the rapporteur writes, one per roundtable. Each section keeps what was typed
-- (Markdown) and its sanitised HTML, the only form ever shown or printed. sdg_targets is the free
-- form the rapporteur typed ("10.7, 8.8"), parsed by the platform's SdgTargets.
-- status: DRAFT, SUBMITTED, REVIEWED, APPROVED, PUBLISHED. revision counts saves, for version history.
CREATE TABLE roundtable_outcome (
    roundtable_id         BIGINT       PRIMARY KEY,
    status                VARCHAR(20)  NOT NULL,
    key_messages          MEDIUMTEXT   NOT NULL,
    key_messages_html     MEDIUMTEXT   NOT NULL,
    recommendations       MEDIUMTEXT   NOT NULL,
    recommendations_html  MEDIUMTEXT   NOT NULL,
    practices             MEDIUMTEXT   NOT NULL,
    practices_html        MEDIUMTEXT   NOT NULL,
    sdg_targets           VARCHAR(500) NOT NULL,
    revision              INT          NOT NULL,
    updated_by            BIGINT       NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    published_at          DATETIME(6)  NULL,
    CONSTRAINT fk_roundtable_outcome FOREIGN KEY (roundtable_id) REFERENCES roundtable_roundtable (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
