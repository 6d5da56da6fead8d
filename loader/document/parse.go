package document

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"regexp"
	"strings"
)

var leadingDate = regexp.MustCompile(`^\s*date\s+(\d{4}-\d{2}-\d{2})\s*`)

// Parse decodes one file's bytes into a Document.
// (First version: a leading "date YYYY-MM-DD" and the rest as one body region
// per paragraph. To be replaced by the full reader.)
func Parse(path string, data []byte) (*Document, error) {
	sum := sha256.Sum256(data)
	d := &Document{Text: string(data)}
	d.Info.Identifier = filepath.Base(path)
	d.Info.Path = path
	d.Info.Hash = hex.EncodeToString(sum[:])
	pos := 0
	if m := leadingDate.FindStringSubmatchIndex(d.Text); m != nil {
		d.Info.Date = d.Text[m[2]:m[3]]
		pos = m[1]
	}
	for pos < len(d.Text) {
		end := strings.Index(d.Text[pos:], "\n\n")
		if end < 0 {
			end = len(d.Text)
		} else {
			end += pos
		}
		s, e := pos, end
		for s < e && (d.Text[s] == '\n' || d.Text[s] == ' ' || d.Text[s] == '\r') {
			s++
		}
		if s < e {
			d.Body = append(d.Body, Region{s, e})
		}
		pos = end + 2
	}
	return d, nil
}
