# Career Atlas. `make run` serves the site; `make test` runs every test.
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
BIN     := bin/careeratlas
DB      ?= data/careeratlas.db
ADDR    ?= :8080
SHARED  ?= ../shared/data

.PHONY: run build test bench generate fmt lint check-generated content-check seed import import-all load

run: build
	./$(BIN) serve -addr $(ADDR) -db $(DB) -content content

build:
	CGO_ENABLED=0 go build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/careeratlas

# The race detector makes the pure-Go SQLite driver about fifty times
# slower, so building a database of every school takes minutes under it.
# The whole suite runs without it; the package that swaps databases under
# live traffic (publish) runs again with it.
test:
	go test -count=1 ./...
	go test -race -count=1 ./internal/publish/

bench:
	go test -run '^$$' -bench . -benchmem ./internal/server/

generate:
	go tool templ generate

fmt:
	gofmt -w $$(git ls-files '*.go' | grep -v '_templ\.go$$')
	go tool templ fmt internal

lint:
	go vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' | grep -v '_templ\.go$$'))" || { gofmt -l $$(git ls-files '*.go' | grep -v '_templ\.go$$'); echo "gofmt: files above need formatting"; exit 1; }

check-generated: generate
	git diff --exit-code -- '*_templ.go'

content-check:
	go run ./cmd/careeratlas check -content content

seed:
	go run ./cmd/careeratlas seed -db $(DB) -content content

# make import SOURCE=oews FILE=../shared/data/bls/national_M2024_dl.xlsx
import:
	go run ./cmd/careeratlas import $(SOURCE) $(FILE)

# Re-import every official file from ../shared/data.
import-all:
	go run ./cmd/careeratlas import oews $(SHARED)/bls/national_M2024_dl.xlsx
	go run ./cmd/careeratlas import projections $(SHARED)/bls/occupation.xlsx
	go run ./cmd/careeratlas import ipeds $(SHARED)/ipeds/hd2024.csv $(SHARED)/ipeds/c2024_a.csv
	go run ./cmd/careeratlas import cip $(SHARED)/cip/CIPCode2020.csv $(SHARED)/cip/CIP2020_SOC2018_Crosswalk.xlsx
	go run ./cmd/careeratlas import geo $(SHARED)/geo/US.txt $(SHARED)/geo/state.txt
