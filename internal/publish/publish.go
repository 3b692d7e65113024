// Package publish turns content/ into the database the site serves: it
// validates the content, builds a new database file and swaps it in while
// requests keep being served. A failed build leaves the old one serving.
package publish

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/careeratlas/careeratlas/internal/career"
	"github.com/careeratlas/careeratlas/internal/content"
	"github.com/careeratlas/careeratlas/internal/site"
	"github.com/careeratlas/careeratlas/internal/store"
)

// closeDelay is how long a replaced database stays open, so requests that
// began on it can finish.
const closeDelay = 30 * time.Second

// Live holds the database the site is serving and replaces it safely.
type Live struct {
	content fs.FS
	path    string
	log     *slog.Logger

	mu       sync.Mutex // one reload at a time
	loader   content.Loader
	cur      atomic.Pointer[served]
	problems atomic.Pointer[[]string]
	// started fingerprints the content tree as Start first saw it, so that
	// Watch also notices a save made while Start was building.
	started string
}

// served is an open database with the site read from it, and the hashes
// of the content and the data it was built from.
type served struct {
	db       *store.DB
	site     *site.Site
	hash     string
	dataHash string
}

// New returns a Live for the content in fsys and the database at path.
// Call Start before serving.
func New(fsys fs.FS, path string, log *slog.Logger) *Live {
	return &Live{content: fsys, path: path, log: log}
}

// Current is the site to serve now; nil before Start succeeds.
func (l *Live) Current() *site.Site {
	if c := l.cur.Load(); c != nil {
		return c.site
	}
	return nil
}

// Start opens the database, first rebuilding it when the content has
// changed since it was built. When the content is invalid but an older
// database exists, Start serves that one and returns the problems in
// stale, so the caller can report them.
func (l *Live) Start(ctx context.Context) (stale error, err error) {
	l.started = stamp(l.content)
	store.RemoveStale(l.path) // left by a rebuild that was killed
	if err := l.Reload(ctx); err != nil {
		if oerr := l.swap(ctx); oerr != nil {
			return nil, err
		}
		return err, nil
	}
	return nil, nil
}

// Reload rebuilds the database when the content hash differs from the one
// being served (or the file on disk), then swaps it in. When the content
// has problems nothing changes, and Problems lists them until a reload
// succeeds.
func (l *Live) Reload(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	err := l.reload(ctx)
	l.setProblems(err)
	return err
}

func (l *Live) reload(ctx context.Context) error {
	hashes, err := content.HashTree(l.content)
	if err != nil {
		return err
	}
	if cur := l.cur.Load(); cur != nil {
		if cur.hash == hashes.All {
			return nil
		}
	} else if store.ContentHashOf(ctx, l.path) == hashes.All {
		return l.swap(ctx)
	}
	start := time.Now()
	cat, err := l.loader.LoadHashed(l.content, hashes)
	if err != nil {
		return fmt.Errorf("publish: content not published: %w", err)
	}
	// An edit of prose alone rewrites the prose of a copy of the served
	// database; anything else builds it anew.
	how := "whole"
	err = store.ErrDataChanged
	if cur := l.cur.Load(); cur != nil && cur.dataHash == cat.DataHash {
		how = "prose only"
		err = store.RefreshProse(ctx, l.path, cat)
	}
	if errors.Is(err, store.ErrDataChanged) {
		how = "whole"
		err = store.Build(ctx, l.path, cat)
	}
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	l.log.Info("database built", "path", l.path, "occupations", len(cat.Occupations), "rebuilt", how, "duration", time.Since(start))
	return l.swap(ctx)
}

// swap opens the file at path, reads the site from it and only then makes
// it current, so no request waits for shared state; the old database is
// closed once in-flight requests have had time to finish.
func (l *Live) swap(ctx context.Context) error {
	db, err := store.Open(ctx, l.path)
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	hash, err := db.ContentHash(ctx)
	if err != nil {
		db.Close()
		return fmt.Errorf("publish: %w", err)
	}
	dataHash, _ := db.DataHash(ctx) // empty for a database of older code: it is built again
	st, err := site.Load(ctx, db)
	if err != nil {
		db.Close()
		return fmt.Errorf("publish: %w", err)
	}
	if old := l.cur.Swap(&served{db: db, site: st, hash: hash, dataHash: dataHash}); old != nil {
		time.AfterFunc(closeDelay, func() { old.db.Close() })
	}
	return nil
}

// Close closes the current database.
func (l *Live) Close() error {
	if cur := l.cur.Swap(nil); cur != nil {
		return cur.db.Close()
	}
	return nil
}

// Seed validates the content in fsys and builds the database at path,
// whatever is there now.
func Seed(ctx context.Context, fsys fs.FS, path string) (*content.Catalog, error) {
	cat, err := content.Load(fsys)
	if err != nil {
		return nil, err
	}
	if err := store.Build(ctx, path, cat); err != nil {
		return nil, err
	}
	return cat, nil
}

// Problems returns the problems of the last refused reload, one per line
// as file:line: message, or nil when the served content is current.
func (l *Live) Problems() []string {
	p := l.problems.Load()
	if p == nil {
		return nil
	}
	return *p
}

func (l *Live) setProblems(err error) {
	if err == nil {
		l.problems.Store(nil)
		return
	}
	var lines []string
	var inv *career.InvalidError
	if errors.As(err, &inv) {
		for _, p := range inv.Problems {
			lines = append(lines, p.String())
		}
	} else {
		lines = []string{err.Error()}
	}
	l.problems.Store(&lines)
}

// Watch reloads whenever a file under the content tree changes, checking
// every interval, until ctx ends. It is for development: in production,
// send the server SIGHUP.
func (l *Live) Watch(ctx context.Context, interval time.Duration) {
	last := l.started
	if last == "" {
		last = stamp(l.content)
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now := stamp(l.content)
		if now == last {
			continue
		}
		last = now
		if err := l.Reload(ctx); err != nil {
			l.log.Warn("content has problems; still serving the last good content", "problems", len(l.Problems()))
		} else {
			l.log.Info("content reloaded")
		}
	}
}

// stamp fingerprints a tree cheaply by its files' names, sizes and times.
func stamp(fsys fs.FS) string {
	h := sha256.New()
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if info, err := d.Info(); err == nil {
			fmt.Fprintf(h, "%s\x00%d\x00%d\n", p, info.Size(), info.ModTime().UnixNano())
		}
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))
}
