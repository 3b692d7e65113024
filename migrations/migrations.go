// Package migrations embeds the goose SQL migrations that define the
// database schema.
package migrations

import "embed"

// FS holds the *.sql migrations, applied in order by goose.
//
//go:embed *.sql
var FS embed.FS
