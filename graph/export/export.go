// Package export writes the whole graph of a Cayley quad store to files for
// RDF tools (N-Quads, JSON-LD) and for graph visualizers (GraphML, GEXF,
// Graphviz DOT, Cytoscape.js JSON).
//
// The graph stores IRIs in their short form ("schema:name"); every format
// writes them expanded (schema.Expand). RDF formats keep every quad with its
// label (the document it came from); visualizer formats draw the typed nodes
// (entities, events, documents) with readable names and collapse the quads
// of several documents into one edge.
//
// Each format registers itself in the init of its own file; Lookup finds
// one by name and Write runs it.
package export

import (
	"fmt"
	"io"
	"sort"
	"sync"

	"github.com/cayleygraph/cayley/graph"
)

// A Format writes a whole quad store in one file format.
type Format interface {
	Name() string // registry name: "nquads", "graphml"...
	Ext() string  // file extension with its dot: ".nq"
	Write(w io.Writer, qs graph.QuadStore) error
}

var (
	mu      sync.RWMutex
	formats = map[string]Format{}
)

// Register adds a format to the registry. It panics if the name is empty or
// already taken.
func Register(f Format) {
	mu.Lock()
	defer mu.Unlock()
	name := f.Name()
	if name == "" {
		panic("export: format with an empty name")
	}
	if _, dup := formats[name]; dup {
		panic("export: format registered twice: " + name)
	}
	formats[name] = f
}

// Lookup returns the format registered under name.
func Lookup(name string) (Format, bool) {
	mu.RLock()
	defer mu.RUnlock()
	f, ok := formats[name]
	return f, ok
}

// Names lists the registered formats, sorted.
func Names() []string {
	mu.RLock()
	defer mu.RUnlock()
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Write writes the whole of qs to w in the named format.
func Write(name string, w io.Writer, qs graph.QuadStore) error {
	f, ok := Lookup(name)
	if !ok {
		return fmt.Errorf("export: unknown format %q (known: %v)", name, Names())
	}
	return f.Write(w, qs)
}

// format is the Format of this package's writers.
type format struct {
	name, ext string
	write     func(w io.Writer, qs graph.QuadStore) error
}

func (f format) Name() string                                { return f.name }
func (f format) Ext() string                                 { return f.ext }
func (f format) Write(w io.Writer, qs graph.QuadStore) error { return f.write(w, qs) }
