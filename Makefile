# Career Atlas. `make run` serves the site; `make test` runs every test.
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
BIN     := bin/careeratlas
DB      ?= data/careeratlas.db
ADDR    ?= :8080
SHARED  ?= ../shared/data

.PHONY: run build test test-short load-reload bench generate fmt lint check-generated content-check seed import import-all load

run: build
	./$(BIN) serve -addr $(ADDR) -db $(DB) -content content

build:
	CGO_ENABLED=0 go build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/careeratlas

# Two tiers. The fast one (-short) runs on a small fixture cut from the
# real content, under the race detector. The second adds the tests that
# need the real content/ tree: known official figures, query plans, search
# ranking, the browser and accessibility tests.
#
# SQLite is C translated to Go (modernc.org/sqlite/lib on modernc.org/libc).
# Instrumenting it for the race detector makes every database build four
# times slower and checks code that is not ours, so RACE_FLAGS leaves those
# two out; our code, database/sql and the driver's Go side stay checked.
# The second tier builds the full database, which would take minutes even
# so, and runs without the race detector.
RACE_FLAGS := -race -gcflags='modernc.org/sqlite/lib=-race=false' -gcflags='modernc.org/libc/...=-race=false'
test:
	go test -short $(RACE_FLAGS) -count=1 ./...
	go test -count=1 ./...

# The fast tier alone, for iterating.
test-short:
	go test -short -count=1 ./...

bench:
	go test -run '^$$' -bench . -benchmem ./internal/server/ ./internal/store/

generate:
	go tool templ generate

fmt:
	gofmt -w $$(git ls-files '*.go' | grep -v '_templ\.go$$')
	go tool templ fmt internal

lint:
	go vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' | grep -v '_templ\.go$$'))" || { gofmt -l $$(git ls-files '*.go' | grep -v '_templ\.go$$'); echo "gofmt: files above need formatting"; exit 1; }

check-generated: generate
	@git diff --exit-code --stat -- '*_templ.go' || { echo "the committed *_templ.go files are stale: run make generate and commit"; exit 1; }
	@untracked=$$(git ls-files --others --exclude-standard -- '*_templ.go'); \
	if [ -n "$$untracked" ]; then echo "$$untracked"; echo "generated files above are not committed"; exit 1; fi

content-check:
	go run ./cmd/careeratlas check -content content

seed:
	go run ./cmd/careeratlas seed -db $(DB) -content content

# make import SOURCE=oews FILE=../shared/data/bls/national_M2025_dl.xlsx
import:
	go run ./cmd/careeratlas import $(SOURCE) $(FILE)

# Re-import every official file from ../shared/data.
import-all:
	go run ./cmd/careeratlas import oews $(SHARED)/bls/national_M2025_dl.xlsx
	go run ./cmd/careeratlas import oews-means $(SHARED)/bls/state_M2023_dl_means_only.csv
	go run ./cmd/careeratlas import projections $(SHARED)/bls/occupation.xlsx
	go run ./cmd/careeratlas import ipeds $(SHARED)/ipeds/hd2024.csv $(SHARED)/ipeds/c2024_a.csv \
		$(SHARED)/ipeds/ic2024.csv $(SHARED)/ipeds/adm2024.csv $(SHARED)/ipeds/sfa2324.csv
	go run ./cmd/careeratlas import cip $(SHARED)/cip/CIPCode2020.csv $(SHARED)/cip/CIP2020_SOC2018_Crosswalk.xlsx
	go run ./cmd/careeratlas import geo $(SHARED)/geo/US.txt $(SHARED)/geo/state.txt
	go run ./cmd/careeratlas import onet $(SHARED)/onet
	go run ./cmd/careeratlas import bea $(SHARED)/bea/SARPP_STATE_2008_2023.csv

# Load test on this machine: serve a built site on a loopback port and
# attack each kind of request for LOAD_SECONDS over LOAD_CONNECTIONS
# connections, then the same bytes from a minimal in-memory server, and
# print one table of rates, p50, p99 and ratios (cmd/atlasload).
LOAD_ADDR        ?= 127.0.0.1:8181
LOAD_SECONDS     ?= 5
LOAD_CONNECTIONS ?= 64
load: build
	@./$(BIN) serve -addr $(LOAD_ADDR) -db $(DB) -content content -log-level warn & pid=$$!; \
	trap "kill $$pid" EXIT; \
	for i in $$(seq 1 120); do curl -sf http://$(LOAD_ADDR)/healthz >/dev/null && break; sleep 1; done; \
	go run ./cmd/atlasload -site http://$(LOAD_ADDR) -duration $(LOAD_SECONDS)s -connections $(LOAD_CONNECTIONS)

# Reloads under load on this machine: serve a copy of content/, attack it
# at LOAD_RATE requests a second for RELOAD_SECONDS while RELOADS edits are
# published with SIGHUP, then report the latencies, over the whole run and
# in the second after each swap (the slowest request is the measure).
RELOAD_ADDR    ?= 127.0.0.1:8182
RELOAD_SECONDS ?= 75
RELOADS        ?= 3
LOAD_RATE      ?= 300
load-reload: build
	@dir=$$(mktemp -d); cp -r content $$dir/content; \
	./$(BIN) serve -addr $(RELOAD_ADDR) -db $$dir/site.db -content $$dir/content -log-level info 2>$$dir/log & pid=$$!; \
	trap "kill $$pid; rm -rf $$dir" EXIT; \
	for i in $$(seq 1 180); do curl -sf http://$(RELOAD_ADDR)/healthz >/dev/null && break; sleep 1; done; \
	for s in medical-records-specialists registered-nurses software-developers electricians cashiers; do \
	  printf 'GET http://$(RELOAD_ADDR)/occupations/%s\nAccept-Encoding: gzip\n\n' $$s; done >$$dir/targets; \
	printf 'GET http://$(RELOAD_ADDR)/search?q=nurse\n\nGET http://$(RELOAD_ADDR)/schools?state=OH&area=51\n\nGET http://$(RELOAD_ADDR)/\n\n' >>$$dir/targets; \
	go tool vegeta attack -targets=$$dir/targets -rate=$(LOAD_RATE) -max-workers=64 -duration=$(RELOAD_SECONDS)s >$$dir/res.bin & vp=$$!; \
	for i in $$(seq 1 $(RELOADS)); do \
	  sleep $$(( $(RELOAD_SECONDS) / ($(RELOADS) + 1) )); \
	  sed -i "s/^updated: .*/updated: 2026-01-$$((10 + i))/" $$dir/content/occupations/cashiers.md; kill -HUP $$pid; \
	done; wait $$vp; \
	go tool vegeta report <$$dir/res.bin; \
	echo "== the second after each swap"; \
	go tool vegeta encode --to csv <$$dir/res.bin | awk -F, -v swaps="$$(grep 'content reloaded' $$dir/log | sed 's/^time=\([^ ]*\).*/\1/' | xargs -r -n1 date +%s.%N -d | tr '\n' ' ')" \
	  'BEGIN { n = split(swaps, s, " ") } { t = $$1 / 1e9; for (i = 1; i <= n; i++) if (t >= s[i] && t < s[i] + 1 && $$3 / 1e6 > m[i]) m[i] = $$3 / 1e6 } \
	   END { for (i = 1; i <= n; i++) printf "swap %d: slowest request %.1f ms\n", i, m[i] }'
