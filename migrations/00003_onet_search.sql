-- +goose Up
-- O*NET data by SOC code, and full-text search over occupations and schools.

CREATE TABLE interests (
    soc           TEXT PRIMARY KEY REFERENCES occupations (soc),
    realistic     REAL NOT NULL,
    investigative REAL NOT NULL,
    artistic      REAL NOT NULL,
    social        REAL NOT NULL,
    enterprising  REAL NOT NULL,
    conventional  REAL NOT NULL
) STRICT;

CREATE TABLE related (
    soc     TEXT NOT NULL REFERENCES occupations (soc),
    related TEXT NOT NULL REFERENCES occupations (soc),
    rank    INTEGER NOT NULL,
    PRIMARY KEY (soc, rank)
) STRICT, WITHOUT ROWID;

CREATE TABLE job_zones (
    soc  TEXT PRIMARY KEY REFERENCES occupations (soc),
    zone INTEGER NOT NULL
) STRICT;

CREATE TABLE alt_titles (
    soc   TEXT NOT NULL REFERENCES occupations (soc),
    title TEXT NOT NULL
) STRICT;

CREATE INDEX alt_titles_soc ON alt_titles (soc);

-- Titles weigh most, then other titles, then our summary and prose.
CREATE VIRTUAL TABLE occupation_search USING fts5 (
    soc UNINDEXED, title, alt_titles, summary, body,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE VIRTUAL TABLE school_search USING fts5 (
    unitid UNINDEXED, name, city,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- The words of titles and other titles, for correcting misspelt searches.
CREATE TABLE search_words (
    word  TEXT PRIMARY KEY,
    count INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- +goose Down
DROP TABLE search_words;
DROP TABLE school_search;
DROP TABLE occupation_search;
DROP TABLE alt_titles;
DROP TABLE job_zones;
DROP TABLE related;
DROP TABLE interests;
