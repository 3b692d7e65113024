-- +goose Up
-- A page of school results lists each school's programs in the area it
-- was searched by. With the credential group and the award count in the
-- index, that read needs no lookup in the table for each program.
DROP INDEX completions_family;
CREATE INDEX completions_family ON completions (family, unitid, grp, total);

-- +goose Down
DROP INDEX completions_family;
CREATE INDEX completions_family ON completions (family, unitid);
