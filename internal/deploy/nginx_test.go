package deploy_test

import (
	"compress/gzip"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/careeratlas/careeratlas/internal/career/careertest"
	"github.com/careeratlas/careeratlas/internal/deploy"
)

// TestNginxReplicas runs the committed nginx.conf in front of two
// replicas and keeps requests coming through it while one replica reloads
// new content and the other restarts with it. Not one request may fail,
// and once both have the new content (and the proxy's one-second cache
// has passed) every response carries it.
func TestNginxReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the server and starts nginx with two replicas")
	}
	nginx, err := exec.LookPath("nginx")
	if err != nil {
		nginx, err = exec.LookPath("/usr/sbin/nginx")
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("nginx is missing: CI installs it (apt-get install -y nginx-light)")
		}
		t.Skip("nginx is not installed")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "careeratlas")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/careeratlas")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ports := freePorts(t, 4)
	a := startReplica(t, bin, careertest.Dir(t), ports[0])
	b := startReplica(t, bin, careertest.Dir(t), ports[1])
	front := startNginx(t, nginx, tmp, ports)

	client := &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, MaxIdleConnsPerHost: 16,
			DisableCompression: true},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	profile := "/occupations/" + careertest.SlugWritten

	t.Run("headers", func(t *testing.T) {
		res := get(t, client, front+profile, "gzip")
		if hsts := res.Header.Get("Strict-Transport-Security"); !strings.HasPrefix(hsts, "max-age=") {
			t.Errorf("Strict-Transport-Security %q over TLS", hsts)
		}
		if res.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("Content-Encoding %q: the replicas' gzip should pass through", res.Header.Get("Content-Encoding"))
		}
		if got := get(t, client, front+profile, "gzip").Header.Get("X-Cache"); got != "HIT" {
			t.Errorf("second request: X-Cache %q, want a HIT from the proxy cache", got)
		}
		if got := get(t, client, front+"/no-such-page", "").Header.Get("X-Cache"); got == "HIT" {
			t.Error("a 404 (no-store) came from the proxy cache")
		}
		plain := get(t, client, fmt.Sprintf("http://127.0.0.1:%d%s", ports[2], profile), "")
		if plain.StatusCode != http.StatusMovedPermanently || !strings.HasPrefix(plain.Header.Get("Location"), "https://") {
			t.Errorf("plain HTTP: %d to %q, want 301 to https", plain.StatusCode, plain.Header.Get("Location"))
		}
	})

	const fresh = "Medical records specialists keep every chart right, now from the new content."
	var (
		total, failed, stale atomic.Int64
		mu                   sync.Mutex
		failures             []string
		switched             atomic.Int64 // unix nanoseconds after which every profile must be fresh
		stop                 = make(chan struct{})
		wg                   sync.WaitGroup
	)
	paths := []string{profile, "/", "/search?q=records", "/schools?state=" + careertest.State, "/occupations", "/healthz"}
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				p := paths[i%len(paths)]
				start := time.Now()
				res, err := client.Get(front + p)
				total.Add(1)
				if err != nil {
					failed.Add(1)
					mu.Lock()
					failures = append(failures, p+": "+err.Error())
					mu.Unlock()
					continue
				}
				body, _ := io.ReadAll(res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusOK {
					failed.Add(1)
					mu.Lock()
					failures = append(failures, fmt.Sprintf("%s: %d", p, res.StatusCode))
					mu.Unlock()
				}
				if p == profile && switched.Load() != 0 && start.UnixNano() > switched.Load() && !strings.Contains(string(body), fresh) {
					stale.Add(1)
				}
			}
		}()
	}

	time.Sleep(time.Second)
	// Replica A reloads new content in place (SIGHUP)...
	careertest.SetSummary(t, a.content, fresh)
	a.cmd.Process.Signal(syscall.SIGHUP)
	waitFor(t, "replica A to serve the new content", func() bool {
		return strings.Contains(string(body(t, fmt.Sprintf("http://127.0.0.1:%d%s", a.port, profile))), fresh)
	})
	// ...while replica B stops, gets the new content and starts again.
	b.stop(t)
	careertest.SetSummary(t, b.content, fresh)
	b = startReplica(t, bin, b.content, b.port)
	switched.Store(time.Now().Add(1500 * time.Millisecond).UnixNano()) // the proxy keeps pages one second
	time.Sleep(4 * time.Second)
	close(stop)
	wg.Wait()

	t.Logf("%d requests through nginx, %d failed, %d stale after the switch", total.Load(), failed.Load(), stale.Load())
	if total.Load() < 100 {
		t.Errorf("only %d requests were made", total.Load())
	}
	if failed.Load() != 0 {
		t.Errorf("%d requests failed while a replica reloaded and the other restarted, e.g. %q", failed.Load(), failures[:min(5, len(failures))])
	}
	if stale.Load() != 0 {
		t.Errorf("%d profile responses still had the old content after both replicas had the new", stale.Load())
	}
}

// replica is one running `careeratlas serve`.
type replica struct {
	cmd     *exec.Cmd
	content string
	port    int
	done    chan error
}

func startReplica(t *testing.T, bin, content string, port int) *replica {
	t.Helper()
	db := filepath.Join(filepath.Dir(content), "site.db")
	cmd := exec.Command(bin, "serve", "-addr", fmt.Sprintf("127.0.0.1:%d", port), "-db", db, "-content", content, "-log-level", "warn")
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := &replica{cmd: cmd, content: content, port: port, done: make(chan error, 1)}
	go func() { r.done <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-r.done
	})
	waitFor(t, "a replica to answer /healthz", func() bool {
		res, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/healthz", port))
		if err != nil {
			return false
		}
		res.Body.Close()
		return res.StatusCode == http.StatusOK
	})
	return r
}

// stop shuts the replica down as a deploy would (SIGTERM: finish what is
// in flight, then exit).
func (r *replica) stop(t *testing.T) {
	t.Helper()
	r.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-r.done:
		r.done <- nil // for the cleanup
	case <-time.After(20 * time.Second):
		t.Fatal("a replica did not stop within 20 s of SIGTERM")
	}
}

// startNginx runs the committed configuration with this test's ports,
// files and a fresh self-signed certificate, and returns its https origin.
func startNginx(t *testing.T, nginx, dir string, ports []int) string {
	t.Helper()
	cert, key := selfSigned(t, dir)
	conf := deploy.NginxConf
	replace := func(old, new string) {
		t.Helper()
		if !strings.Contains(conf, old) {
			t.Fatalf("nginx.conf no longer has %q: update the test", old)
		}
		conf = strings.ReplaceAll(conf, old, new)
	}
	replace("/run/careeratlas-nginx.pid", filepath.Join(dir, "nginx.pid"))
	replace("/var/log/nginx/careeratlas-error.log", filepath.Join(dir, "error.log"))
	replace("/var/log/nginx/careeratlas-access.log", filepath.Join(dir, "access.log"))
	replace("/var/cache/nginx/careeratlas", filepath.Join(dir, "cache"))
	replace("127.0.0.1:8081", fmt.Sprintf("127.0.0.1:%d", ports[0]))
	replace("127.0.0.1:8082", fmt.Sprintf("127.0.0.1:%d", ports[1]))
	replace("        listen [::]:80;\n", "")
	replace("        listen [::]:443 ssl http2;\n", "")
	replace("listen 80;", fmt.Sprintf("listen 127.0.0.1:%d;", ports[2]))
	replace("listen 443 ssl http2;", fmt.Sprintf("listen 127.0.0.1:%d ssl http2;", ports[3]))
	replace("/etc/ssl/careeratlas/fullchain.pem", cert)
	replace("/etc/ssl/careeratlas/privkey.pem", key)
	// Temporary files in the test's directory; as root, workers stay root
	// so they can write there.
	head := "http {\n    client_body_temp_path " + filepath.Join(dir, "body") + ";\n    proxy_temp_path " + filepath.Join(dir, "proxy") + ";\n"
	replace("http {\n", head)
	if os.Geteuid() == 0 {
		conf = "user root;\n" + conf
	}
	path := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(path, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(nginx, "-t", "-p", dir, "-c", path, "-e", filepath.Join(dir, "startup.log")).CombinedOutput(); err != nil {
		t.Fatalf("nginx -t: %v\n%s", err, out)
	}
	cmd := exec.Command(nginx, "-p", dir, "-c", path, "-e", filepath.Join(dir, "startup.log"), "-g", "daemon off;")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGQUIT)
		cmd.Wait()
		if t.Failed() {
			log, _ := os.ReadFile(filepath.Join(dir, "error.log"))
			t.Logf("nginx error log:\n%s", tail(string(log), 3000))
		}
	})
	front := fmt.Sprintf("https://127.0.0.1:%d", ports[3])
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	waitFor(t, "nginx to answer", func() bool {
		res, err := client.Get(front + "/healthz")
		if err != nil {
			return false
		}
		res.Body.Close()
		return res.StatusCode == http.StatusOK
	})
	return front
}

func get(t *testing.T, c *http.Client, url, encoding string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	if encoding != "" {
		req.Header.Set("Accept-Encoding", encoding)
	}
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res
}

// body fetches url straight from a replica, unzipped.
func body(t *testing.T, url string) []byte {
	res, err := http.Get(url)
	if err != nil {
		return nil
	}
	defer res.Body.Close()
	var r io.Reader = res.Body
	if res.Header.Get("Content-Encoding") == "gzip" {
		if r, err = gzip.NewReader(res.Body); err != nil {
			return nil
		}
	}
	b, _ := io.ReadAll(r)
	return b
}

func freePorts(t *testing.T, n int) []int {
	t.Helper()
	var ports []int
	var lns []net.Listener
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		lns = append(lns, ln)
		ports = append(ports, ln.Addr().(*net.TCPAddr).Port)
	}
	for _, ln := range lns {
		ln.Close()
	}
	return ports
}

// selfSigned writes a certificate and key for 127.0.0.1.
func selfSigned(t *testing.T, dir string) (certPath, keyPath string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "careeratlas.test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certPath, keyPath = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	os.WriteFile(certPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644)
	os.WriteFile(keyPath, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb}), 0o600)
	return certPath, keyPath
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}
