package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/publish"
	"github.com/careeratlas/careeratlas/internal/server"
)

// serveConfig is everything serve needs, from flags and the environment.
type serveConfig struct {
	addr, db, content, baseURL, logFormat string
	logLevel                              slog.Level
	dev                                   bool
}

func parseServeConfig(args []string, getenv func(string) string, stderr io.Writer) (serveConfig, error) {
	var c serveConfig
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", envOr(getenv, "CAREERATLAS_ADDR", ":8080"), "address to listen on, HOST:PORT")
	fs.StringVar(&c.db, "db", envOr(getenv, "CAREERATLAS_DB", "data/careeratlas.db"), "database file (rebuilt from content when it changes)")
	fs.StringVar(&c.content, "content", envOr(getenv, "CAREERATLAS_CONTENT", "content"), "content directory")
	fs.StringVar(&c.baseURL, "base-url", envOr(getenv, "CAREERATLAS_BASE_URL", ""), "public origin for canonical URLs (default http://localhost:PORT)")
	fs.StringVar(&c.logFormat, "log", envOr(getenv, "CAREERATLAS_LOG", "text"), "log format: text or json")
	fs.BoolVar(&c.dev, "dev", false, "development: reload within a second of a saved change under -content, and show content problems on every page")
	level := fs.String("log-level", envOr(getenv, "CAREERATLAS_LOG_LEVEL", "info"), "log level: debug, info, warn, error")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	var problems []string
	if fs.NArg() > 0 {
		problems = append(problems, fmt.Sprintf("unexpected arguments %q", fs.Args()))
	}
	if _, _, err := net.SplitHostPort(c.addr); err != nil {
		problems = append(problems, fmt.Sprintf("-addr %q: want HOST:PORT, like :8080", c.addr))
	}
	if c.logFormat != "text" && c.logFormat != "json" {
		problems = append(problems, fmt.Sprintf("-log %q: want text or json", c.logFormat))
	}
	if err := c.logLevel.UnmarshalText([]byte(*level)); err != nil {
		problems = append(problems, fmt.Sprintf("-log-level %q: want debug, info, warn or error", *level))
	}
	if fi, err := os.Stat(c.content); err != nil || !fi.IsDir() {
		problems = append(problems, fmt.Sprintf("-content %q: not a directory", c.content))
	}
	if c.baseURL == "" {
		_, port, _ := net.SplitHostPort(c.addr)
		c.baseURL = "http://localhost:" + port
	}
	c.baseURL = strings.TrimSuffix(c.baseURL, "/")
	if len(problems) > 0 {
		return c, fmt.Errorf("serve: %s", strings.Join(problems, "; "))
	}
	return c, nil
}

func newLogger(format string, level slog.Level, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseServeConfig(args, getenv, stderr)
	if err != nil {
		return err
	}
	log := newLogger(cfg.logFormat, cfg.logLevel, stderr)

	// 1–2. Open the database, rebuilding it first when content changed.
	live := publish.New(os.DirFS(cfg.content), cfg.db, log)
	stale, err := live.Start(ctx)
	if err != nil {
		printProblems(stderr, cfg.content, err)
		return fmt.Errorf("serve: no database to serve: %w", shortErr(err))
	}
	if stale != nil {
		printProblems(stderr, cfg.content, stale)
		log.Warn("content has problems; serving the last good database", "db", cfg.db)
	}
	defer live.Close()

	// 3. Build the handler.
	opts := server.Options{BaseURL: cfg.baseURL}
	if cfg.dev {
		opts.NoPageCache = true
		opts.Problems = live.Problems
		go live.Watch(ctx, 500*time.Millisecond)
		log.Info("development mode: watching for changes", "content", cfg.content)
	}
	handler, err := server.New(log, live.Current, opts)
	if err != nil {
		return err
	}

	// 4–5. Serve, with timeouts against slow clients.
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("serving", "addr", ln.Addr().String(), "url", cfg.baseURL, "db", cfg.db, "content", cfg.content)
	fmt.Fprintf(stdout, "Career Atlas is running at %s (listening on %s)\n", cfg.baseURL, ln.Addr())

	// SIGHUP reloads content without dropping requests.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)

	for {
		select {
		case err := <-errc:
			if errors.Is(err, http.ErrServerClosed) {
				return nil
			}
			return fmt.Errorf("serve: %w", err)
		case <-hup:
			if err := live.Reload(ctx); err != nil {
				printProblems(stderr, cfg.content, err)
				log.Warn("reload refused; still serving the last good content")
			} else {
				log.Info("content reloaded")
			}
		case <-ctx.Done():
			// 6–7. Shut down: finish in-flight requests, then close the DB (deferred).
			log.Info("shutting down")
			sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := srv.Shutdown(sctx); err != nil {
				return fmt.Errorf("serve: shutdown: %w", err)
			}
			return nil
		}
	}
}

// printProblems lists content problems as file:line: message.
func printProblems(w io.Writer, dir string, err error) {
	var inv *career.InvalidError
	if errors.As(err, &inv) {
		for _, p := range inv.Problems {
			p.File = prefixDir(dir, p.File)
			fmt.Fprintln(w, p)
		}
	}
}

// shortErr replaces a long problem list with its count.
func shortErr(err error) error {
	var inv *career.InvalidError
	if errors.As(err, &inv) {
		return fmt.Errorf("%d content problems (listed above)", len(inv.Problems))
	}
	return err
}
