package store_test

import (
	"maps"
	"testing"

	"github.com/careeratlas/careeratlas/internal/career"
)

func TestPriceParities(t *testing.T) {
	db, _ := mustFixture(t)
	got, err := db.PriceParities(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	// The nation's row (FIPS 00) is not a state.
	want := map[string]career.PriceParity{
		"OH": {FIPS: "39", Name: "Ohio", Year: 2023, Index: 91.812},
		"PA": {FIPS: "42", Name: "Pennsylvania", Year: 2023, Index: 97.5},
	}
	if !maps.Equal(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}
