-- +goose Up
-- What schools reported to IPEDS beyond the directory and completions:
-- Institutional Characteristics (admission policy, distance education),
-- Admissions (first-time undergraduate applicants and admitted, one fall)
-- and Student Financial Aid (grant aid and federal loans of full-time
-- first-time undergraduates, one academic year). A school missing from a
-- table is not in that survey's file: nothing it reported.
--
-- Each answer or figure is a column holding it when the school reported it
-- (answers: 1 yes, 0 no) and NULL otherwise, with an *_na column beside it
-- that is 1 when the question does not apply to the school (NULL and 0:
-- not reported, or imputed by NCES). See career.Reporting.

CREATE TABLE school_characteristics (
    unitid              INTEGER PRIMARY KEY REFERENCES institutions (unitid),
    open_admission      INTEGER,
    open_admission_na   INTEGER NOT NULL DEFAULT 0,
    online_programs     INTEGER,
    online_programs_na  INTEGER NOT NULL DEFAULT 0,
    online_undergrad    INTEGER,
    online_undergrad_na INTEGER NOT NULL DEFAULT 0,
    online_graduate     INTEGER,
    online_graduate_na  INTEGER NOT NULL DEFAULT 0,
    all_online          INTEGER,
    all_online_na       INTEGER NOT NULL DEFAULT 0,
    online_courses      INTEGER,
    online_courses_na   INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE school_admissions (
    unitid        INTEGER PRIMARY KEY REFERENCES institutions (unitid),
    applicants    INTEGER,
    applicants_na INTEGER NOT NULL DEFAULT 0,
    admitted      INTEGER,
    admitted_na   INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE school_aid (
    unitid          INTEGER PRIMARY KEY REFERENCES institutions (unitid),
    students        INTEGER, -- full-time first-time undergraduates
    students_na     INTEGER NOT NULL DEFAULT 0,
    grant_pct       INTEGER,
    grant_pct_na    INTEGER NOT NULL DEFAULT 0,
    grant_avg       INTEGER,
    grant_avg_na    INTEGER NOT NULL DEFAULT 0,
    fed_loan_pct    INTEGER,
    fed_loan_pct_na INTEGER NOT NULL DEFAULT 0,
    fed_loan_avg    INTEGER,
    fed_loan_avg_na INTEGER NOT NULL DEFAULT 0
) STRICT;

-- +goose Down
DROP TABLE school_aid;
DROP TABLE school_admissions;
DROP TABLE school_characteristics;
