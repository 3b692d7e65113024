// Package bls reads the official files of the U.S. Bureau of Labor
// Statistics: OEWS wage and employment workbooks and the Employment
// Projections table, in either workbook or CSV form. Parsers take the
// file's bytes and return domain rows, reporting every bad row as
// FILE:ROW: problem.
package bls

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
)

// parseFigure reads a published figure: thousands separators are dropped,
// the markers for "not available" give a missing amount, and the markers
// for top-coded wages give a TopCoded amount at ceiling.
func parseFigure(s string, decimals int, ceiling float64) (career.Amount, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ",", ""))
	s = strings.TrimPrefix(s, "$")
	switch s {
	case "", "*", "**", "—", "-", "–", "N/A", "n/a", "(8)", "~":
		return career.Amount{}, nil
	case "#":
		if ceiling == 0 {
			return career.Amount{}, fmt.Errorf("top-coded value # but no ceiling is known")
		}
		return career.Amount{Value: ceiling, State: career.TopCoded}, nil
	}
	state := career.Known
	if rest, ok := strings.CutPrefix(s, ">="); ok {
		s, state = strings.TrimPrefix(rest, "$"), career.TopCoded
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return career.Amount{}, fmt.Errorf("%q is not a number", s)
	}
	// Workbooks store 32.66 as 32.659999999999997: round to what BLS publishes.
	v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'f', decimals, 64), 64)
	return career.Amount{Value: v, State: state}, nil
}
