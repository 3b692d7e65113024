package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/view/page"
)

// retryAfter is the Retry-After of every 503, in seconds.
const retryAfter = "5"

// errNoSite is the error while no site has been loaded yet.
var errNoSite = errors.New("server: no site loaded yet")

// errorKind is how one kind of error is shown: its status and the words a
// visitor reads.
type errorKind struct {
	kind             error
	status           int
	heading, message string
}

// errorKinds maps error kinds to what a visitor sees; anything else is
// internalError. Visitors never see the error's own text.
var errorKinds = []errorKind{
	{career.ErrNotFound, http.StatusNotFound, "Page not found",
		"We could not find that page. It may have moved, or the address may be mistyped."},
	{career.ErrInvalid, http.StatusBadRequest, "That request did not make sense",
		"Something in the address is not in a form we understand."},
	{career.ErrConflict, http.StatusConflict, "That did not work",
		"The request conflicts with the current data."},
	{errNoSite, http.StatusServiceUnavailable, "Starting up",
		"The site is loading its data. Please try again in a moment."},
	{errBusy, http.StatusServiceUnavailable, "Busy right now",
		"Many searches are running at the moment. Please try again in a few seconds."},
	{context.DeadlineExceeded, http.StatusServiceUnavailable, "That took too long",
		"We could not answer in time. Please try again in a moment, or narrow the search."},
}

// internalError is what a visitor sees of any other error.
var internalError = errorKind{nil, http.StatusInternalServerError, "Something went wrong",
	"We could not show this page. The problem is ours, not yours; please try again in a moment."}

// headingFor returns the words for a status from the table.
func headingFor(status int) errorKind {
	for _, k := range errorKinds {
		if k.status == status {
			return k
		}
	}
	return internalError
}

// statusError is an error with the status and words a visitor should see,
// for what the table cannot say: a form's problems, a refused method.
type statusError struct {
	status           int
	heading, message string
	err              error
}

func (e *statusError) Error() string {
	if e.err != nil {
		return e.err.Error()
	}
	return e.message
}
func (e *statusError) Unwrap() error { return e.err }

// statusOf says how an error is shown. A request whose deadline passed
// is shown as such whatever the error says: a query stopped by its
// context may report only that it was interrupted.
func statusOf(r *http.Request, err error) errorKind {
	if ctxErr := r.Context().Err(); ctxErr != nil && !errors.Is(err, errNoSite) {
		err = context.DeadlineExceeded
	}
	var se *statusError
	if errors.As(err, &se) {
		return errorKind{status: se.status, heading: se.heading, message: se.message}
	}
	for _, k := range errorKinds {
		if errors.Is(err, k.kind) {
			return k
		}
	}
	return internalError
}

// renderError shows the designed error page. Visitors never see internal
// error text; 5xx errors are logged with it.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, err error) {
	k := statusOf(r, err)
	log := s.log.With("method", r.Method, "path", r.URL.Path, "status", k.status, "request_id", requestID(r.Context()))
	if k.status == http.StatusInternalServerError {
		log.Error("request failed", "error", err)
		s.write500(w)
		return
	}
	if k.status >= 500 {
		log.Warn("request refused", "error", err)
		w.Header().Set("Retry-After", retryAfter)
		if b, ok := s.unavailable[k.kind]; ok && s.opts.Problems == nil {
			writeErrorPage(w, k.status, b)
			return
		}
	} else {
		log.Info("request refused", "error", err)
	}
	var buf bytes.Buffer
	in := page.ErrorInput{Common: s.common(s.current()), Status: k.status, Heading: k.heading, Message: k.message}
	// The request may have timed out: render the page all the same.
	if rerr := page.Error(page.NewErrorPage(in)).Render(context.WithoutCancel(r.Context()), &buf); rerr != nil {
		log.Error("render error page", "error", rerr)
		s.write500(w)
		return
	}
	writeErrorPage(w, k.status, buf.Bytes())
}

func (s *Server) write500(w http.ResponseWriter) {
	writeErrorPage(w, http.StatusInternalServerError, s.page500)
}

// writeErrorPage sends an error page, never to be cached.
func writeErrorPage(w http.ResponseWriter, status int, page []byte) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(page)
}

// notFound is the error for unknown paths and slugs.
func notFound(what string) error {
	return fmt.Errorf("server: %s: %w", what, career.ErrNotFound)
}

// badRequest is a 400 that lists a form's problems.
func badRequest(heading string, problems []string) error {
	return &statusError{status: http.StatusBadRequest, heading: heading, message: strings.Join(problems, "\n")}
}
