-- +goose Up
-- The job titles O*NET shows its own users, in O*NET's order: a profile's
-- "also called".
CREATE TABLE reported_titles (
    soc      TEXT NOT NULL REFERENCES occupations (soc),
    title    TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (soc, title)
) STRICT;

-- +goose Down
DROP TABLE reported_titles;
