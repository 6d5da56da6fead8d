package document

import (
	"regexp"
	"strings"
	"testing"
)

var scanSamples = []string{
	"", " ", "Home / World / Diplomacy", "home &gt; news &gt; china", "a  /  b", "Share this • Tweet · Email",
	"News » Asia › China", "one/two", "a | b | c d e f", "x / ", "/ x", "Read more", "By Jane Roe | Acme Daily",
	"  Copyright 2018 Acme.  All rights reserved.  ", "Foo\u00a0bar\u2003baz", "\xff\xfe bad / bytes",
	"Sports: photos of the week...", "EDITOR: Ann Lee", "(Reporting by A; Editing by B)", "Photo: Xinhua",
	"PHOTO CREDIT: AP", "Title with Kelvin \u212a and long s \u017f", "tab\tseparated\vline\fend\r",
}

// The hand-written scanners must agree with what they replace.
func TestScannersMatchReference(t *testing.T) {
	navSep := regexp.MustCompile(`[ \t]*(?:[/|•·»›>]|&gt;)[ \t]*`)
	refNav := func(k string) bool {
		if len(k) > 200 || !strings.ContainsAny(k, "/|•·»›>") {
			return false
		}
		parts := navSep.Split(k, -1)
		if len(parts) < 2 {
			return false
		}
		words := 0
		for _, p := range parts {
			n := len(strings.Fields(p))
			if n > 3 {
				return false
			}
			words += n
		}
		return len(parts) >= 3 || words <= 4
	}
	refKey := func(s string) string {
		s = strings.ToLower(strings.Join(strings.Fields(s), " "))
		s = strings.TrimRight(s, ".:…!>» ")
		return strings.TrimSpace(s)
	}
	refCaption := func(s string) bool {
		l := strings.ToLower(s)
		if !strings.Contains(l, "photo") && !strings.Contains(l, "image") && !strings.Contains(l, "picture") &&
			!strings.Contains(l, "caption") && !strings.Contains(l, "credit") &&
			!(strings.HasSuffix(strings.TrimSpace(s), ")") && strings.Contains(s, "/")) {
			return false
		}
		for _, re := range captionRes {
			if re.MatchString(s) {
				return true
			}
		}
		return false
	}
	for _, s := range scanSamples {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
		if got, want := junkKey(s), refKey(s); got != want {
			t.Errorf("junkKey(%q) = %q, want %q", s, got, want)
		}
		k := refKey(s)
		if got, want := navMenu(k), refNav(k); got != want {
			t.Errorf("navMenu(%q) = %v, want %v", k, got, want)
		}
		if got, want := hasNavSep(s), strings.ContainsAny(s, "/|•·»›>"); got != want {
			t.Errorf("hasNavSep(%q) = %v, want %v", s, got, want)
		}
		if got, want := caption(s), refCaption(s); got != want {
			t.Errorf("caption(%q) = %v, want %v", s, got, want)
		}
		if got, want := credit(s), creditRe.MatchString(s) && len(strings.Fields(s)) <= 40; got != want {
			t.Errorf("credit(%q) = %v, want %v", s, got, want)
		}
		if got, want := byline(s) && bylineLabel.MatchString(s), bylineLabel.MatchString(s) && len(strings.Fields(s)) <= 20; got != want {
			t.Errorf("byline label %q: %v, want %v", s, got, want)
		}
	}
}
