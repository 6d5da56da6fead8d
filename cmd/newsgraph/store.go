package main

import (
	"sort"
	"strings"

	"newsgraph/graph"
)

func backendList() string {
	b := graph.Backends()
	sort.Strings(b)
	return strings.Join(b, ", ")
}

// open opens the store the global flags name; create makes it when absent.
func (sf *storeFlags) open(create bool) (*graph.Store, error) {
	return graph.Open(sf.backend, sf.path, create)
}

// openForBuild opens (or creates) the store for a bulk write: bolt commits
// without fsync and the file is synced once when the build closes it.
func (sf *storeFlags) openForBuild() (*graph.Store, error) {
	return graph.Open(sf.backend, sf.path, true, graph.NoSync(), graph.ReleaseMapped())
}
