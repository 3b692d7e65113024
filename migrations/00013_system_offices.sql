-- +goose Up
-- The administrative offices of systems of schools (IPEDS SECTOR 0, such as
-- "SUNY-System Office"). They are not schools, but IPEDS gave them unit
-- IDs and the site once had pages for them: their old URLs answer 404
-- with the campuses of their system, found by the system's IPEDS code
-- (F1SYSCOD), which the schools now keep too ('' for none).

ALTER TABLE institutions ADD COLUMN system TEXT NOT NULL DEFAULT '';

CREATE INDEX institutions_system ON institutions (system, name);

CREATE TABLE system_offices (
    unitid      INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    system_code TEXT NOT NULL,
    system      TEXT NOT NULL
) STRICT;

-- +goose Down
DROP TABLE system_offices;
DROP INDEX institutions_system;
ALTER TABLE institutions DROP COLUMN system;
