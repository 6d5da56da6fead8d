package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// preset is what a format knows before the layout looks at the lines
// (Markdown front matter): a title and a date.
type preset struct {
	title     Region
	titleText string
	date      string
}

type kind uint8

const (
	kBlank kind = iota
	kDrop       // date line, byline, credit, caption, site junk
	kTitle
	kBody
	kPlace // a place alone on a line, the article's dateline
	kAside // a caption, credit or byline: names entities, reports no events
)

// dateLines is how many non-blank lines at the top of a document may give
// its date from a line that is only a date.
const dateLines = 15

// layout finds the date line, title, dateline and body of a document split
// into lines, and fills d.
func layout(d *Document, ls []line, pre preset) {
	first := -1
	for i := range ls {
		if !ls[i].blank() {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	lineDate := pre.date
	if date, n, ok := dateLine(ls[first].text); ok {
		if lineDate == "" {
			lineDate = date
		}
		ls[first].dropPrefix(n)
		ls[first].trim()
	}
	ls = unwrap(d.Text, ls)

	// Features of each line, and the first and last lines of prose.
	type feat struct{ caption, credit, junk, byline, prose, dateOnly, empty bool }
	fs := make([]feat, len(ls))
	keys := make([]string, len(ls)) // junkKey of each line
	nws := make([]int, len(ls))     // words of each line
	fp, lp := -1, -1
	for i := range ls {
		t := ls[i].text
		if t == "" {
			continue
		}
		keys[i], nws[i] = junkKey(t), fieldCount(t)
		f := feat{caption: caption(t), credit: credit(t), junk: junkKeyed(t, keys[i]), byline: byline(t), dateOnly: dateOnlyN(t, nws[i])}
		f.empty = !hasLetterOrDigit(t)
		f.prose = !f.caption && !f.credit && !f.junk && !f.byline && !f.empty && proseN(t, nws[i])
		fs[i] = f
		if f.prose {
			if fp < 0 {
				fp = i
			}
			lp = i
		}
	}

	kinds := make([]kind, len(ls))
	var headDates, footDates, pubDates []string
	seen := map[string]bool{}
	title := -1
	nonBlank := 0
	for i := range ls {
		l, f := &ls[i], fs[i]
		if l.blank() {
			continue
		}
		nonBlank++
		header := fp < 0 || i < fp
		footer := fp >= 0 && i > lp
		words := nws[i]
		note := func() {
			switch {
			case header || nonBlank <= dateLines:
				headDates = appendDate(headDates, l.text)
			case footer:
				footDates = appendDate(footDates, l.text)
			case publicationLine(l.text):
				pubDates = appendDate(pubDates, l.text)
			}
		}
		k := kDrop
		if header && title < 0 && pre.titleText == "" && !f.empty && !f.caption && !f.credit && !f.byline && words >= 5 {
			if a, b, ok := headlineInClutter(l.text); ok {
				// the headline alone, its clutter dropped
				l.dropSuffix(len(l.text) - b)
				l.dropPrefix(a)
				keys[i], words = junkKey(l.text), fieldCount(l.text)
				f = feat{}
			}
		}
		switch {
		case f.empty:
		case f.caption || f.credit:
			k = kAside
		case f.junk || f.byline && (header || footer || words <= 6) || f.dateOnly:
			note()
			if f.byline || !f.junk && header && namesSomething(l.text) {
				k = kAside // "By Jane Roe | Acme Daily | Updated: ...", "Acme Times 2019-01-02 10:00"
			}
		case header:
			switch {
			case l.heading == 0 && words <= 14 && !endsTerminal(l.text) && firstDate(l.text) != "":
				note()
				if namesSomething(l.text) {
					k = kAside // "(Acme News) 09:14, May 27, 2020"
				}
			case title >= 0 && words <= 4 && nameLine(l.text) && !placeLine(l.text):
				k = kAside // an author's name alone under the headline
			case placeLine(l.text) && nextNonBlank(ls, i) == fp:
				k = kPlace
			case title < 0 && pre.titleText == "" && (l.heading > 0 || titleLike(l.text) && !continued(ls, i)):
				k, title = kTitle, i
			case words >= 7 || l.heading > 0 && title >= 0:
				k = kBody
			}
		case footer:
			switch {
			case words <= 14 && firstDate(l.text) != "":
				note()
				if namesSomething(l.text) {
					k = kAside // "Beijing, (Acme Post), 6 Dec 2018"
				}
			case words > 3:
				k = kBody
			}
		default:
			k = kBody
		}
		if k == kBody || k == kTitle {
			key := keys[i]
			if seen[key] {
				k = kDrop
			}
			seen[key] = true
		}
		kinds[i] = k
	}

	// The dateline: at the start of the first paragraphs, up to the first
	// line of prose.
	var dl datelineMatch
	dlLine := -1
	for i := range ls {
		if kinds[i] != kBody || ls[i].soft {
			continue
		}
		if m, ok := dateline(ls[i].text); ok {
			dl, dlLine = m, i
			start := ls[i].span().Start
			ls[i].dropPrefix(m.N)
			ls[i].trim()
			end := start + m.N
			if !ls[i].blank() {
				end = ls[i].span().Start
			} else {
				kinds[i] = kDrop
			}
			d.Dateline = Dateline{Region: trimRegion(d.Text, Region{start, end}), Place: m.Place, Agency: m.Agency}
			break
		}
		if fp < 0 || i >= fp {
			break
		}
	}
	if dlLine < 0 {
		for i := range ls {
			if kinds[i] == kPlace {
				d.Dateline = Dateline{Region: ls[i].span(), Place: ls[i].text}
				break
			}
		}
	}

	// The date: the date line, else a dated dateline, else a date line of
	// the page header (or, failing that, footer).
	ref := lineDate
	if ref == "" && len(headDates) > 0 {
		ref = headDates[0]
	}
	if ref == "" && len(footDates) > 0 {
		ref = footDates[0]
	}
	if ref == "" && len(pubDates) > 0 {
		ref = pubDates[0]
	}
	if dl.Month > 0 {
		switch {
		case dl.Year > 0:
			d.Dateline.Date = ymd(dl.Year, dl.Month, dl.Day)
		case ref != "":
			d.Dateline.Date = notAfter(dl.Month, dl.Day, ref)
		default:
			d.Dateline.Date = datelineYear(d.Text, ls[dlLine].text, dl.Month, dl.Day)
		}
	}
	switch {
	case lineDate != "":
		d.Info.Date = lineDate
	case d.Dateline.Date != "":
		d.Info.Date = d.Dateline.Date
	default:
		d.Info.Date = ref
	}

	// The title.
	if pre.titleText != "" {
		d.Title, d.Info.Title = pre.title, pre.titleText
	} else if title >= 0 {
		d.Title, d.Info.Title = ls[title].span(), ls[title].text
	}

	// The asides: the dateline, captions, credits, bylines.
	if !d.Dateline.Region.Empty() {
		d.Aside = append(d.Aside, d.Dateline.Region)
	}
	for i := range ls {
		if kinds[i] == kAside {
			if r := ls[i].span(); !r.Empty() {
				d.Aside = append(d.Aside, r)
			}
		}
	}

	// The body: each body line (wrapped lines joined) is a paragraph.
	para := -1
	for i := range ls {
		if kinds[i] != kBody {
			continue
		}
		para++
		for _, p := range ls[i].pieces {
			n := len(d.Body)
			if n > 0 && d.Para[n-1] == para && strings.TrimSpace(d.Text[d.Body[n-1].End:p.Start]) == "" {
				d.Body[n-1].End = p.End
				continue
			}
			d.Body = append(d.Body, p)
			d.Para = append(d.Para, para)
		}
	}
}

// continued reports whether line i is followed at once by a line starting in
// lower case, as a hard-wrapped paragraph is.
func continued(ls []line, i int) bool {
	if i+1 >= len(ls) || ls[i+1].blank() {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ls[i+1].text)
	return unicode.IsLower(r) || ls[i+1].soft
}

func nextNonBlank(ls []line, i int) int {
	for j := i + 1; j < len(ls); j++ {
		if !ls[j].blank() {
			return j
		}
	}
	return -1
}

func appendDate(ds []string, s string) []string {
	if d := firstDate(s); d != "" {
		return append(ds, d)
	}
	return ds
}

func trimRegion(t string, r Region) Region {
	for r.End > r.Start {
		c, w := utf8.DecodeLastRuneInString(t[r.Start:r.End])
		if !space(c) {
			break
		}
		r.End -= w
	}
	return r
}

// namesSomething reports whether a line holds a capitalized word that is not
// part of a date ("Acme Times 2019-01-02", "(Acme News) 09:14, May 27"),
// so that it may name its publisher or author.
func namesSomething(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",;:|-–—()[]/•·.'\"“”‘’")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 {
			continue
		}
		l := strings.ToLower(w)
		if months[l] != 0 || weekdays[l] || dateWords[l] {
			continue
		}
		return true
	}
	return false
}

// nameLine reports whether s is only capitalized words (and particles), as
// an author's name written alone is.
func nameLine(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !bylineWords[w] || !hasLetter(w) || strings.ContainsAny(w, ".!?:") {
			return false
		}
	}
	return true
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
