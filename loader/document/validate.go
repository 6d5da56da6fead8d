package document

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// MaxSize is the largest file, in bytes, that is read (16 MiB by default).
var MaxSize int64 = 16 << 20

// Error says why a file is not read as a document.
type Error struct {
	Path   string
	Reason string // "empty file", "binary content (NUL bytes)", "invalid UTF-8 at byte 1234", "too large (...)"
}

func (e *Error) Error() string { return e.Path + ": " + e.Reason }

// TooLarge is the error for a file of size bytes, above MaxSize.
func TooLarge(path string, size int64) *Error {
	return &Error{Path: path, Reason: fmt.Sprintf("too large (%d bytes; limit %s)", size, sizeString(MaxSize))}
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// Decode checks a file's bytes and returns its text: the bytes with a
// leading UTF-8 byte order mark dropped. It fails with an *Error for a file
// above MaxSize, binary content (NUL bytes, or mostly control characters),
// invalid UTF-8, or a file with nothing but white space.
func Decode(path string, data []byte) (string, error) {
	if int64(len(data)) > MaxSize {
		return "", TooLarge(path, int64(len(data)))
	}
	skip := 0
	if bytes.HasPrefix(data, bom) {
		skip = len(bom)
	}
	b := data[skip:]
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", &Error{path, "binary content (NUL bytes)"}
	}
	if i := invalidUTF8(b); i >= 0 {
		return "", &Error{path, fmt.Sprintf("invalid UTF-8 at byte %d", skip+i)}
	}
	if binaryShare(b) {
		return "", &Error{path, "binary content (control characters)"}
	}
	if len(bytes.TrimFunc(b, unicode.IsSpace)) == 0 {
		return "", &Error{path, "empty file"}
	}
	return string(b), nil
}

// invalidUTF8 returns the offset of the first invalid UTF-8 sequence, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// binaryShare reports whether more than a tenth of the characters are
// control characters other than white space (tab, newlines, form feed).
func binaryShare(b []byte) bool {
	ctl, all := 0, 0
	for _, r := range string(b) {
		all++
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			ctl++
		}
	}
	return all > 0 && ctl*10 > all
}
