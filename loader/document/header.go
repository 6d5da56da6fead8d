package document

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The functions of this file each judge one line of a document (its text,
// markup skipped): is it the date line, a dateline, a byline, a credit, a
// caption, site junk, a title, prose.

var dateLineRe = regexp.MustCompile(`(?i)^[\s\x{feff}]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?:[ \t]+|$)`)

// dateLine reads a leading "date YYYY-MM-DD" (possibly after white space):
// the date ("" if it is no real date) and the length of the prefix, white
// space after the date included, so that s[n:] is the rest of the line.
func dateLine(s string) (date string, n int, ok bool) {
	m := dateLineRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", 0, false
	}
	return ymd(atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])), m[1], true
}

// datelineMatch is a dateline read at the start of a paragraph.
type datelineMatch struct {
	N             int // bytes of the dateline, separator and following space included
	Place, Agency string
	Month, Day    int // 0 if no date
	Year          int // 0 if none written
}

var datelineRe *regexp.Regexp

// buildDateline compiles the dateline pattern once the month names are read.
func buildDateline(month string) {
	const sp = `[ \t\x{00a0}]`
	const word = `\p{Lu}[\p{L}.'’\-]*`
	const place = word + `(?:` + sp + `+` + word + `){0,3}`
	md := `(?:(?i:` + month + `)` + sp + `+\d{1,2}|\d{1,2}` + sp + `+(?i:` + month + `))`
	datelineRe = regexp.MustCompile(`^(?P<place>` + place + `)` +
		`(?:,` + sp + `+` + place + `)?` +
		`(?:,?` + sp + `+(?P<date>` + md + `)(?:,?` + sp + `*(?P<year>(?:19|20)\d\d))?)?` +
		`(?:` + sp + `*\((?P<agency>\p{Lu}[^()]{0,39})\))?` +
		`(?:` + sp + `*(?:--|—|–)` + sp + `*|` + sp + `+-` + sp + `+)`)
}

// dateline reads a dateline at the start of s: "BEIJING, Dec. 11 (Xinhua) --",
// "WASHINGTON (Reuters) -", "OTTAWA, Jan 3 (AP) —", "Beijing, March 17 —",
// "OTTAWA—". A place not in capitals needs a date or an agency with it.
func dateline(s string) (datelineMatch, bool) {
	if !strings.ContainsAny(s, "-—–") {
		return datelineMatch{}, false // every dateline ends in a dash
	}
	m := datelineRe.FindStringSubmatchIndex(s)
	if m == nil {
		return datelineMatch{}, false
	}
	group := func(name string) string {
		i := datelineRe.SubexpIndex(name)
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	d := datelineMatch{N: m[1], Place: group("place"), Agency: strings.TrimSpace(group("agency"))}
	if md := group("date"); md != "" {
		if mo, day, _, ok := monthDayPrefix(md); ok {
			d.Month, d.Day = mo, day
		}
	}
	if y := group("year"); y != "" {
		d.Year = atoi(y)
	}
	if hasLower(d.Place) && d.Month == 0 && d.Agency == "" {
		return datelineMatch{}, false
	}
	if months[strings.ToLower(strings.TrimSuffix(d.Place, "."))] != 0 || weekdays[strings.ToLower(d.Place)] {
		return datelineMatch{}, false
	}
	return d, true
}

// placeLine reports whether s is a place alone in capitals ("OTTAWA",
// "NEW YORK"), a dateline on a line of its own.
func placeLine(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 3 || utf8.RuneCountInString(s) < 3 {
		return false
	}
	for _, r := range s {
		if unicode.IsLower(r) || unicode.IsDigit(r) || !(unicode.IsLetter(r) || r == ' ' || r == '.' || r == '-' || r == '\'' || r == '’') {
			return false
		}
	}
	return true
}

var (
	bylineStart = regexp.MustCompile(`^(?:[Bb]y|BY)[ \t\x{00a0}]+\p{Lu}`)
	bylineLabel = regexp.MustCompile(`(?i)^(?:(?:reporters?|authors?|writers?|text|correspondents?|staff reporter|source)[ \t]*[:：]|written[ \t]+by\b)`)
	bylineWords = map[string]bool{"and": true, "&": true, "of": true, "in": true, "for": true, "the": true, "at": true,
		"de": true, "da": true, "la": true, "le": true, "du": true, "di": true, "del": true, "dos": true, "das": true, "van": true, "von": true, "der": true, "bin": true, "al": true, "staff": true,
		"reporter": true, "reporters": true, "correspondent": true, "writer": true, "editor": true, "with": true}
)

// byline reports whether s credits the article's author: "By Jane Doe",
// "By ZHOU JIN | China Daily | Updated: ...", "Reporter: ...".
func byline(s string) bool {
	if firstWordIn(s, bylineLabelWords) && bylineLabel.MatchString(s) {
		return len(strings.Fields(s)) <= 20
	}
	if !(strings.HasPrefix(s, "By") || strings.HasPrefix(s, "by") || strings.HasPrefix(s, "BY")) || !bylineStart.MatchString(s) || endsTerminal(s) {
		return false
	}
	head := s
	for _, sep := range []string{"|", " - ", " — ", " – ", "•"} {
		if i := strings.Index(head, sep); i >= 0 {
			head = head[:i]
		}
	}
	w := strings.Fields(head)
	if len(w) > 10 {
		return false
	}
	for _, x := range w[1:] {
		x = strings.Trim(x, ",;")
		r, _ := utf8.DecodeRuneInString(x)
		if x == "" || unicode.IsUpper(r) || bylineWords[strings.ToLower(x)] {
			continue
		}
		return false
	}
	return true
}

var creditRe = regexp.MustCompile(`(?i)^[(\[]?[ \t]*(?:(?:web[ \t]+|chief[ \t]+|managing[ \t]+)?editors?[ \t]*[:：]|(?:edited|editing|reporting|additional[ \t]+reporting|writing|compiled|translated|produced|story|photos?|video|graphics?|illustration)[ \t]+by\b)`)

// credit reports whether s credits editors or reporters: "(Web editor: A, B)",
// "Editor: ...", "(Reporting by A; Editing by B)".
func credit(s string) bool {
	t := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(s, "("), "["), " \t")
	return firstWordIn(t, creditWords) && creditRe.MatchString(s) && fieldCount(s) <= 40
}

// The words bylineLabel and creditRe can start with (after creditRe's
// bracket and blanks).
var (
	bylineLabelWords = wordSet("reporter reporters author authors writer writers text correspondent correspondents staff source written")
	creditWords      = wordSet("web chief managing editor editors edited editing reporting additional writing compiled translated produced story photo photos video graphic graphics illustration")
)

func wordSet(ws string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(ws) {
		m[w] = true
	}
	return m
}

// firstWordIn is a quick test before a case-insensitive pattern anchored at
// the start of s that begins with one of the words: false when the run of
// ASCII letters s starts with, lower-cased, is none of them. Where the run
// ends at a non-ASCII byte (which (?i) might fold to a letter: "ſ", "K") it
// says true and leaves the decision to the pattern.
func firstWordIn(s string, words map[string]bool) bool {
	var buf [16]byte
	w := buf[:0]
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c < 'a' || c > 'z' {
			break
		}
		w = append(w, c)
	}
	if i < len(s) && s[i] >= utf8.RuneSelf {
		return true
	}
	return words[string(w)]
}

var captionRes = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\[[^\]]*\bphotos?\b[^\]]*\]`),                                  // [Photo/IC], [File Photo: VCG]
	regexp.MustCompile(`(?i)\((?:file[ \t]+)?photos?[ \t]*[:/][^)]*\)[ \t]*$`),             // (Photo: Xinhua)
	regexp.MustCompile(`(?i)(?:^|[\s.])(?:file[ \t]+)?photo(?:graph)?[ \t]*[:：/][ \t]*\S`), // Photo: VCG, File photo: Xinhua
	regexp.MustCompile(`(?i)^(?:image|picture|caption|credit)[ \t]*[:：]`),
	regexp.MustCompile(`(?i)\b(?:photo|image|picture)[ \t]+(?:credit|courtesy)\b`),
	regexp.MustCompile(`(?i)\b(?:getty[ \t]+images|ap[ \t]+photo|afp[ \t]+photo|reuters[ \t]+photo)\b`),
	regexp.MustCompile(`\([ \t]*\p{Lu}[^()/]{0,60}/[^()/]{1,60}\)[ \t]*$`), // (Justin Tang/Canadian Press)
}

// caption reports whether s is a photo caption or credit.
func caption(s string) bool {
	if isASCII(s) && len(s) <= 1024 {
		// the test below, lower-casing s on the stack
		var buf [1024]byte
		l := buf[:len(s)]
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			l[i] = c
		}
		if !bytes.Contains(l, []byte("photo")) && !bytes.Contains(l, []byte("image")) && !bytes.Contains(l, []byte("picture")) &&
			!bytes.Contains(l, []byte("caption")) && !bytes.Contains(l, []byte("credit")) &&
			!(strings.HasSuffix(strings.TrimSpace(s), ")") && strings.Contains(s, "/")) {
			return false
		}
	}
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

// junk patterns, read from data/junk.txt.
var (
	junkExact    = map[string]bool{}
	junkPrefix   [][]string
	junkContains []string
	junkSocial   = map[string]bool{}
)

func init() {
	b, err := data.ReadFile("data/junk.txt")
	if err != nil {
		panic(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(strings.ToLower(l))
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "~"):
			junkContains = append(junkContains, l[1:])
		case strings.HasPrefix(l, "@"):
			junkSocial[l[1:]] = true
		case strings.HasSuffix(l, " *"):
			junkPrefix = append(junkPrefix, strings.Fields(strings.TrimSuffix(l, " *")))
		default:
			junkExact[strings.Join(strings.Fields(l), " ")] = true
		}
	}
}

// junkKey is s lower-cased, white space folded, bullets and final ".:…" dropped.
func junkKey(s string) string {
	if isASCII(s) {
		// the same, byte by byte
		b := make([]byte, 0, len(s))
		space := false
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch c {
			case ' ', '\t', '\n', '\v', '\f', '\r':
				space = true
				continue
			}
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		n := len(b)
		for n > 0 && strings.IndexByte(".:!> ", b[n-1]) >= 0 {
			n--
		}
		return string(b[:n])
	}
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimRight(s, ".:…!>» ")
	return strings.TrimSpace(s)
}

// junk reports whether s is site furniture: navigation, share bars, ads,
// "Read more", cookie notices, copyright lines.
func junk(s string) bool { return junkKeyed(s, junkKey(s)) }

// junkKeyed is junk for s and its junkKey k.
func junkKeyed(s, k string) bool {
	if k == "" {
		return true
	}
	if junkExact[k] {
		return true
	}
	for _, c := range junkContains {
		if strings.Contains(k, c) {
			return true
		}
	}
	if strings.HasPrefix(k, "©") || strings.HasPrefix(k, "(c) ") {
		return true
	}
	// k is words between single spaces: a long line needs no split
	var w []string
	if nw := strings.Count(k, " ") + 1; nw <= 20 && !endsTerminal(s) {
		w = strings.Fields(k)
	} else {
		return navMenu(k)
	}
	if len(w) <= 12 && !endsTerminal(s) {
		for _, p := range junkPrefix {
			if len(w) >= len(p) && equalWords(w[:len(p)], p) {
				return true
			}
		}
	}
	if len(w) <= 20 && !endsTerminal(s) {
		social := 0
		for i := 0; i < len(w); i++ {
			x := strings.Trim(w[i], ",;:|/•·")
			if i+1 < len(w) && junkSocial[x+" "+strings.Trim(w[i+1], ",;:|/•·")] {
				social++
				i++
			} else if junkSocial[x] {
				social++
			}
		}
		if social >= 2 {
			return true
		}
	}
	return navMenu(k)
}

// navMenu reports whether k is a menu or breadcrumb: "Home / World / Diplomacy".
func navMenu(k string) bool {
	if len(k) > 200 || !hasNavSep(k) {
		return false
	}
	// the parts between separators (/ | • · » › > or "&gt;", the blanks
	// around a separator going with it)
	parts, words := 0, 0
	part := func(p string) bool {
		n := fieldCount(p)
		words += n
		parts++
		return n <= 3
	}
	start := 0
	for i := 0; i < len(k); {
		r, w := utf8.DecodeRuneInString(k[i:])
		sep := 0
		switch r {
		case '/', '|', '•', '·', '»', '›', '>':
			sep = w
		case '&':
			if strings.HasPrefix(k[i:], "&gt;") {
				sep = 4
			}
		}
		if sep == 0 {
			i += w
			continue
		}
		if !part(k[start:i]) {
			return false
		}
		i += sep
		start = i
	}
	if !part(k[start:]) || parts < 2 {
		return false
	}
	return parts >= 3 || words <= 4
}

// hasNavSep is strings.ContainsAny(k, "/|•·»›>").
func hasNavSep(k string) bool {
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case c == '/' || c == '|' || c == '>':
			return true
		case c >= utf8.RuneSelf:
			switch r, _ := utf8.DecodeRuneInString(k[i:]); r {
			case '•', '·', '»', '›':
				return true
			}
		}
	}
	return false
}

var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// fieldCount is len(strings.Fields(s)).
func fieldCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		c := s[i]
		var sp bool
		if c < utf8.RuneSelf {
			sp = asciiSpace[c]
			i++
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
			i += w
		}
		if sp {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func equalWords(a, b []string) bool {
	for i := range a {
		if strings.TrimRight(a[i], ":;,.") != b[i] {
			return false
		}
	}
	return true
}

// endsTerminal reports whether s ends a sentence: its last character, after
// closing quotes and brackets, is one of . ! ? …
func endsTerminal(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

var innerBreak = regexp.MustCompile(`[\p{Ll}\d][.!?]["'”’)]?\s+["'“‘(]?\p{Lu}`)

// prose reports whether s reads as article text: a sentence of eight words
// or more, or a long stretch of words holding a sentence break.
func prose(s string) bool { return proseN(s, fieldCount(s)) }

// proseN is prose for s of n words.
func proseN(s string, n int) bool {
	return n >= 8 && endsTerminal(s) || n > 30 || n >= 15 && innerBreak.MatchString(s)
}

// titleLike reports whether s can be a headline: 4 to 30 words, not
// starting in lower case, not ending in . , ; : or … (? and ! may end one).
func titleLike(s string) bool {
	n := len(strings.Fields(s))
	if n < 4 || n > 30 || len(s) > 300 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) {
		return false
	}
	t := strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".,;:…", last)
}

var dateWords = map[string]bool{"published": true, "updated": true, "update": true, "posted": true, "last": true,
	"modified": true, "created": true, "at": true, "on": true, "am": true, "pm": true, "a.m.": true, "p.m.": true,
	"gmt": true, "utc": true, "edt": true, "est": true, "cdt": true, "cst": true, "pdt": true, "pst": true,
	"bst": true, "cet": true, "cest": true, "hkt": true, "bjt": true, "ist": true, "jst": true, "kst": true,
	"mdt": true, "mst": true, "date": true, "time": true}

// dateOnly reports whether s is a date and little else: "PUBLISHED :
// Wednesday, 12 December, 2018, 3:24am", "Jan 14, 2019 | Interview",
// "Update: August, 23/2019 - 12:57". A sentence ending in "." is not.
func dateOnly(s string) bool { return dateOnlyN(s, fieldCount(s)) }

// dateOnlyN is dateOnly for s of n words.
func dateOnlyN(s string, words int) bool {
	if words > 24 {
		return false
	}
	ds := findDates(s)
	if len(ds) == 0 || strings.HasSuffix(strings.TrimSpace(s), ".") {
		return false
	}
	var b strings.Builder
	last := 0
	for _, d := range ds {
		b.WriteString(s[last:d.Start])
		b.WriteByte(' ')
		last = d.End
	}
	b.WriteString(s[last:])
	rest := timeOfDay.ReplaceAllString(b.String(), " ")
	n := 0
	for _, w := range strings.Fields(rest) {
		w = strings.ToLower(strings.Trim(w, ",;:|-–—()[]/•·"))
		if w == "" || weekdays[w] || dateWords[w] || !hasLetter(w) {
			continue
		}
		n++
	}
	return n <= 5
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
