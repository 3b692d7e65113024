-- +goose Up
-- BEA regional price parities: prices in a state against the nation (100).
CREATE TABLE price_parities (
    fips  TEXT PRIMARY KEY,
    name  TEXT NOT NULL,
    year  INTEGER NOT NULL,
    idx   REAL NOT NULL
) STRICT;

-- +goose Down
DROP TABLE price_parities;
