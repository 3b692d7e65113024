package dataset

import (
	"io/fs"
	"strconv"

	"github.com/careeratlas/careeratlas/internal/career"
)

// PricesName is the dataset of regional price parities by state.
const PricesName = "price_parities"

var priceColumns = []string{"fips", "name", "year", "index"}

// WritePrices writes price parities by FIPS code.
func WritePrices(dir string, ps []career.PriceParity, src career.Source) error {
	t := table{header: priceColumns}
	for _, p := range ps {
		t.rows = append(t.rows, []string{p.FIPS, p.Name, strconv.Itoa(p.Year), strconv.FormatFloat(p.Index, 'f', 3, 64)})
	}
	sortedBy(t.rows, 0)
	return write(dir, PricesName, t, src)
}

// ReadPrices reads what WritePrices wrote.
func ReadPrices(fsys fs.FS, dir string) ([]career.PriceParity, career.Source, error) {
	var out []career.PriceParity
	src, err := read(fsys, dir, PricesName, priceColumns, func(r record) {
		p := career.PriceParity{FIPS: r.get("fips"), Name: r.get("name"), Year: r.integer("year"), Index: r.float("index")}
		if p.Index <= 0 {
			r.probs.Add(r.file, r.line, "price parity %v must be positive", p.Index)
		}
		out = append(out, p)
	})
	return out, src, err
}
