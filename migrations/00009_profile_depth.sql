-- +goose Up
-- A full profile's outlook in our words, whether the work needs a licence,
-- and the organisations it points readers to; the day each dataset was
-- last imported, for the sitemaps.
ALTER TABLE sources ADD COLUMN imported TEXT NOT NULL DEFAULT '';

-- Each projection's growth category, set from content/growth.yaml, and
-- the scale itself (one row a category but decline) for the about page.
ALTER TABLE projections ADD COLUMN growth TEXT NOT NULL DEFAULT '';
CREATE TABLE growth_scale (
    key      TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    min_pct  REAL NOT NULL,
    release  TEXT NOT NULL
) STRICT;
ALTER TABLE occupations ADD COLUMN job_outlook TEXT NOT NULL DEFAULT '';
ALTER TABLE occupations ADD COLUMN license TEXT NOT NULL DEFAULT '';
ALTER TABLE occupations ADD COLUMN license_note TEXT NOT NULL DEFAULT '';

CREATE TABLE occupation_resources (
    soc      TEXT NOT NULL REFERENCES occupations (soc),
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    url      TEXT NOT NULL,
    about    TEXT NOT NULL,
    PRIMARY KEY (soc, position)
) STRICT;

-- +goose Down
DROP TABLE growth_scale;
ALTER TABLE projections DROP COLUMN growth;
DROP TABLE occupation_resources;
ALTER TABLE occupations DROP COLUMN license_note;
ALTER TABLE occupations DROP COLUMN license;
ALTER TABLE occupations DROP COLUMN job_outlook;
ALTER TABLE sources DROP COLUMN imported;
