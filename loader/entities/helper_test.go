package entities

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newsgraph/loader/document"
	"newsgraph/loader/text"
	"newsgraph/schema"
)

// docOf builds a document: an optional title line, then paragraphs separated by blank lines.
func docOf(title, body string) *document.Document {
	d := &document.Document{}
	pos := 0
	if title != "" {
		d.Text = title + "\n\n"
		d.Title = document.Region{Start: 0, End: len(title)}
		pos = len(d.Text)
	}
	d.Text += body
	for _, p := range strings.Split(body, "\n\n") {
		d.Body = append(d.Body, document.Region{Start: pos, End: pos + len(p)})
		pos += len(p) + 2
	}
	return d
}

func annotate(title, body string) *text.Annotated {
	a := text.Segment(docOf(title, body))
	Annotate(a)
	return a
}

func relStrings(a *text.Annotated) []string {
	var out []string
	for _, r := range a.Relations {
		out = append(out, fmt.Sprintf("%s %s %s", r.Subject, r.Predicate.Local(), r.Object))
	}
	sort.Strings(out)
	return out
}

func hasRel(a *text.Annotated, s, p, o string) bool {
	for _, r := range relStrings(a) {
		if r == s+" "+p+" "+o {
			return true
		}
	}
	return false
}

func wantRels(t *testing.T, a *text.Annotated, rels ...[3]string) {
	t.Helper()
	for _, r := range rels {
		if !hasRel(a, r[0], r[1], r[2]) {
			t.Errorf("missing relation %v; have %q", r, relStrings(a))
		}
	}
}

// sampleDocuments parses the sample documents of testdata/docs.
func sampleDocuments(tb testing.TB) []*document.Document {
	tb.Helper()
	files, err := filepath.Glob("../../testdata/docs/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var docs []*document.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		d, err := document.Parse(filepath.Base(f), data)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// noRel checks that the relation s p o was not found; what says what it
// would have meant.
func noRel(t *testing.T, a *text.Annotated, what, s, p, o string) {
	t.Helper()
	if hasRel(a, s, p, o) {
		t.Errorf("%s: %q", what, relStrings(a))
	}
}

func wantEntity(t *testing.T, a *text.Annotated, name string, c schema.Class) *schema.Entity {
	t.Helper()
	e, ok := a.Entities[name]
	if !ok {
		var names []string
		for n := range a.Entities {
			names = append(names, n)
		}
		sort.Strings(names)
		t.Errorf("no entity %q; have %q", name, names)
		return nil
	}
	if e.Class != c {
		t.Errorf("%q is %s, want %s", name, e.Class, c)
	}
	return e
}

func noEntity(t *testing.T, a *text.Annotated, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, ok := a.Entities[n]; ok {
			t.Errorf("unexpected entity %q", n)
		}
	}
}

// mentionOf finds the mention with this text (the n-th, from 0).
func mentionOf(a *text.Annotated, s string, n int) (text.Mention, bool) {
	for _, m := range a.Mentions {
		if m.Text == s {
			if n == 0 {
				return m, true
			}
			n--
		}
	}
	return text.Mention{}, false
}
