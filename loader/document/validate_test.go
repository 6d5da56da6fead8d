package document

import (
	"errors"
	"strings"
	"testing"
)

func TestDecodeErrors(t *testing.T) {
	old := MaxSize
	defer func() { MaxSize = old }()
	MaxSize = 1 << 10
	big := strings.Repeat("The envoy met the minister. ", 40)
	for _, c := range []struct {
		name, in, reason string
	}{
		{"empty", "", "empty file"},
		{"blank", " \n\t\r\n  ", "empty file"},
		{"bom only", "\xef\xbb\xbf\n", "empty file"},
		{"nul", "The envoy\x00 met.", "binary content (NUL bytes)"},
		{"controls", strings.Repeat("\x01\x02\x03ab", 20), "binary content (control characters)"},
		{"utf8", "The envoy met M\xe9lanie.", "invalid UTF-8 at byte 15"},
		{"utf8 after bom", "\xef\xbb\xbfab\xff", "invalid UTF-8 at byte 5"},
		{"large", big, "too large (1120 bytes; limit 1 KiB)"},
	} {
		_, err := Parse("doc.txt", []byte(c.in))
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%s: err = %v, want *Error", c.name, err)
			continue
		}
		if e.Reason != c.reason || e.Path != "doc.txt" {
			t.Errorf("%s: got %q (%q), want %q", c.name, e.Reason, e.Path, c.reason)
		}
	}
	if got := TooLarge("x", 52428800); got.Reason != "too large (52428800 bytes; limit 1 KiB)" {
		t.Errorf("TooLarge: %q", got.Reason)
	}
	MaxSize = 16 << 20
	if got := TooLarge("x", 52428800).Error(); got != "x: too large (52428800 bytes; limit 16 MiB)" {
		t.Errorf("TooLarge: %q", got)
	}
}

func TestDecodeBOM(t *testing.T) {
	d, err := Parse("a.txt", []byte("\xef\xbb\xbfdate 2020-01-02 The ministers met in Oslo on Thursday to discuss the trade row.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(d.Text, "\xef\xbb\xbf") {
		t.Error("BOM kept in Text")
	}
	if d.Info.Date != "2020-01-02" || d.BodyText() != "The ministers met in Oslo on Thursday to discuss the trade row." {
		t.Errorf("date %q body %q", d.Info.Date, d.BodyText())
	}
}
