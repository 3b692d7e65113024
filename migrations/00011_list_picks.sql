-- +goose Up
-- Hand-picked lists: the occupations an editor chose, in order, each with
-- the reason (JSON of []finder.Pick); '[]' for a list chosen by its filter.
ALTER TABLE lists ADD COLUMN picks TEXT NOT NULL DEFAULT '[]';

-- +goose Down
ALTER TABLE lists DROP COLUMN picks;
