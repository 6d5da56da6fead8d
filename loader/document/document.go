// Package document reads news documents: it decodes and checks a file,
// finds its date, title and the regions that hold the article itself, and
// keeps a registry of input formats by file extension.
package document

import (
	"strings"

	"newsgraph/schema"
)

// Region is a byte range [Start, End) of Document.Text.
type Region struct{ Start, End int }

// Empty reports whether the region holds no bytes.
func (r Region) Empty() bool { return r.End <= r.Start }

// Document is one decoded news document.
type Document struct {
	Info  schema.DocumentInfo // identifier, path, title, date, hash
	Text  string              // the whole file, valid UTF-8, as read (a leading UTF-8 BOM dropped)
	Title Region              // the headline's bytes in Text; zero if none
	Body  []Region            // the article's bytes in Text, in order: no date line, title, byline, credits or site junk

	// Para gives, for each Body region, the index of the paragraph it belongs
	// to (len(Para) == len(Body), non-decreasing). In plain text every region
	// is a paragraph of its own; in Markdown one paragraph can be several
	// regions, the pieces of it between skipped markup ("**", link URLs).
	Para []int

	// Aside holds the lines around the article that name entities but
	// report no events: photo captions and credits ("(Jane Roe/Getty
	// Images)"), bylines ("By Jane Roe, Reuters"), reporting credits and
	// "Source: X" lines, in document order. They are not in Body.
	Aside []Region

	// Dateline is the dateline that opened the article ("BEIJING, Dec. 11
	// (Xinhua) --"), excluded from Body; zero if none.
	Dateline Dateline
}

// Dateline is the place (and agency, and date) heading wire copy.
type Dateline struct {
	Region Region // the whole dateline in Text, separator included
	Place  string // "BEIJING", "Ottawa"
	Agency string // "Xinhua", "AP"; "" if none
	Date   string // YYYY-MM-DD; "" if the dateline has no date or no year can be found
}

// BodyText returns the body paragraphs joined by blank lines (for tests and
// debugging); the pieces of one paragraph are joined as they are.
func (d *Document) BodyText() string {
	var b strings.Builder
	for i, r := range d.Body {
		if i > 0 {
			if d.paraOf(i) != d.paraOf(i-1) {
				b.WriteString("\n\n")
			}
		}
		b.WriteString(d.Text[r.Start:r.End])
	}
	return b.String()
}

func (d *Document) paraOf(i int) int {
	if i < len(d.Para) {
		return d.Para[i]
	}
	return i
}
