package document

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
)

func init() {
	Register(Format{Name: "text", Exts: []string{".txt", ".text", ""}, Parse: ParseText})
	Register(Format{Name: "markdown", Exts: []string{".md", ".markdown"}, Parse: ParseMarkdown})
}

// Parse decodes one file's bytes into a Document with the format its
// extension names; a file whose extension no format reads is read as text.
// The path "-" is stdin (identifier "stdin").
func Parse(path string, data []byte) (*Document, error) {
	f, ok := ForPath(path)
	if !ok {
		f, _ = Lookup("text")
	}
	return f.Parse(path, data)
}

// ParseText reads plain text: an optional "date YYYY-MM-DD" line, page
// header lines (site junk, dates, bylines), a title, a dateline, the
// article's paragraphs, and a page footer.
func ParseText(path string, data []byte) (*Document, error) {
	d, err := newDocument(path, data)
	if err != nil {
		return nil, err
	}
	layout(d, textLines(d.Text), preset{})
	return d, nil
}

// newDocument checks and decodes data and fills the document's info but for
// its title and date.
func newDocument(path string, data []byte) (*Document, error) {
	text, err := Decode(path, data)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	d := &Document{Text: text}
	d.Info.Identifier = Identifier(path)
	d.Info.Path = path
	d.Info.Hash = hex.EncodeToString(sum[:])
	return d, nil
}

// Identifier is a document's identifier for its path: the base name, or
// "stdin" for "-".
func Identifier(path string) string {
	if path == "-" || path == "" {
		return "stdin"
	}
	return filepath.Base(path)
}
