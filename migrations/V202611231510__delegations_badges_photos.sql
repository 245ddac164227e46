-- The current print of each registration's badge, and each registration's photo, in tables of
-- their own so the registration row stays small (a list of thousands never drags photos along).

-- serial counts the prints: a reprint takes the next one, and only a token with the current
-- serial checks in, so a reprint revokes the badge it replaces.
CREATE TABLE delegation_badge (
    registration_id  BIGINT       NOT NULL PRIMARY KEY,
    serial           INT          NOT NULL,
    printed_at       TIMESTAMP(3) NOT NULL,
    printed_by       BIGINT       NOT NULL,
    CONSTRAINT fk_delegation_badge_registration FOREIGN KEY (registration_id) REFERENCES delegation_registration (id) ON DELETE CASCADE,
    CONSTRAINT ck_delegation_badge_serial CHECK (serial > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Badges printed before serials existed carry version 1 tokens, which read as serial 1.
INSERT INTO delegation_badge (registration_id, serial, printed_at, printed_by)
SELECT r.id, 1, COALESCE(MAX(h.changed_at), r.created_at), COALESCE(MAX(h.actor_user_id), 0)
FROM delegation_registration r
LEFT JOIN delegation_registration_history h ON h.registration_id = r.id AND h.to_status = 'BADGE_ISSUED'
WHERE r.status IN ('BADGE_ISSUED', 'CHECKED_IN')
GROUP BY r.id, r.created_at;

-- Always a JPEG we encoded ourselves from a decoded upload: never the uploaded bytes, so no
-- metadata (EXIF, GPS) and nothing that is not an image survives.
CREATE TABLE delegation_photo (
    registration_id  BIGINT       NOT NULL PRIMARY KEY,
    jpeg             MEDIUMBLOB   NOT NULL,
    width            INT          NOT NULL,
    height           INT          NOT NULL,
    updated_at       TIMESTAMP(3) NOT NULL,
    updated_by       BIGINT       NOT NULL,
    CONSTRAINT fk_delegation_photo_registration FOREIGN KEY (registration_id) REFERENCES delegation_registration (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
