-- What a person tells about themselves for the Open Space: a short bio, their interests, and
-- whether other attendees may find them at all (off until they say otherwise).
CREATE TABLE identity_profile (
    user_id    BIGINT        PRIMARY KEY,
    bio        VARCHAR(1000) NULL,
    interests  VARCHAR(500)  NULL,
    findable   BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_identity_profile_user FOREIGN KEY (user_id) REFERENCES identity_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
