-- Questions the chair office adds to the registration form of one summit, and the answers given
-- for each registration. A field may be shown only when an earlier choice or yes/no field has a
-- given answer; pointing only backwards (by position) keeps conditions free of cycles.
CREATE TABLE delegation_custom_field (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    summit_id            BIGINT        NOT NULL,
    position             INT           NOT NULL,
    label                VARCHAR(200)  NOT NULL,
    type                 VARCHAR(16)   NOT NULL,
    -- The choices of a CHOICE field, one per line (a choice may not contain a line break).
    choices              TEXT          NULL,
    required             BOOLEAN       NOT NULL,
    shown_when_field_id  BIGINT        NULL,
    shown_when_value     VARCHAR(200)  NULL,
    CONSTRAINT uq_delegation_custom_field_label UNIQUE (summit_id, label),
    CONSTRAINT uq_delegation_custom_field_position UNIQUE (summit_id, position),
    CONSTRAINT fk_delegation_custom_field_condition FOREIGN KEY (shown_when_field_id) REFERENCES delegation_custom_field (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delegation_custom_answer (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    registration_id  BIGINT        NOT NULL,
    field_id         BIGINT        NOT NULL,
    answer           VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_delegation_custom_answer_registration FOREIGN KEY (registration_id) REFERENCES delegation_registration (id) ON DELETE CASCADE,
    CONSTRAINT fk_delegation_custom_answer_field FOREIGN KEY (field_id) REFERENCES delegation_custom_field (id) ON DELETE CASCADE,
    CONSTRAINT uq_delegation_custom_answer UNIQUE (registration_id, field_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per summit whose form has fields: the lock that adding or changing a field takes first,
-- so positions and conditions are decided one writer at a time.
CREATE TABLE delegation_custom_form (
    summit_id  BIGINT PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
