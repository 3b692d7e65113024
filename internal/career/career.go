// Package career holds the domain types of Career Atlas: occupations, their
// wages and projections, and the kinds of error the rest of the program
// speaks in. It does no I/O.
package career

import (
	"errors"
	"fmt"
	"strings"
)

// Error kinds. Packages wrap these; the server maps them to status codes.
var (
	// ErrNotFound means the thing asked for does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid means the input was malformed.
	ErrInvalid = errors.New("invalid")
	// ErrConflict means the input contradicts data already present.
	ErrConflict = errors.New("conflict")
)

// Problem is one thing wrong with an input file, located by file and line.
type Problem struct {
	File    string
	Line    int
	Message string
}

// String formats the problem as "file:line: message".
func (p Problem) String() string {
	switch {
	case p.File == "":
		return p.Message
	case p.Line <= 0:
		return fmt.Sprintf("%s: %s", p.File, p.Message)
	default:
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message)
	}
}

// InvalidError collects every problem found in an input, so that an editor
// can fix them all in one pass. It matches ErrInvalid with errors.Is.
type InvalidError struct {
	Problems []Problem
}

// Error lists every problem, one per line.
func (e *InvalidError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Is reports that an InvalidError is an ErrInvalid.
func (e *InvalidError) Is(target error) bool { return target == ErrInvalid }

// Problems accumulates problems while a file is read.
type Problems []Problem

// Add records a problem at file:line.
func (ps *Problems) Add(file string, line int, format string, args ...any) {
	*ps = append(*ps, Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// Err returns nil when there are no problems, or an *InvalidError.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return &InvalidError{Problems: ps}
}
