// Command atlasload measures a running Career Atlas site under load and
// prints one table: for each kind of request, the site's rate and
// latencies, and the rate of a minimal Go server sending the very same
// bytes from memory in the same run, on the same machine. The ratio of
// the two says how close a page comes to the cost of sending its bytes.
//
//	atlasload -site http://127.0.0.1:8181 -duration 5s -connections 64
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"text/tabwriter"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

// loadCase is one kind of request: fixed paths, served from the page
// cache after their first request, or fresh ones, which are not.
type loadCase struct {
	name  string
	paths []string
	// fresh, when set, makes each request's path unique so no cache can
	// answer it: the cost of a query the site has not seen. Fresh cases
	// run over an eighth of the connections: they measure what one query
	// costs, not how the site sheds load it cannot carry (it answers 503).
	fresh bool
}

var cases = []loadCase{
	{name: "profile pages", paths: []string{
		"/occupations/medical-records-specialists", "/occupations/registered-nurses",
		"/occupations/software-developers", "/occupations/electricians", "/occupations/cashiers"}},
	{name: "school search, state + area", paths: []string{
		"/schools?state=OH&area=51", "/schools?state=CA&area=52", "/schools?state=TX&area=11", "/schools?state=NY&area=13"}},
	{name: "school search, ZIP + distance", paths: []string{
		"/schools?zip=43215&miles=25&area=51", "/schools?zip=10001&miles=10", "/schools?zip=60601&miles=50&area=52"}},
	{name: "header search", paths: []string{"/search?q=nurse", "/search?q=electrician", "/search?q=teacher", "/search?q=data"}},
	{name: "state + area, uncached", paths: []string{"/schools?state=OH&area=51", "/schools?state=CA&area=52"}, fresh: true},
	{name: "ZIP + distance, uncached", paths: []string{"/schools?zip=43215&miles=25&area=51", "/schools?zip=60601&miles=50"}, fresh: true},
	{name: "header search, uncached", paths: []string{"/search?q=nurse", "/search?q=electrician"}, fresh: true},
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "atlasload:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("atlasload", flag.ContinueOnError)
	site := fs.String("site", "http://127.0.0.1:8181", "the running site")
	duration := fs.Duration("duration", 5*time.Second, "how long each attack lasts")
	conns := fs.Int("connections", 64, "concurrent connections")
	if err := fs.Parse(args); err != nil {
		return err
	}
	base := strings.TrimSuffix(*site, "/")
	css, err := stylesheetPath(base)
	if err != nil {
		return err
	}
	all := append([]loadCase{{name: "static file (stylesheet)", paths: []string{css}}}, cases...)

	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "request\tsite req/s\tp50 ms\tp99 ms\terrors\tsame bytes req/s\tratio\t\n")
	for _, c := range all {
		bodies, err := fetch(base, c.paths)
		if err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
		n := *conns
		if c.fresh {
			n = max(1, n/8)
		}
		same, stop, err := serveBytes(bodies)
		if err != nil {
			return err
		}
		// The site and the baseline take turns, a fifth of the time each
		// turn, so that whatever else the machine does falls on both.
		var m, b vegeta.Metrics
		site, baseline := targeter(base, c), targeter(same, loadCase{paths: c.paths})
		for range rounds {
			attack(&m, site, *duration/rounds, n)
			attack(&b, baseline, *duration/rounds, n)
		}
		m.Close()
		b.Close()
		stop()
		fmt.Fprintf(tw, "%s\t%.0f\t%.1f\t%.1f\t%d\t%.0f\t%.2f×\t\n", c.name, m.Throughput,
			ms(m.Latencies.P50), ms(m.Latencies.P99), failures(m), b.Throughput, m.Throughput/b.Throughput)
		fmt.Fprintf(os.Stderr, "measured %s\n", c.name)
	}
	tw.Flush()
	fmt.Fprintf(out, "\n%d connections (uncached: %d), %s each, gzip; \"same bytes\" is a minimal Go server sending each response's bytes from memory in this run.\n",
		*conns, max(1, *conns/8), *duration)
	return nil
}

// failures counts the requests that got no 2xx answer.
func failures(m vegeta.Metrics) uint64 {
	var ok uint64
	for code, n := range m.StatusCodes {
		if strings.HasPrefix(code, "2") {
			ok += uint64(n)
		}
	}
	return m.Requests - ok
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

var gzipHeader = http.Header{"Accept-Encoding": []string{"gzip"}}

// targeter cycles through a case's paths on base; fresh cases add a
// parameter the site ignores but its caches do not.
func targeter(base string, c loadCase) vegeta.Targeter {
	var n atomic.Uint64
	return func(t *vegeta.Target) error {
		i := n.Add(1)
		p := c.paths[i%uint64(len(c.paths))]
		if c.fresh {
			p += fmt.Sprintf("&fresh=%d", i)
		}
		t.Method, t.URL, t.Header = http.MethodGet, base+p, gzipHeader
		return nil
	}
}

// rounds is how many turns the site and its baseline take.
const rounds = 5

// attack adds d of requests over conns connections to m.
func attack(m *vegeta.Metrics, tr vegeta.Targeter, d time.Duration, conns int) {
	a := vegeta.NewAttacker(vegeta.Workers(uint64(conns)), vegeta.MaxWorkers(uint64(conns)),
		vegeta.Connections(conns), vegeta.KeepAlive(true), vegeta.Timeout(30*time.Second))
	for res := range a.Attack(tr, vegeta.ConstantPacer{}, d, "") {
		m.Add(res)
	}
}

// response is what the site sent for a path, to be sent again as it is.
type response struct {
	header http.Header
	body   []byte
}

// fetch gets each path once, gzipped, as a browser would.
func fetch(base string, paths []string) (map[string]response, error) {
	out := map[string]response{}
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	for _, p := range paths {
		req, _ := http.NewRequest(http.MethodGet, base+p, nil)
		req.Header.Set("Accept-Encoding", "gzip")
		res, err := client.Do(req)
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			return nil, err
		}
		if res.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("%s: status %d", p, res.StatusCode)
		}
		// Every header the site sent, so the baseline sends the same bytes;
		// the server sets Date and Content-Length itself.
		h := res.Header.Clone()
		h.Del("Date")
		h.Del("Content-Length")
		out[strings.SplitN(p, "&fresh=", 2)[0]] = response{h, b}
	}
	return out, nil
}

// serveBytes starts the baseline: a minimal server that answers each path
// with the bytes the site sent for it, from memory.
func serveBytes(bodies map[string]response) (base string, stop func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Path
		if r.URL.RawQuery != "" {
			key += "?" + strings.SplitN(r.URL.RawQuery, "&fresh=", 2)[0]
		}
		res, ok := bodies[key]
		if !ok {
			http.NotFound(w, r)
			return
		}
		for k, v := range res.header {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(res.body)))
		w.Write(res.body)
	})}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Shutdown(context.Background()) }, nil
}

// stylesheetPath reads the fingerprinted stylesheet address off the home page.
func stylesheetPath(base string) (string, error) {
	res, err := http.Get(base + "/")
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	i := strings.Index(string(b), "/static/css/site.css?v=")
	if i < 0 {
		return "", errors.New("no stylesheet link on the home page")
	}
	end := strings.IndexByte(string(b[i:]), '"')
	return string(b[i : i+end]), nil
}
