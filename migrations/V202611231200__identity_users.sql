-- Users, their roles (each with an optional scope) and their personal API tokens.
CREATE TABLE identity_user (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    language       VARCHAR(8)   NOT NULL DEFAULT 'en',
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP(3) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_identity_user_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE identity_role_grant (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(32) NOT NULL,
    scope    VARCHAR(64) NULL,
    CONSTRAINT fk_identity_role_grant_user FOREIGN KEY (user_id) REFERENCES identity_user (id) ON DELETE CASCADE,
    CONSTRAINT uq_identity_role_grant UNIQUE (user_id, role, scope)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE identity_api_token (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    prefix        VARCHAR(12)  NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    last_used_at  TIMESTAMP(3) NULL,
    revoked_at    TIMESTAMP(3) NULL,
    CONSTRAINT fk_identity_api_token_user FOREIGN KEY (user_id) REFERENCES identity_user (id) ON DELETE CASCADE,
    CONSTRAINT uq_identity_api_token_hash UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
