-- +goose Up
-- The career assessment's activities, in the order they are asked.
CREATE TABLE assessment_items (
    id       TEXT PRIMARY KEY,
    area     TEXT NOT NULL,
    text     TEXT NOT NULL,
    position INTEGER NOT NULL
) STRICT;

-- +goose Down
DROP TABLE assessment_items;
