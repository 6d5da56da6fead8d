// Package queries holds newsgraph's saved Gizmo scripts, the code that runs
// them (and any other Gizmo query) over a Cayley quad store with every result
// returned, the writers that print results as JSON lines or tables, and the
// interactive Gizmo console.
package queries

import (
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed *.js
var scriptFiles embed.FS

const preludeFile = "prelude.js"

// Script is a Gizmo script: a saved one or one read from a file.
type Script struct {
	Name    string  // "timeline" (file name without .js)
	Summary string  // the header's first line, after "name:"
	Doc     string  // the whole header comment, without the comment markers
	Params  []Param // the header's @param lines
	Source  string  // the script text, header included
}

// Param is a parameter a script reads from `params`.
type Param struct {
	Name     string
	Required bool   // the doc starts with "required"
	Doc      string // "required: the entity's name or alias"
}

// Saved returns the embedded saved scripts, ordered by name.
func Saved() []Script {
	entries, err := scriptFiles.ReadDir(".")
	if err != nil {
		panic(err) // embedded: cannot fail
	}
	var out []Script
	for _, e := range entries {
		if e.Name() == preludeFile || !strings.HasSuffix(e.Name(), ".js") {
			continue
		}
		data, err := scriptFiles.ReadFile(e.Name())
		if err != nil {
			panic(err)
		}
		out = append(out, parseScript(strings.TrimSuffix(e.Name(), ".js"), string(data)))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Lookup finds a saved script by name, with or without ".js".
func Lookup(name string) (Script, bool) {
	name = strings.TrimSuffix(name, ".js")
	for _, s := range Saved() {
		if s.Name == name {
			return s, true
		}
	}
	return Script{}, false
}

// Load returns the saved script of that name, or else reads the script at
// that path (a name containing a path separator or ending in .js that is not
// a saved script is taken as a path).
func Load(nameOrPath string) (Script, error) {
	if s, ok := Lookup(nameOrPath); ok && !strings.ContainsRune(nameOrPath, filepath.Separator) && !strings.Contains(nameOrPath, "/") {
		return s, nil
	}
	data, err := os.ReadFile(nameOrPath)
	if err != nil {
		if os.IsNotExist(err) {
			return Script{}, fmt.Errorf("no saved query or file named %q (saved: %s)", nameOrPath, strings.Join(Names(), ", "))
		}
		return Script{}, err
	}
	name := strings.TrimSuffix(filepath.Base(nameOrPath), ".js")
	return parseScript(name, string(data)), nil
}

// Names lists the saved scripts' names.
func Names() []string {
	var out []string
	for _, s := range Saved() {
		out = append(out, s.Name)
	}
	return out
}

// Prelude returns the embedded helper functions prepended to every query
// (without the `params` line; see Program).
func Prelude() string {
	data, err := scriptFiles.ReadFile(preludeFile)
	if err != nil {
		panic(err)
	}
	return string(data)
}

// parseScript reads the header comment: the leading "//" lines.
func parseScript(name, src string) Script {
	s := Script{Name: name, Source: src}
	var doc []string
	for _, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "//") {
			break
		}
		t = strings.TrimSpace(strings.TrimPrefix(t, "//"))
		doc = append(doc, t)
		if rest, ok := strings.CutPrefix(t, "@param "); ok {
			pname, pdoc, _ := strings.Cut(strings.TrimSpace(rest), " ")
			pdoc = strings.TrimSpace(pdoc)
			s.Params = append(s.Params, Param{Name: pname, Doc: pdoc, Required: strings.HasPrefix(pdoc, "required")})
		}
	}
	s.Doc = strings.TrimSpace(strings.Join(doc, "\n"))
	if len(doc) > 0 {
		first := doc[0]
		if _, after, ok := strings.Cut(first, ":"); ok && !strings.Contains(first[:len(first)-len(after)], " ") {
			first = strings.TrimSpace(after)
		}
		s.Summary = first
	}
	return s
}

// Usage is a one-line description of a script and its parameters.
func (s Script) Usage() string {
	var b strings.Builder
	b.WriteString(s.Name)
	for _, p := range s.Params {
		if p.Required {
			fmt.Fprintf(&b, " %s=...", p.Name)
		} else {
			fmt.Fprintf(&b, " [%s=...]", p.Name)
		}
	}
	return b.String()
}

// Missing returns the names of required parameters params lacks.
func (s Script) Missing(params map[string]string) []string {
	var out []string
	for _, p := range s.Params {
		if p.Required && params[p.Name] == "" {
			out = append(out, p.Name)
		}
	}
	return out
}
