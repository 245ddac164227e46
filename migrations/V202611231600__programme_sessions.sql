-- The programme of a summit: sessions in the venue's rooms with their chairs, speakers and
-- invitees, and private calendar feeds of personal agendas. summit_id, theme_id, room_id,
-- audience_group_id and registration_id name rows of other modules by id; no foreign key
-- crosses module tables.

-- One row per summit with a programme: the venue's time zone, and the lock every write of the
-- summit's sessions takes first, so two overlapping bookings cannot both pass their checks.
CREATE TABLE programme_calendar (
    summit_id  BIGINT      NOT NULL PRIMARY KEY,
    time_zone  VARCHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Times are the venue's wall-clock times in the calendar's zone. uid is the session's calendar
-- identity (RFC 5545 UID), kept across edits; sequence counts the edits for calendar clients.
CREATE TABLE programme_session (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    summit_id          BIGINT       NOT NULL,
    uid                VARCHAR(64)  NOT NULL,
    kind               VARCHAR(32)  NOT NULL,
    title              VARCHAR(300) NOT NULL,
    theme_id           BIGINT       NULL,
    room_id            BIGINT       NOT NULL,
    starts_at          DATETIME     NOT NULL,
    ends_at            DATETIME     NOT NULL,
    audience           VARCHAR(16)  NOT NULL,
    audience_group_id  BIGINT       NULL,
    expected_audience  INT          NULL,
    sequence           INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_programme_session_uid UNIQUE (uid),
    CONSTRAINT ck_programme_session_times CHECK (ends_at > starts_at),
    INDEX ix_programme_session_summit (summit_id, starts_at),
    INDEX ix_programme_session_room (room_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- part is CHAIR, SPEAKER or INVITED; position keeps the order the chair office gave.
CREATE TABLE programme_session_person (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id       BIGINT      NOT NULL,
    registration_id  BIGINT      NOT NULL,
    part             VARCHAR(16) NOT NULL,
    position         INT         NOT NULL,
    CONSTRAINT fk_programme_person_session FOREIGN KEY (session_id) REFERENCES programme_session (id) ON DELETE CASCADE,
    CONSTRAINT uq_programme_person UNIQUE (session_id, part, registration_id),
    INDEX ix_programme_person_registration (registration_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A personal agenda's calendar feed: only the SHA-256 of the token is kept, one live token per person.
CREATE TABLE programme_feed (
    registration_id  BIGINT    NOT NULL PRIMARY KEY,
    token_hash       BINARY(32) NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_programme_feed_token UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
