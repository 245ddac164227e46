-- Stakeholder groups of a summit with their quotas, the registrations of delegates and the
-- history of every status change. summit_id and actor_user_id name rows of other modules by id;
-- no foreign key crosses module tables.

-- group_key makes "one per state, one per mechanism, one observer or invited group per name"
-- a unique key, so two concurrent creates cannot both succeed.
CREATE TABLE delegation_group (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    summit_id   BIGINT       NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    state_code  CHAR(2)      NULL,
    name        VARCHAR(200) NULL,
    group_key   VARCHAR(240) NOT NULL,
    places      INT          NOT NULL,
    CONSTRAINT uq_delegation_group_key UNIQUE (summit_id, group_key),
    CONSTRAINT ck_delegation_group_places CHECK (places >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delegation_group_role_quota (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id  BIGINT      NOT NULL,
    role      VARCHAR(32) NOT NULL,
    places    INT         NOT NULL,
    CONSTRAINT fk_delegation_role_quota_group FOREIGN KEY (group_id) REFERENCES delegation_group (id) ON DELETE CASCADE,
    CONSTRAINT uq_delegation_role_quota UNIQUE (group_id, role),
    CONSTRAINT ck_delegation_role_quota_places CHECK (places >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- summit_id is repeated from the group so that "one registration per e-mail per summit" is a
-- unique key. A waiting-list position is unique within its group (NULL for everyone not waiting).
CREATE TABLE delegation_registration (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    summit_id            BIGINT       NOT NULL,
    group_id             BIGINT       NOT NULL,
    given_name           VARCHAR(100) NOT NULL,
    family_name          VARCHAR(100) NOT NULL,
    latin_given_name     VARCHAR(100) NULL,
    latin_family_name    VARCHAR(100) NULL,
    organisation         VARCHAR(200) NOT NULL,
    title                VARCHAR(200) NULL,
    nationality          CHAR(2)      NOT NULL,
    residence            CHAR(2)      NOT NULL,
    gender               VARCHAR(16)  NULL,
    email                VARCHAR(254) NOT NULL,
    role                 VARCHAR(32)  NOT NULL,
    accessibility_needs  VARCHAR(1000) NULL,
    dietary_needs        VARCHAR(1000) NULL,
    status               VARCHAR(16)  NOT NULL,
    waitlist_position    INT          NULL,
    created_at           TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_delegation_registration_group FOREIGN KEY (group_id) REFERENCES delegation_group (id),
    CONSTRAINT uq_delegation_registration_email UNIQUE (summit_id, email),
    CONSTRAINT uq_delegation_registration_waitlist UNIQUE (group_id, waitlist_position),
    INDEX ix_delegation_registration_group_status (group_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- from_status is NULL for the first entry (the nomination or the place on the waiting list).
CREATE TABLE delegation_registration_history (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    registration_id  BIGINT       NOT NULL,
    from_status      VARCHAR(16)  NULL,
    to_status        VARCHAR(16)  NOT NULL,
    actor_user_id    BIGINT       NOT NULL,
    changed_at       TIMESTAMP(3) NOT NULL,
    reason           VARCHAR(1000) NULL,
    CONSTRAINT fk_delegation_history_registration FOREIGN KEY (registration_id) REFERENCES delegation_registration (id) ON DELETE CASCADE,
    INDEX ix_delegation_history_registration (registration_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
