// Package web embeds the files served as they are: the stylesheet and images.
package web

import "embed"

// FS holds static/, served under /static/.
//
//go:embed static
var FS embed.FS
