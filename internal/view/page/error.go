package page

import (
	"github.com/careeratlas/careeratlas/internal/view/layout"
)

// ErrorPage is shown for 404s, bad requests and failures.
type ErrorPage struct {
	Meta    layout.Meta
	Status  int
	Heading string
	Message string
}

// ErrorInput is an error's status and the words a visitor reads.
type ErrorInput struct {
	Common
	Status           int
	Heading, Message string
}

// NewErrorPage builds an error page.
func NewErrorPage(in ErrorInput) ErrorPage {
	m := in.Common.meta(in.Heading, in.Message, "")
	m.NoIndex = true
	return ErrorPage{Meta: m, Status: in.Status, Heading: in.Heading, Message: in.Message}
}
