-- The marketplace of a summit: a floor plan with booths, exhibitors' applications with their
-- products, booth allocations and a shared stage with presentation slots. summit_id, user_id and
-- registration_id name rows of other modules by id (no foreign key crosses module tables).

-- One plan per summit: a grid of columns × rows cells, or an uploaded image (PNG or JPEG, checked
-- and decoded before it is stored). With an image, booth positions are percentages of its sides.
CREATE TABLE marketplace_floor_plan (
    summit_id     BIGINT PRIMARY KEY,
    grid_columns  INT          NOT NULL,
    grid_rows     INT          NOT NULL,
    image         MEDIUMBLOB   NULL,
    image_type    VARCHAR(20)  NULL,
    image_width   INT          NULL,
    image_height  INT          NULL,
    updated_by    BIGINT       NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT ck_marketplace_plan_grid CHECK (grid_columns BETWEEN 1 AND 40 AND grid_rows BETWEEN 1 AND 40)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A booth: its code is unique in the summit; x, y, w, h place it on the plan; area is its size in m².
CREATE TABLE marketplace_booth (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    summit_id  BIGINT      NOT NULL,
    code       VARCHAR(20) NOT NULL,
    area       INT         NOT NULL,
    x          INT         NOT NULL,
    y          INT         NOT NULL,
    w          INT         NOT NULL,
    h          INT         NOT NULL,
    CONSTRAINT uq_marketplace_booth_code UNIQUE (summit_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An exhibitor's application: one per person and summit, made by an accredited participant for
-- their organisation. decided_by/decided_at tell who set the current status and when.
CREATE TABLE marketplace_application (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    summit_id        BIGINT        NOT NULL,
    user_id          BIGINT        NOT NULL,
    registration_id  BIGINT        NOT NULL,
    organisation     VARCHAR(200)  NOT NULL,
    project_title    VARCHAR(200)  NOT NULL,
    description      TEXT          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    applied_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    decided_by       BIGINT        NULL,
    decided_at       DATETIME(6)   NULL,
    CONSTRAINT uq_marketplace_application_user UNIQUE (summit_id, user_id),
    INDEX ix_marketplace_application_status (summit_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every status an application took: who decided, when.
CREATE TABLE marketplace_decision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    decided_by      BIGINT       NOT NULL,
    decided_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_marketplace_decision FOREIGN KEY (application_id) REFERENCES marketplace_application (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an exhibitor shows: maps, publications, networks, tools; the link is http or https only.
CREATE TABLE marketplace_product (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT         NOT NULL,
    kind            VARCHAR(20)    NOT NULL,
    title           VARCHAR(200)   NOT NULL,
    description     TEXT           NOT NULL,
    link            VARCHAR(2000)  NULL,
    image           MEDIUMBLOB     NULL,
    image_type      VARCHAR(20)    NULL,
    CONSTRAINT fk_marketplace_product FOREIGN KEY (application_id) REFERENCES marketplace_application (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A booth holds one exhibitor (primary key) and an exhibitor holds one booth (unique key): the
-- database refuses the second of two officers giving the same booth at once.
CREATE TABLE marketplace_allocation (
    booth_id        BIGINT       PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    allocated_by    BIGINT       NOT NULL,
    allocated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_marketplace_allocation_exhibitor UNIQUE (application_id),
    CONSTRAINT fk_marketplace_allocation_booth FOREIGN KEY (booth_id) REFERENCES marketplace_booth (id) ON DELETE CASCADE,
    CONSTRAINT fk_marketplace_allocation_exhibitor FOREIGN KEY (application_id) REFERENCES marketplace_application (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The shared stage: slots set by the chair office, never overlapping (checked under the plan's row lock).
CREATE TABLE marketplace_stage_slot (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    summit_id  BIGINT       NOT NULL,
    starts_at  DATETIME     NOT NULL,
    ends_at    DATETIME     NOT NULL,
    CONSTRAINT uq_marketplace_stage_slot UNIQUE (summit_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A booking: one exhibitor per slot (primary key), one slot per exhibitor (unique key), so two
-- exhibitors booking the same slot at once cannot both succeed.
CREATE TABLE marketplace_stage_booking (
    slot_id         BIGINT       PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    booked_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_marketplace_stage_booking_exhibitor UNIQUE (application_id),
    CONSTRAINT fk_marketplace_stage_booking_slot FOREIGN KEY (slot_id) REFERENCES marketplace_stage_slot (id) ON DELETE CASCADE,
    CONSTRAINT fk_marketplace_stage_booking_exhibitor FOREIGN KEY (application_id) REFERENCES marketplace_application (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
