package document

import (
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Format is one input format: its name, the file extensions it reads
// (lower case, with the dot; "" for files without one) and its parser.
type Format struct {
	Name  string
	Exts  []string
	Parse func(path string, data []byte) (*Document, error)
}

var (
	formatsMu sync.RWMutex
	formats   = map[string]Format{}
	byExt     = map[string]string{} // extension -> format name
)

// Register adds a format. It panics if the name or one of the extensions is
// already registered, as Cayley's backend registries do.
func Register(f Format) {
	formatsMu.Lock()
	defer formatsMu.Unlock()
	if f.Name == "" || f.Parse == nil {
		panic("document: Register: a format needs a name and a parser")
	}
	if _, dup := formats[f.Name]; dup {
		panic("document: format " + f.Name + " registered twice")
	}
	for _, e := range f.Exts {
		if other, dup := byExt[strings.ToLower(e)]; dup {
			panic("document: extension " + e + " of format " + f.Name + " already registered by " + other)
		}
	}
	for _, e := range f.Exts {
		byExt[strings.ToLower(e)] = f.Name
	}
	formats[f.Name] = f
}

// ForPath returns the format for a file by its extension (case ignored);
// "-" (stdin) is read as a file without extension.
func ForPath(path string) (Format, bool) {
	ext := ""
	if path != "-" {
		ext = strings.ToLower(filepath.Ext(path))
	}
	return ForExt(ext)
}

// ForExt returns the format reading files with this extension (".txt", "").
func ForExt(ext string) (Format, bool) {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	name, ok := byExt[strings.ToLower(ext)]
	if !ok {
		return Format{}, false
	}
	return formats[name], true
}

// Lookup returns the format with this name.
func Lookup(name string) (Format, bool) {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	f, ok := formats[name]
	return f, ok
}

// Formats returns the registered formats, sorted by name.
func Formats() []Format {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	out := make([]Format, 0, len(formats))
	for _, f := range formats {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
