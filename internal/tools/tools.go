//go:build tools

// Package tools pins the stock cayley command in go.mod/go.sum so that tests
// can build it (`go build github.com/cayleygraph/cayley/cmd/cayley`) and check
// that stores written by newsgraph open in the real Cayley console.
package tools

import _ "github.com/cayleygraph/cayley/cmd/cayley"
