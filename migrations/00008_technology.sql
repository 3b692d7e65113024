-- +goose Up
-- The software and technology used in each occupation (O*NET Technology
-- Skills), with O*NET's flags for what employers ask for.
CREATE TABLE technology (
    soc       TEXT NOT NULL REFERENCES occupations (soc),
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    hot       INTEGER NOT NULL,
    in_demand INTEGER NOT NULL,
    PRIMARY KEY (soc, name)
) STRICT;

-- The technology of each occupation, searched apart from titles and prose
-- so that long lists of products do not dilute their ranking; what its
-- employers ask for especially counts most.
CREATE VIRTUAL TABLE tool_search USING fts5 (
    soc UNINDEXED, in_demand, tools,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- +goose Down
DROP TABLE tool_search;
DROP TABLE technology;
