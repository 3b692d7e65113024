-- +goose Up
-- Editorial lists: a filter and an order over the occupations, and our prose.
CREATE TABLE lists (
    slug    TEXT PRIMARY KEY,
    title   TEXT NOT NULL,
    summary TEXT NOT NULL,
    body    TEXT NOT NULL,
    updated TEXT NOT NULL,
    filter  TEXT NOT NULL, -- JSON of finder.Filter
    sort    TEXT NOT NULL,
    size    INTEGER NOT NULL
) STRICT;

-- +goose Down
DROP TABLE lists;
