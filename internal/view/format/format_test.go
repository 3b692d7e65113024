package format

import (
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
)

func TestFormat(t *testing.T) {
	top := career.Amount{Value: 239200, State: career.TopCoded}
	tests := []struct {
		name, got, want string
	}{
		{"dollars", Dollars(career.KnownAmount(50250)), "$50,250"},
		{"dollars top-coded", Dollars(top), "$239,200 or more"},
		{"dollars missing", Dollars(career.Amount{}), "not available"},
		{"hourly", Hourly(career.KnownAmount(24.16)), "$24.16"},
		{"hourly top-coded", Hourly(career.Amount{Value: 115, State: career.TopCoded}), "$115.00 or more"},
		{"count", Count(career.KnownAmount(187910)), "187,910"},
		{"count million", Count(career.KnownAmount(3584420)), "3,584,420"},
		{"thousands", Thousands(career.KnownAmount(194.8)), "194,800"},
		{"thousands big", Thousands(career.KnownAmount(1579.8)), "1,579,800"},
		{"percent up", Percent(career.KnownAmount(7.1)), "+7.1%"},
		{"percent down", Percent(career.KnownAmount(-1.3)), "\u22121.3%"},
		{"percent zero", Percent(career.KnownAmount(0)), "0.0%"},
		{"small number", Number(999, 0), "999"},
		{"negative", Number(-1234.5, 1), "-1,234.5"},
		{"or", Or(""), "not available"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}
