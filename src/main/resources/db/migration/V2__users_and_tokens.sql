-- Accounts (one role; a UNIT_HEAD belongs to exactly one unit) and personal API tokens (SPEC 5a).
-- Passwords are stored only as DelegatingPasswordEncoder hashes ("{bcrypt}..."), tokens only as SHA-256.
CREATE TABLE app_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    version             BIGINT       NOT NULL DEFAULT 0,
    username            VARCHAR(60)  NOT NULL,
    display_name        VARCHAR(120) NOT NULL,
    email               VARCHAR(200) NULL,
    password_hash       VARCHAR(200) NOT NULL,
    role                VARCHAR(20)  NOT NULL,
    unit_id             BIGINT       NULL,
    locale              VARCHAR(10)  NOT NULL,
    locked              BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_logins       INT          NOT NULL DEFAULT 0,
    first_failed_at     DATETIME(6)  NULL,
    locked_until        DATETIME(6)  NULL,
    password_changed_at DATETIME(6)  NULL,
    last_login_at       DATETIME(6)  NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_app_user_role ON app_user (role);

CREATE TABLE api_token (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    version      BIGINT      NOT NULL DEFAULT 0,
    user_id      BIGINT      NOT NULL,
    name         VARCHAR(80) NOT NULL,
    token_hash   VARCHAR(64) NOT NULL,
    token_prefix VARCHAR(16) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    last_used_at DATETIME(6) NULL,
    revoked_at   DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_api_token_user ON api_token (user_id);
