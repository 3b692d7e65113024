-- +goose Up
-- The database is a build product of content/: seed writes it once,
-- serve opens it read-only.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE sources (
    dataset        TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    release        TEXT NOT NULL,
    file           TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    rows           INTEGER NOT NULL,
    top_hourly     REAL,
    top_annual     REAL,
    base_year      INTEGER,
    projected_year INTEGER
) STRICT;

CREATE TABLE groups (
    code  TEXT PRIMARY KEY,
    slug  TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    count INTEGER NOT NULL
) STRICT;

CREATE TABLE occupations (
    soc              TEXT PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    group_code       TEXT NOT NULL REFERENCES groups (code),
    summary          TEXT NOT NULL DEFAULT '',
    what_they_do     TEXT NOT NULL DEFAULT '',
    work_environment TEXT NOT NULL DEFAULT '',
    how_to_become    TEXT NOT NULL DEFAULT '',
    updated          TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX occupations_group ON occupations (group_code, title);

-- OEWS estimates. A NULL figure is not available; a top-coded one holds
-- the survey's ceiling and has its bit set in top_coded (bit 0 hourly_mean,
-- 1 annual_mean, 2..6 hourly percentiles, 7..11 annual percentiles).
CREATE TABLE wages (
    area        TEXT NOT NULL,
    area_title  TEXT NOT NULL,
    area_type   TEXT NOT NULL,
    soc         TEXT NOT NULL,
    title       TEXT NOT NULL,
    level       TEXT NOT NULL,
    employment  INTEGER,
    hourly_mean REAL,
    annual_mean REAL,
    hourly_p10  REAL,
    hourly_p25  REAL,
    hourly_p50  REAL,
    hourly_p75  REAL,
    hourly_p90  REAL,
    annual_p10  REAL,
    annual_p25  REAL,
    annual_p50  REAL,
    annual_p75  REAL,
    annual_p90  REAL,
    top_coded   INTEGER NOT NULL DEFAULT 0,
    annual_only INTEGER NOT NULL DEFAULT 0,
    hourly_only INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (soc, area)
) STRICT;

-- Employment Projections; employment figures in thousands.
CREATE TABLE projections (
    soc           TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    summary       INTEGER NOT NULL,
    emp_base      REAL,
    emp_projected REAL,
    change        REAL,
    pct_change    REAL,
    openings      REAL,
    median_wage   REAL,
    median_top    INTEGER NOT NULL DEFAULT 0,
    education     TEXT NOT NULL,
    experience    TEXT NOT NULL,
    training      TEXT NOT NULL
) STRICT;

-- +goose Down
DROP TABLE projections;
DROP TABLE wages;
DROP TABLE occupations;
DROP TABLE groups;
DROP TABLE sources;
DROP TABLE meta;
