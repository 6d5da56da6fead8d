package document

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A headline can share its line with page clutter: a breadcrumb before it
// ("Home / World / ..."), the site's name or sections after it ("... |
// World | Acme Daily", "... - Acme Daily"), share buttons ("... Share
// Facebook Twitter"), a reading time ("... 3 min read"). headlineSpan finds
// the headline within such a line.

// clutterWords may trail a headline as share buttons and notices.
var clutterWords = wordSet("share shares tweet email e-mail print comments comment advertisement sponsored whatsapp")

var readTime = regexp.MustCompile(`(?i)[\s|•·–—-]*\d+[ \t]*(?:min|mins|minutes?)[ \t]+read$`)

// headlineSpan returns the bytes [start, end) of s that are the headline
// once clutter around it is cut off; start == 0 && end == len(s) when
// there is none.
func headlineSpan(s string) (start, end int) {
	start, end = 0, len(s)
	if t := s[max(0, len(s)-4):]; strings.EqualFold(t, "read") {
		if m := readTime.FindStringIndex(s); m != nil {
			end = m[0]
		}
	}
	// share buttons and social networks after the headline
	for {
		t := strings.TrimRightFunc(s[start:end], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;|•·", r) })
		i := strings.LastIndexFunc(t, unicode.IsSpace)
		if i < 0 {
			break
		}
		w := strings.ToLower(t[i+1:])
		if !clutterWords[w] && !junkSocial[w] {
			break
		}
		end = start + i
	}
	// parts between " | ": the headline is the only long one
	if strings.Contains(s[start:end], " | ") {
		parts := strings.Split(s[start:end], " | ")
		long := -1
		for i, p := range parts {
			if fieldCount(p) > 4 {
				if long >= 0 {
					long = -1
					break
				}
				long = i
			}
		}
		if long >= 0 {
			off := start
			for _, p := range parts[:long] {
				off += len(p) + 3
			}
			start, end = off, off+len(parts[long])
		}
	}
	// a site name after a dash: a few capitalized words
	for _, sep := range []string{" - ", " — ", " – "} {
		if i := strings.LastIndex(s[start:end], sep); i >= 0 && siteName(s[start+i+len(sep):end]) {
			end = start + i
			break
		}
	}
	// a breadcrumb before the headline: "Home / World / Diplomacy / ..."
	for _, sep := range []string{" / ", " › ", " » ", " > "} {
		if i := strings.LastIndex(s[start:end], sep); i >= 0 && navMenu(junkKey(s[start:start+i]+sep+"x")) {
			start += i + len(sep)
			break
		}
	}
	start, end = trimSpan(s, start, end)
	if end-start < 0 {
		return 0, len(s)
	}
	return start, end
}

// siteName reports whether s is a short run of capitalized words, as a
// publisher's name is ("Acme Daily", "BBC News").
func siteName(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	for _, x := range w {
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func trimSpan(s string, start, end int) (int, int) {
	for start < end {
		r, w := utf8.DecodeRuneInString(s[start:end])
		if !space(r) {
			break
		}
		start += w
	}
	for end > start {
		r, w := utf8.DecodeLastRuneInString(s[start:end])
		if !space(r) && !strings.ContainsRune(",;|•·", r) {
			break
		}
		end -= w
	}
	return start, end
}

// headlineInClutter reports whether s, a line of the page header, is a
// headline with clutter around it, and where the headline is.
func headlineInClutter(s string) (start, end int, ok bool) {
	start, end = headlineSpan(s)
	if start == 0 && end == len(s) {
		return 0, 0, false
	}
	h := s[start:end]
	if !titleLike(h) || junk(h) || dateOnly(h) || endsOpen(h) {
		return 0, 0, false
	}
	return start, end, true
}
