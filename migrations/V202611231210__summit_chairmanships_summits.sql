-- Chairmanships (one or more chair states, one term), summits, their themes and venue rooms.
CREATE TABLE summit_chairmanship (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    term_start  DATE   NOT NULL,
    term_end    DATE   NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT ck_summit_chairmanship_term CHECK (term_end >= term_start),
    INDEX ix_summit_chairmanship_start (term_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE summit_chairmanship_chair (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    chairmanship_id  BIGINT  NOT NULL,
    state_code       CHAR(2) NOT NULL,
    position         INT     NOT NULL,
    CONSTRAINT fk_summit_chair_chairmanship FOREIGN KEY (chairmanship_id) REFERENCES summit_chairmanship (id) ON DELETE CASCADE,
    CONSTRAINT uq_summit_chair UNIQUE (chairmanship_id, state_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE summit_summit (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    chairmanship_id    BIGINT       NOT NULL,
    title              VARCHAR(200) NOT NULL,
    edition            INT          NULL,
    city               VARCHAR(120) NOT NULL,
    venue              VARCHAR(200) NOT NULL,
    start_date         DATE         NOT NULL,
    end_date           DATE         NOT NULL,
    overarching_theme  VARCHAR(500) NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_summit_summit_chairmanship FOREIGN KEY (chairmanship_id) REFERENCES summit_chairmanship (id),
    CONSTRAINT ck_summit_summit_dates CHECK (end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- resource_person_id names an identity user by id; no foreign key crosses module tables.
CREATE TABLE summit_theme (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    summit_id           BIGINT       NOT NULL,
    position            INT          NOT NULL,
    title               VARCHAR(300) NOT NULL,
    description         TEXT         NULL,
    resource_person_id  BIGINT       NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_summit_theme_summit FOREIGN KEY (summit_id) REFERENCES summit_summit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE summit_room (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    summit_id   BIGINT       NOT NULL,
    name        VARCHAR(120) NOT NULL,
    capacity    INT          NOT NULL,
    floor_area  VARCHAR(120) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_summit_room_summit FOREIGN KEY (summit_id) REFERENCES summit_summit (id) ON DELETE CASCADE,
    CONSTRAINT uq_summit_room_name UNIQUE (summit_id, name),
    CONSTRAINT ck_summit_room_capacity CHECK (capacity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
