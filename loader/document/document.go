// Package document reads news documents: it decodes and checks a file,
// finds its date, title and the regions that hold the article itself, and
// keeps a registry of input formats by file extension.
package document

import "newsgraph/schema"

// Region is a byte range [Start, End) of Document.Text.
type Region struct{ Start, End int }

// Document is one decoded news document.
type Document struct {
	Info  schema.DocumentInfo // identifier, path, title, date, hash
	Text  string              // the whole file, valid UTF-8, as read
	Title Region              // the headline's bytes in Text; zero if none
	Body  []Region            // the article's bytes in Text, in order: no date line, title, byline, credits or site junk
}

// BodyText returns the body regions joined by blank lines (for tests and debugging).
func (d *Document) BodyText() string {
	s := ""
	for i, r := range d.Body {
		if i > 0 {
			s += "\n\n"
		}
		s += d.Text[r.Start:r.End]
	}
	return s
}
