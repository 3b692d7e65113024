package sheet

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func isUTF8(b []byte) bool { return utf8.Valid(b) }

// decodeCP1252 reads Windows-1252 text, which spreadsheet programs still
// write when they re-save a CSV.
func decodeCP1252(b []byte) string {
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return string(b)
	}
	return string(out)
}
