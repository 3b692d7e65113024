-- +goose Up
-- Every title of an occupation, its own and O*NET's others, a row each, so
-- that a search can tell words that fall in one title ("Nurse Aide") from
-- words spread over several. Stemmed like occupation_search: "nurse"
-- matches "Nurses" and "Nursing" but not "Nursery".
CREATE VIRTUAL TABLE title_search USING fts5 (
    soc UNINDEXED, own UNINDEXED, title,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- +goose Down
DROP TABLE title_search;
