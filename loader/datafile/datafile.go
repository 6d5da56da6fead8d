// Package datafile reads the embedded word lists and lexicons of the
// extraction stages: one entry a line, tab-separated fields, blank lines and
// lines starting with # ignored.
package datafile

import (
	"io/fs"
	"strings"
)

// Lines returns the fields of every entry of the file name in fsys. A
// missing file is a programming error (the files are embedded), so it panics.
func Lines(fsys fs.FS, name string) [][]string {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		panic(err)
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}
