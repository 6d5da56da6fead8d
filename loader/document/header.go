package document

import (
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
	if bylineLabel.MatchString(s) {
		return len(strings.Fields(s)) <= 20
	}
	if !bylineStart.MatchString(s) || endsTerminal(s) {
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
	return creditRe.MatchString(s) && len(strings.Fields(s)) <= 40
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
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimRight(s, ".:…!>» ")
	return strings.TrimSpace(s)
}

var navSep = regexp.MustCompile(`[ \t]*(?:[/|•·»›>]|&gt;)[ \t]*`)

// junk reports whether s is site furniture: navigation, share bars, ads,
// "Read more", cookie notices, copyright lines.
func junk(s string) bool {
	k := junkKey(s)
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
	w := strings.Fields(k)
	if strings.HasPrefix(k, "©") || strings.HasPrefix(k, "(c) ") {
		return true
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
func prose(s string) bool {
	n := len(strings.Fields(s))
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
func dateOnly(s string) bool {
	if len(strings.Fields(s)) > 24 {
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
