// Package format turns figures into the words and numbers people read on
// the site: "$50,250", "$239,200 or more", "not available", "+7.1%".
package format

import (
	"math"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
)

// NotAvailable is what a suppressed or unpublished figure reads as.
const NotAvailable = "not available"

// Dollars formats an annual amount: "$50,250", "$239,200 or more".
func Dollars(a career.Amount) string { return money(a, 0) }

// Hourly formats an hourly amount: "$24.16", "$115.00 or more".
func Hourly(a career.Amount) string { return money(a, 2) }

func money(a career.Amount, decimals int) string {
	switch a.State {
	case career.Known:
		return "$" + Number(a.Value, decimals)
	case career.TopCoded:
		return "$" + Number(a.Value, decimals) + " or more"
	default:
		return NotAvailable
	}
}

// Count formats a count of people or jobs: "187,910".
func Count(a career.Amount) string {
	if a.State == career.Missing {
		return NotAvailable
	}
	return Number(a.Value, 0)
}

// Thousands formats a figure published in thousands as a whole count:
// 194.8 → "194,800".
func Thousands(a career.Amount) string {
	if a.State == career.Missing {
		return NotAvailable
	}
	return Number(math.Round(a.Value*1000), 0)
}

// Percent formats a change with its sign: "+7.1%", "−1.3%", "0.0%".
func Percent(a career.Amount) string {
	if a.State == career.Missing {
		return NotAvailable
	}
	s := strconv.FormatFloat(math.Abs(a.Value), 'f', 1, 64) + "%"
	switch {
	case a.Value > 0:
		return "+" + s
	case a.Value < 0:
		return "\u2212" + s
	}
	return s
}

// Number formats v with thousands separators and the given decimals.
func Number(v float64, decimals int) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if v < 0 && s != strings.Repeat("0", len(s)) {
		b.WriteString("-")
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// Or returns s, or "not available" when s is empty.
func Or(s string) string {
	if s == "" {
		return NotAvailable
	}
	return s
}
