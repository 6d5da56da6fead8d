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
// without fsync and the file is synced once when the build closes it. Under
// a memory limit (memoryMB > 0) the store file's pages resident in memory
// are kept within their share (see mappedBudget).
func openForBuild(backend, path string, memoryMB int) (*graph.Store, error) {
	opts := []graph.Option{graph.NoSync()}
	if memoryMB > 0 {
		opts = append(opts, graph.ReleaseMapped(mappedBudget(memoryMB)), graph.ResidentLimit(residentLimit(memoryMB)))
	}
	return graph.Open(backend, path, true, opts...)
}
