-- +goose Up
-- Schools: the IPEDS directory and completions, programs of study (CIP),
-- the CIP–SOC crosswalk, and places for distance searches.

CREATE TABLE states (
    code TEXT PRIMARY KEY,
    fips TEXT NOT NULL,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE places (
    zip   TEXT PRIMARY KEY,
    name  TEXT NOT NULL,
    state TEXT NOT NULL,
    lat   REAL NOT NULL,
    lon   REAL NOT NULL
) STRICT;

-- Every CIP code: 2-digit families, 4-digit series, 6-digit programs.
CREATE TABLE programs (
    cip    TEXT PRIMARY KEY,
    title  TEXT NOT NULL,
    family TEXT NOT NULL
) STRICT;

CREATE TABLE institutions (
    unitid  INTEGER PRIMARY KEY,
    slug    TEXT NOT NULL,
    name    TEXT NOT NULL,
    address TEXT NOT NULL,
    city    TEXT NOT NULL,
    state   TEXT NOT NULL,
    zip     TEXT NOT NULL,
    website TEXT NOT NULL,
    control INTEGER NOT NULL,
    level   INTEGER NOT NULL,
    lat     REAL,
    lon     REAL,
    total   INTEGER NOT NULL DEFAULT 0 -- awards in all programs (IPEDS CIP 99)
) STRICT;

CREATE INDEX institutions_state ON institutions (state, name);
CREATE INDEX institutions_lat ON institutions (lat);

-- Awards conferred, first majors, by program and award level.
CREATE TABLE completions (
    unitid INTEGER NOT NULL REFERENCES institutions (unitid),
    cip    TEXT NOT NULL REFERENCES programs (cip),
    family TEXT NOT NULL,
    award  INTEGER NOT NULL,
    grp    TEXT NOT NULL,
    total  INTEGER NOT NULL,
    PRIMARY KEY (cip, unitid, award)
) STRICT, WITHOUT ROWID;

CREATE INDEX completions_family ON completions (family, unitid);
CREATE INDEX completions_unit ON completions (unitid, total DESC);

-- Awards summed by area of study (CIP family) and credential group, so
-- that searches by area read a few rows per school instead of every program.
CREATE TABLE family_awards (
    family TEXT NOT NULL,
    unitid INTEGER NOT NULL REFERENCES institutions (unitid),
    grp    TEXT NOT NULL,
    total  INTEGER NOT NULL,
    PRIMARY KEY (family, unitid, grp)
) STRICT, WITHOUT ROWID;

CREATE INDEX family_awards_grp ON family_awards (grp, unitid);

CREATE TABLE pathways (
    cip TEXT NOT NULL REFERENCES programs (cip),
    soc TEXT NOT NULL REFERENCES occupations (soc),
    PRIMARY KEY (cip, soc)
) STRICT, WITHOUT ROWID;

CREATE INDEX pathways_soc ON pathways (soc, cip);

-- +goose Down
DROP TABLE pathways;
DROP TABLE family_awards;
DROP TABLE completions;
DROP TABLE institutions;
DROP TABLE programs;
DROP TABLE places;
DROP TABLE states;
