-- +goose Up
-- The credentials that usually lead into an occupation, where its profile
-- names them (study: in the front matter) because BLS's one typical entry
-- education leaves a common way in out: the school finder's keys,
-- space-separated, shortest first ("associate bachelor"); '' for the rest.
ALTER TABLE occupations ADD COLUMN study TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE occupations DROP COLUMN study;
