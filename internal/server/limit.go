package server

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"
	"time"
)

// errBusy is the error when the expensive requests already running use
// the machine fully and the queue for them is full or too slow.
var errBusy = errors.New("server: too busy")

// gate lets a fixed number of expensive requests (searches, uncached
// school results, exports) run at once and queues a few more for a short
// while. The work is SQLite queries and rendering, bound by the CPU: with
// more at once than the machine has cores, each only takes longer and
// holds its memory longer, and cheap pages (profiles, static files) slow
// down behind them.
type gate struct {
	slots   chan struct{}
	waiting atomic.Int64
	queue   int64         // how many may wait for a slot
	wait    time.Duration // how long one may wait
}

// newGate makes a gate of n slots, or sized to the machine when n is 0:
// two slots a core (one request can wait on I/O or the page cache while
// another computes). Eight requests a slot may wait.
func newGate(n int) *gate {
	if n <= 0 {
		n = 2 * runtime.GOMAXPROCS(0)
	}
	return &gate{slots: make(chan struct{}, n), queue: int64(8 * n), wait: 2 * time.Second}
}

// enter takes a slot, waiting in the queue when all are taken. It returns
// errBusy when the queue is full or the wait too long, and the context's
// error when the request ends first.
func (g *gate) enter(ctx context.Context) (release func(), err error) {
	release = func() { <-g.slots }
	select {
	case g.slots <- struct{}{}:
		return release, nil
	default:
	}
	if g.waiting.Add(1) > g.queue {
		g.waiting.Add(-1)
		return nil, errBusy
	}
	defer g.waiting.Add(-1)
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return release, nil
	case <-t.C:
		return nil, errBusy
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// limited runs fn inside the gate.
func (s *Server) limited(ctx context.Context, fn func() error) error {
	release, err := s.gate.enter(ctx)
	if err != nil {
		return err
	}
	defer release()
	return fn()
}

// requestTimeout is how long a request may take before it is answered
// 503; the server's write timeout is longer, so the answer gets out.
const requestTimeout = 10 * time.Second
