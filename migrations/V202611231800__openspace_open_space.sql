-- The Open Space: its periods (programme sessions of kind OPEN_SPACE), the slot length, meeting
-- places, meeting requests with their invitees, and booked meetings. People are registrations of
-- the delegations module, by id (no foreign key crosses modules).
--
-- The booking rules hold in the database (docs/decisions/0012): a meeting's place and slot are
-- unique; every participant of a meeting holds one openspace_busy row per slot, unique per person
-- and slot; and a meeting carries its place's capacity through a composite foreign key, with a
-- CHECK that its size fits.

CREATE TABLE openspace_settings (
    summit_id     BIGINT   PRIMARY KEY,
    slot_minutes  INT      NOT NULL,
    CONSTRAINT ck_openspace_settings_slot CHECK (slot_minutes BETWEEN 5 AND 240)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A period copies its session's times when picked, so slots stay fixed while meetings exist.
CREATE TABLE openspace_period (
    id          BIGINT       AUTO_INCREMENT PRIMARY KEY,
    summit_id   BIGINT       NOT NULL,
    session_id  BIGINT       NOT NULL,
    title       VARCHAR(300) NOT NULL,
    starts_at   DATETIME     NOT NULL,
    ends_at     DATETIME     NOT NULL,
    CONSTRAINT uq_openspace_period_session UNIQUE (session_id),
    CONSTRAINT ck_openspace_period_times CHECK (ends_at > starts_at),
    INDEX ix_openspace_period_summit (summit_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE openspace_place (
    id         BIGINT       AUTO_INCREMENT PRIMARY KEY,
    summit_id  BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    capacity   INT          NOT NULL,
    CONSTRAINT uq_openspace_place_name UNIQUE (summit_id, name),
    -- the target of the meetings' composite key, so a meeting always knows its place's capacity
    CONSTRAINT uq_openspace_place_capacity UNIQUE (id, capacity),
    CONSTRAINT ck_openspace_place_capacity CHECK (capacity BETWEEN 2 AND 50)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person who requests; locked by each new request so the cap on open requests and
-- the rate limit hold when several instances take requests at once.
CREATE TABLE openspace_requester (
    person_id  BIGINT PRIMARY KEY
) ENGINE = InnoDB;

CREATE TABLE openspace_request (
    id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
    summit_id     BIGINT        NOT NULL,
    requester_id  BIGINT        NOT NULL,
    -- null: any slot, placed later by the chair office's scheduler
    slot_start    DATETIME      NULL,
    message       VARCHAR(500)  NULL,
    status        VARCHAR(20)   NOT NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    changed_at    TIMESTAMP(6)  NOT NULL,
    INDEX ix_openspace_request_requester (requester_id, status),
    INDEX ix_openspace_request_summit (summit_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE openspace_invitee (
    request_id    BIGINT       NOT NULL,
    person_id     BIGINT       NOT NULL,
    response      VARCHAR(10)  NOT NULL,
    responded_at  TIMESTAMP(6) NULL,
    PRIMARY KEY (request_id, person_id),
    INDEX ix_openspace_invitee_person (person_id),
    CONSTRAINT fk_openspace_invitee_request FOREIGN KEY (request_id) REFERENCES openspace_request (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE openspace_meeting (
    id              BIGINT       AUTO_INCREMENT PRIMARY KEY,
    summit_id       BIGINT       NOT NULL,
    request_id      BIGINT       NOT NULL,
    place_id        BIGINT       NOT NULL,
    place_capacity  INT          NOT NULL,
    size            INT          NOT NULL,
    slot_start      DATETIME     NOT NULL,
    slot_end        DATETIME     NOT NULL,
    booked_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_openspace_meeting_request UNIQUE (request_id),
    CONSTRAINT uq_openspace_meeting_place_slot UNIQUE (place_id, slot_start),
    CONSTRAINT fk_openspace_meeting_request FOREIGN KEY (request_id) REFERENCES openspace_request (id) ON DELETE CASCADE,
    -- a place's capacity cannot change under its meetings, and no meeting is bigger than its place
    CONSTRAINT fk_openspace_meeting_place FOREIGN KEY (place_id, place_capacity) REFERENCES openspace_place (id, capacity),
    CONSTRAINT ck_openspace_meeting_size CHECK (size >= 2 AND size <= place_capacity),
    INDEX ix_openspace_meeting_summit (summit_id, slot_start)
) ENGINE = InnoDB;

-- Who is taken when: one row per participant of a meeting. The primary key is the rule that
-- nobody is in two meetings in one slot.
CREATE TABLE openspace_busy (
    summit_id   BIGINT   NOT NULL,
    slot_start  DATETIME NOT NULL,
    person_id   BIGINT   NOT NULL,
    meeting_id  BIGINT   NOT NULL,
    PRIMARY KEY (summit_id, slot_start, person_id),
    INDEX ix_openspace_busy_meeting (meeting_id),
    INDEX ix_openspace_busy_person (person_id),
    CONSTRAINT fk_openspace_busy_meeting FOREIGN KEY (meeting_id) REFERENCES openspace_meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB;
