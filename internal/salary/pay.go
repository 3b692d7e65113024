package salary

import (
	"math"
	"strconv"
	"strings"
)

// The bounds of plausible pay. BLS's annual figures are an hourly wage
// times 2,080 hours (a full year of full-time work), so a year's pay is
// held to the same bounds as an hour's, times HoursPerYear.
//
// They come from the national OEWS figures (May 2025), with a wide
// margin either side so that no real pay is refused:
//
//   - the lowest 10th percentile of any occupation is $8.70 an hour
//     (waiters and waitresses, tips included); MinHourly is under half
//     of it, and MinAnnual ($8,320) is under half of the lowest annual
//     10th percentile ($18,100);
//   - the highest 90th percentile is $349.35 an hour (pediatric
//     surgeons) and $742,310 a year (athletes, paid by the year);
//     MaxHourly is twice the hourly one, and MaxAnnual ($1,456,000)
//     nearly twice the annual one.
//
// Between the bounds the unit tells the two apart: the most an hour is
// far less than the least a year, so 21.50 "a year" can only be an
// hour's pay and 45,000 "an hour" only a year's. TestBoundsFitTheData
// checks the margins against the current content.
const (
	MinHourly = 4.0
	MaxHourly = 700.0
	MinAnnual = MinHourly * HoursPerYear
	MaxAnnual = MaxHourly * HoursPerYear
)

// Pay is what a person typed as their pay, read.
type Pay struct {
	// Annual is the pay for a year; 0 when there is a problem.
	Annual float64
	// Problem, worded for the person, says why the pay cannot be used.
	Problem string
	// Meant, with a problem, is the unit the amount must have been in
	// ("hour" for 21.50 typed as a year's pay), and Amount the amount
	// typed, so the page can offer the correction.
	Meant  string
	Amount float64
}

// ParsePay reads pay as a person types it ("45,000", "$21.50") for a year
// or an hour (per is "year" or "hour"; anything else counts as a year)
// and checks that it is a pay someone could earn in that unit.
func ParsePay(text, per string) Pay {
	n, ok := parseMoney(text)
	switch {
	case !ok:
		return Pay{Problem: strconv.Quote(text) + " is not an amount of money; write it like 45000 or 21.50."}
	case n <= 0:
		return Pay{Problem: "Your pay must be more than zero."}
	}
	hourly := per == "hour"
	lo, hi := MinAnnual, MaxAnnual
	if hourly {
		lo, hi = MinHourly, MaxHourly
	}
	if n >= lo && n <= hi {
		if hourly {
			return Pay{Annual: n * HoursPerYear}
		}
		return Pay{Annual: n}
	}
	// Out of bounds for the unit given: is it a pay in the other one?
	other := "hour"
	if hourly {
		other = "year"
	}
	if hourly && n >= MinAnnual && n <= MaxAnnual || !hourly && n >= MinHourly && n <= MaxHourly {
		p := Pay{Meant: other, Amount: n}
		if hourly {
			p.Problem = dollars(n) + " is far more than anyone is paid for an hour's work."
		} else {
			p.Problem = dollars(n) + " is far less than anyone is paid for a year's work."
		}
		return p
	}
	switch {
	case n > hi:
		return Pay{Problem: dollars(n) + " is beyond the pay the wage survey covers: we compare pay up to " +
			dollars(MaxAnnual) + " a year, or " + dollars(MaxHourly) + " an hour. Check the amount."}
	case hourly:
		return Pay{Problem: dollars(n) + " an hour is below any wage the survey covers: we compare pay from " +
			dollars(MinHourly) + " an hour. If you earn tips, count them in."}
	}
	return Pay{Problem: dollars(n) + " a year is less than full-time work pays at " + dollars(MinHourly) +
		" an hour, the least we compare; the figures are for a full year of full-time work. If you work part time, give your pay for an hour instead."}
}

// parseMoney reads an amount of money as people write it: digits with
// or without thousands commas, a decimal part, a dollar sign and a
// minus sign in front. Anything else (words, "1e5", "45 000", "NaN") is
// not money.
func parseMoney(text string) (float64, bool) {
	s := strings.TrimSpace(text)
	neg := false
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		neg, s = true, strings.TrimSpace(rest)
	}
	s = strings.TrimSpace(strings.TrimPrefix(s, "$"))
	if rest, ok := strings.CutPrefix(s, "-"); ok && !neg {
		neg, s = true, rest
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	if hasFrac && (frac == "" || !allDigits(frac)) {
		return 0, false
	}
	if whole == "" {
		if !hasFrac {
			return 0, false
		}
		whole = "0"
	}
	if strings.Contains(whole, ",") {
		groups := strings.Split(whole, ",")
		if len(groups[0]) > 3 {
			return 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false
			}
		}
		whole = strings.Join(groups, "")
	}
	if !allDigits(whole) || len(whole) > 15 {
		return 0, false
	}
	n, err := strconv.ParseFloat(whole+"."+frac+"0", 64)
	if err != nil || math.IsInf(n, 0) {
		return 0, false
	}
	if neg {
		n = -n
	}
	return n, true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// dollars writes an amount as a person would: "$21.50", "$45,000".
func dollars(v float64) string {
	cents := math.Round(v * 100)
	whole := strconv.FormatFloat(math.Floor(cents/100), 'f', 0, 64)
	var b strings.Builder
	b.WriteByte('$')
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if c := int(math.Mod(cents, 100)); c != 0 {
		b.WriteString("." + strconv.Itoa(100 + c)[1:])
	}
	return b.String()
}
