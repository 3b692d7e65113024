// Package deploy holds how Career Atlas runs as more than one replica:
// nginx.conf, a complete proxy configuration for two or more replicas,
// and the test that runs it.
package deploy

import _ "embed"

// NginxConf is the committed proxy configuration.
//
//go:embed nginx.conf
var NginxConf string
