-- Seats at roundtables. registration_id names a registration of the delegations module by id (no
-- foreign key crosses module tables); a registration belongs to one summit, so a unique
-- registration_id is "one roundtable per delegate per summit".

-- A delegate's first, second and third choice: one row per choice, each roundtable at most once.
CREATE TABLE roundtable_preference (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    registration_id  BIGINT  NOT NULL,
    choice           TINYINT NOT NULL,
    roundtable_id    BIGINT  NOT NULL,
    CONSTRAINT uq_roundtable_preference_choice UNIQUE (registration_id, choice),
    CONSTRAINT uq_roundtable_preference UNIQUE (registration_id, roundtable_id),
    CONSTRAINT ck_roundtable_preference_choice CHECK (choice BETWEEN 1 AND 3),
    CONSTRAINT fk_roundtable_preference FOREIGN KEY (roundtable_id) REFERENCES roundtable_roundtable (id) ON DELETE CASCADE,
    INDEX ix_roundtable_preference_roundtable (roundtable_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- manual: placed by hand; the assignment keeps manual seats and replaces all others.
-- The capacity rule (never more seats than capacity) is checked under the roundtable's row lock.
CREATE TABLE roundtable_seat (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    roundtable_id    BIGINT      NOT NULL,
    registration_id  BIGINT      NOT NULL,
    manual           BOOLEAN     NOT NULL,
    assigned_by      BIGINT      NOT NULL,
    assigned_at      DATETIME(6) NOT NULL,
    CONSTRAINT uq_roundtable_seat_registration UNIQUE (registration_id),
    CONSTRAINT fk_roundtable_seat FOREIGN KEY (roundtable_id) REFERENCES roundtable_roundtable (id) ON DELETE CASCADE,
    INDEX ix_roundtable_seat_roundtable (roundtable_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
