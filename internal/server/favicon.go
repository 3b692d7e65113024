package server

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/png"
	"math"
	"net/http"
)

// faviconSize is the side of the icon browsers ask for at /favicon.ico.
const faviconSize = 32

// newFavicon draws the site's mark (the compass of favicon.svg: a green
// disc and a gold needle) as a PNG inside an ICO file, for browsers and
// tools that ask for /favicon.ico rather than reading the page's link.
func newFavicon() staticFile {
	img := image.NewNRGBA(image.Rect(0, 0, faviconSize, faviconSize))
	green := color.NRGBA{0x0b, 0x5d, 0x4b, 0xff}
	gold := color.NRGBA{0xf4, 0xc9, 0x5d, 0xff}
	for y := range faviconSize {
		for x := range faviconSize {
			fx, fy := float64(x)+0.5, float64(y)+0.5
			dx, dy := fx-16, fy-16
			switch {
			case math.Hypot(dx, dy) <= 2.5:
				img.Set(x, y, green)
			case math.Abs(dx)/4+math.Abs(dy)/11 <= 1: // the needle, a diamond 8 wide and 22 tall
				img.Set(x, y, gold)
			case math.Hypot(dx, dy) <= 15:
				img.Set(x, y, green)
			}
		}
	}
	var pngBuf bytes.Buffer
	png.Encode(&pngBuf, img)
	// ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes), then the PNG.
	var ico bytes.Buffer
	le := func(v any) { binary.Write(&ico, binary.LittleEndian, v) }
	le(uint16(0))
	le(uint16(1)) // an icon
	le(uint16(1)) // one image
	ico.Write([]byte{faviconSize, faviconSize, 0, 0})
	le(uint16(1))  // colour planes
	le(uint16(32)) // bits a pixel
	le(uint32(pngBuf.Len()))
	le(uint32(6 + 16))
	ico.Write(pngBuf.Bytes())
	f := newStaticFile("favicon.ico", ico.Bytes())
	f.contentType = "image/x-icon" // not in every system's MIME table
	return f
}

// handleFavicon serves /favicon.ico for a day at a time.
func (s *Server) handleFavicon(w http.ResponseWriter, r *http.Request) {
	s.favicon.write(w, r, "public, max-age=86400")
}
