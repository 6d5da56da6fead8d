package events

import (
	"strconv"
	"strings"
	"sync"
	"time"
)

// The date scanner: one pass splits a sentence into ASCII word runs (a
// run is a maximal stretch of [0-9A-Za-z_], so a run's edges are word
// boundaries) and looks each run up once in the date vocabulary
// (data/dates.tsv); the date patterns are then read off the runs, each
// kind of expression in its own left-to-right pass so that overlapping
// readings resolve in a fixed order: ISO dates, month-day, day-month,
// vague expressions, relative days, weekdays. A sentence with no digit
// and no date word costs one pass and no allocation.

// Date word flags.
const (
	dwMonth      = 1 << iota // a month name or abbreviation
	dwWeekday                // a weekday name, also plural ("Mondays")
	dwVagueFirst             // "last", "this", … before a vague period
	dwPeriod                 // "week", "month", … after a vague first word
	dwVaguePrep              // "in", "since", … before a month
	dwVagueMod               // "early", "late" between a vague prep and a month
	dwVagueWord              // "recently"
	dwAgoUnit                // "days" in "days ago"
	dwRelative               // "yesterday", "today", …
	dwPhrase                 // opens a phrase of several words (see dateVocab.phrases)
)

// dateWord is what the vocabulary knows of one (lower-case) word.
type dateWord struct {
	flags uint16
	num   int8 // month number, weekday or day offset
	phr   int8 // 1 + index into dateVocab.phrases of the phrases it opens
}

// datePhrase is a vocabulary entry of several words.
type datePhrase struct {
	text string // lower case, single spaces
	list string // "relative" or "vague-first"
	num  int
}

type dateVocab struct {
	words   map[string]dateWord
	phrases [][]datePhrase
	// maybe[n][a][b]: some word of n letters begins with letters a, b; a
	// cheap test before the map lookup
	maybe [17][26][26]bool
}

// phrasesOf returns the phrases a word opens.
func (v *dateVocab) phrasesOf(w dateWord) []datePhrase {
	if w.phr == 0 {
		return nil
	}
	return v.phrases[w.phr-1]
}

var (
	dateVocabOnce sync.Once
	dateVoc       *dateVocab
)

func getDateVocab() *dateVocab {
	dateVocabOnce.Do(func() {
		dateVoc = buildDateVocab(dataLines("data/dates.tsv"))
	})
	return dateVoc
}

func buildDateVocab(lines [][]string) *dateVocab {
	v := &dateVocab{words: map[string]dateWord{}}
	flagOf := map[string]uint16{
		"month": dwMonth, "weekday": dwWeekday, "relative": dwRelative,
		"vague-first": dwVagueFirst, "vague-period": dwPeriod, "vague-prep": dwVaguePrep,
		"vague-mod": dwVagueMod, "vague-word": dwVagueWord, "ago-unit": dwAgoUnit,
	}
	for _, f := range lines {
		if len(f) < 2 {
			continue
		}
		fl, ok := flagOf[f[0]]
		if !ok {
			panic("events: unknown list in dates.tsv: " + f[0])
		}
		num := 0
		if len(f) > 2 && f[2] != "" {
			n, err := strconv.Atoi(f[2])
			if err != nil {
				panic("events: bad number in dates.tsv: " + f[2])
			}
			num = n
		}
		w := strings.ToLower(f[1])
		if first, _, multi := strings.Cut(w, " "); multi {
			d := v.words[first]
			if d.phr == 0 {
				v.phrases = append(v.phrases, nil)
				d.phr = int8(len(v.phrases))
			}
			v.phrases[d.phr-1] = append(v.phrases[d.phr-1], datePhrase{text: w, list: f[0], num: num})
			d.flags |= dwPhrase
			v.words[first] = d
			continue
		}
		d := v.words[w]
		d.flags |= fl
		if fl&(dwMonth|dwWeekday|dwRelative) != 0 {
			d.num = int8(num)
		}
		v.words[w] = d
		if fl == dwWeekday {
			p := v.words[w+"s"]
			p.flags |= dwWeekday
			p.num = int8(num)
			v.words[w+"s"] = p
		}
	}
	for w := range v.words {
		if len(w) >= 2 && len(w) < len(v.maybe) && 'a' <= w[0] && w[0] <= 'z' && 'a' <= w[1] && w[1] <= 'z' {
			v.maybe[len(w)][w[0]-'a'][w[1]-'a'] = true
		} else {
			panic("events: date word not of 2 to 16 letters: " + w)
		}
	}
	return v
}

// lookup returns the vocabulary entry of an ASCII word in any case.
func (v *dateVocab) lookup(w string) dateWord {
	var buf [16]byte
	if len(w) > len(buf) || len(w) < 2 {
		return dateWord{}
	}
	c0, c1 := w[0]|0x20, w[1]|0x20 // lower case of ASCII letters
	if c0 < 'a' || c0 > 'z' || c1 < 'a' || c1 > 'z' || !v.maybe[len(w)][c0-'a'][c1-'a'] {
		return dateWord{}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return v.words[string(buf[:len(w)])]
}

// dateRun is one ASCII word run of the sentence.
type dateRun struct {
	start, end int
	w          dateWord
}

func isASCIIWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

func isDigitByte(b byte) bool { return '0' <= b && b <= '9' }

// isSpaceByte is the \s of a regular expression: ASCII white space but \v.
func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// titleCase reports whether an ASCII word is capitalised and otherwise lower case.
func titleCase(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// dayDigits returns the length of the day number of a run that is one or
// two digits with an optional ordinal suffix ("5", "21st"), else 0.
func dayDigits(w string) int {
	n := 0
	for n < len(w) && n < 3 && isDigitByte(w[n]) {
		n++
	}
	if n == 0 || n > 2 {
		return 0
	}
	switch w[n:] {
	case "", "st", "nd", "rd", "th":
		return n
	}
	return 0
}

// dateScan is the state of one scan.
type dateScan struct {
	s    string
	runs []dateRun
	voc  *dateVocab
	hits []dateHit
}

// word returns the text of run k.
func (d *dateScan) word(k int) string { return d.s[d.runs[k].start:d.runs[k].end] }

// runAt returns the index of the run starting at byte p, looking from run
// from on, or -1.
func (d *dateScan) runAt(from, p int) int {
	for k := from; k < len(d.runs); k++ {
		if d.runs[k].start == p {
			return k
		}
		if d.runs[k].start > p {
			break
		}
	}
	return -1
}

// spaceRun returns the run after one or more white-space characters from
// byte p, or -1 when p is not followed by white space and a run.
func (d *dateScan) spaceRun(from, p int) int {
	q := p
	for q < len(d.s) && isSpaceByte(d.s[q]) {
		q++
	}
	if q == p {
		return -1
	}
	return d.runAt(from, q)
}

// year reads ",? \s+ YYYY" after byte p (the next run being from):
// the year and the end of the expression, or ok false.
func (d *dateScan) year(from, p int) (y, end int, ok bool) {
	q := p
	if q < len(d.s) && d.s[q] == ',' {
		q++
	}
	k := d.spaceRun(from, q)
	if k < 0 {
		return 0, 0, false
	}
	w := d.word(k)
	if len(w) != 4 || !allDigits(w) {
		return 0, 0, false
	}
	y, _ = strconv.Atoi(w)
	return y, d.runs[k].end, true
}

// fourDigitsAfterSpace returns the end of a four-digit run after white
// space from byte p, or -1.
func (d *dateScan) fourDigitsAfterSpace(from, p int) int {
	k := d.spaceRun(from, p)
	if k < 0 {
		return -1
	}
	if w := d.word(k); len(w) == 4 && allDigits(w) {
		return d.runs[k].end
	}
	return -1
}

// add records an expression unless it overlaps one found before.
func (d *dateScan) add(start, end int, date, future string) {
	for _, h := range d.hits {
		if start < h.End && h.Start < end {
			return
		}
	}
	d.hits = append(d.hits, dateHit{DateRef: DateRef{Start: start, End: end, Text: d.s[start:end], Date: date}, future: future})
}

// scanDates finds the date expressions of s (see FindDates). runs is
// scratch space, returned for reuse.
func scanDates(s string, base time.Time, hasBase bool, runs []dateRun) ([]dateHit, []dateRun) {
	hits, runs, _ := scanDatesIn(s, base, hasBase, runs, nil)
	return hits, runs
}

// scanDatesIn is scanDates with hits lent as scratch space too: the hits
// it returns are in it, valid until the next call with it.
func scanDatesIn(s string, base time.Time, hasBase bool, runs []dateRun, hits []dateHit) ([]dateHit, []dateRun, []dateHit) {
	voc := getDateVocab()
	d := dateScan{s: s, runs: runs[:0], voc: voc, hits: hits[:0]}
	any := false
	for i := 0; i < len(s); {
		if !isASCIIWordByte(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isASCIIWordByte(s[j]) {
			j++
		}
		w := voc.lookup(s[i:j])
		if w.flags != 0 || isDigitByte(s[i]) {
			any = true
		}
		d.runs = append(d.runs, dateRun{start: i, end: j, w: w})
		i = j
	}
	if !any {
		return nil, d.runs, d.hits
	}
	d.iso()
	d.monthDay(base, hasBase)
	d.dayMonth(base, hasBase)
	d.vague()
	d.relative(base, hasBase)
	d.weekdays(base, hasBase)
	// text order
	out := d.hits
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j-1], out[j] = out[j], out[j-1]
		}
	}
	return out, d.runs, d.hits
}

// iso: 2018-12-01.
func (d *dateScan) iso() {
	s, pos := d.s, 0
	for _, r := range d.runs {
		i := r.start
		if i < pos || i+10 > len(s) || !isDigitByte(s[i]) {
			continue
		}
		if !allDigits(s[i:i+4]) || s[i+4] != '-' || !allDigits(s[i+5:i+7]) || s[i+7] != '-' || !allDigits(s[i+8:i+10]) ||
			i+10 < len(s) && isASCIIWordByte(s[i+10]) {
			continue
		}
		y, _ := strconv.Atoi(s[i : i+4])
		mo, _ := strconv.Atoi(s[i+5 : i+7])
		dd, _ := strconv.Atoi(s[i+8 : i+10])
		d.add(i, i+10, ymd(y, time.Month(mo), dd), ymd(y, time.Month(mo), dd))
		pos = i + 10
	}
}

// monthDay: December 1, Dec. 1st, December 1, 2018.
func (d *dateScan) monthDay(base time.Time, hasBase bool) {
	s, pos := d.s, 0
	for k, r := range d.runs {
		if r.start < pos || r.w.flags&dwMonth == 0 || !titleCase(d.word(k)) {
			continue
		}
		p := r.end
		if p < len(s) && s[p] == '.' {
			p++
		}
		dk := d.spaceRun(k+1, p)
		if dk < 0 {
			continue
		}
		nd := dayDigits(d.word(dk))
		if nd == 0 {
			continue
		}
		day, _ := strconv.Atoi(s[d.runs[dk].start : d.runs[dk].start+nd])
		end := d.runs[dk].end
		y, yend, hasYear := d.year(dk+1, end)
		if hasYear {
			end = yend
		}
		pos = end
		d.addMonthDay(r.start, end, time.Month(r.w.num), day, y, hasYear, base, hasBase)
	}
}

// dayMonth: 1 December, 1st of Dec., 1 December 2018.
func (d *dateScan) dayMonth(base time.Time, hasBase bool) {
	s, pos := d.s, 0
	for k, r := range d.runs {
		if r.start < pos || !isDigitByte(s[r.start]) {
			continue
		}
		nd := dayDigits(d.word(k))
		if nd == 0 {
			continue
		}
		mk := d.spaceRun(k+1, r.end)
		if mk < 0 {
			continue
		}
		if d.word(mk) == "of" {
			mk = d.spaceRun(mk+1, d.runs[mk].end)
			if mk < 0 {
				continue
			}
		}
		if d.runs[mk].w.flags&dwMonth == 0 || !titleCase(d.word(mk)) {
			continue
		}
		day, _ := strconv.Atoi(s[r.start : r.start+nd])
		end := d.runs[mk].end
		if end < len(s) && s[end] == '.' {
			end++
		}
		y, yend, hasYear := d.year(mk+1, end)
		if hasYear {
			end = yend
		}
		pos = end
		d.addMonthDay(r.start, end, time.Month(d.runs[mk].w.num), day, y, hasYear, base, hasBase)
	}
}

func (d *dateScan) addMonthDay(start, end int, mon time.Month, day, y int, hasYear bool, base time.Time, hasBase bool) {
	if mon == 0 || day < 1 || day > 31 {
		return
	}
	var date string
	switch {
	case hasYear:
		date = ymd(y, mon, day)
	case hasBase:
		date = nearestYear(base, mon, day)
	}
	n := len(d.hits)
	d.add(start, end, date, date)
	if !hasYear && hasBase && len(d.hits) > n && date > base.Format("2006-01-02") {
		// "was arrested on Dec. 1" told in September: last December
		d.hits[n].past = ymd(base.Year()-1, mon, day)
		if t, err := time.Parse("2006-01-02", date); err == nil && t.Year() == base.Year()+1 {
			d.hits[n].past = ymd(base.Year(), mon, day)
		}
	}
}

// vague: last week, earlier this month, in (early|late|mid-)December
// 2018, December 2018, in 2018, in the 1990s, recently, days ago.
func (d *dateScan) vague() {
	pos := 0
	for k, r := range d.runs {
		if r.start < pos {
			continue
		}
		end := d.vagueAt(k)
		if end < 0 {
			continue
		}
		d.add(r.start, end, "", "")
		pos = end
	}

}

// vagueAt returns the end of a vague expression opening at run k, or -1.
func (d *dateScan) vagueAt(k int) int {
	r := d.runs[k]
	fl := r.w.flags
	if fl&(dwVagueFirst|dwPhrase|dwVaguePrep|dwMonth|dwVagueWord|dwAgoUnit) == 0 {
		return -1
	}
	// last|this|… week|month|…
	if fl&dwVagueFirst != 0 {
		if pk := d.spaceRun(k+1, r.end); pk >= 0 && d.runs[pk].w.flags&dwPeriod != 0 {
			return d.runs[pk].end
		}
	}
	if fl&dwPhrase != 0 {
		for _, p := range d.voc.phrasesOf(r.w) {
			if p.list != "vague-first" || !d.phraseAt(r.start, p.text) {
				continue
			}
			if pk := d.spaceRun(k+1, r.start+len(p.text)); pk >= 0 && d.runs[pk].w.flags&dwPeriod != 0 {
				return d.runs[pk].end
			}
		}
	}
	// in|since|… (early|late|mid-)? Month (YYYY)?
	if fl&dwVaguePrep != 0 {
		if mk := d.spaceRun(k+1, r.end); mk >= 0 {
			me := -1
			m := d.runs[mk]
			w := d.word(mk)
			switch {
			case m.w.flags&dwVagueMod != 0:
				if mk2 := d.spaceRun(mk+1, m.end); mk2 >= 0 && d.runs[mk2].w.flags&dwMonth != 0 {
					me = d.runs[mk2].end
				}
			case len(w) >= 3 && strings.EqualFold(w[:3], "mid"):
				if len(w) == 3 && m.end < len(d.s) && d.s[m.end] == '-' {
					if mk2 := d.runAt(mk+1, m.end+1); mk2 >= 0 && d.runs[mk2].w.flags&dwMonth != 0 {
						me = d.runs[mk2].end
					}
				} else if len(w) > 3 && d.voc.lookup(w[3:]).flags&dwMonth != 0 {
					me = m.end
				}
			case m.w.flags&dwMonth != 0:
				me = m.end
			}
			if me >= 0 {
				if ye := d.fourDigitsAfterSpace(mk+1, me); ye >= 0 {
					return ye
				}
				return me
			}
		}
	}
	// Month YYYY
	if fl&dwMonth != 0 {
		if ye := d.fourDigitsAfterSpace(k+1, r.end); ye >= 0 {
			return ye
		}
	}
	// in YYYY, in the 1990s
	if fl&dwVaguePrep != 0 && strings.EqualFold(d.word(k), "in") {
		if nk := d.spaceRun(k+1, r.end); nk >= 0 {
			w := d.word(nk)
			if len(w) == 4 && allDigits(w) {
				return d.runs[nk].end
			}
			if strings.EqualFold(w, "the") {
				if dk := d.spaceRun(nk+1, d.runs[nk].end); dk >= 0 {
					if w2 := d.word(dk); len(w2) == 5 && allDigits(w2[:4]) && (w2[4] == 's' || w2[4] == 'S') {
						return d.runs[dk].end
					}
				}
			}
		}
	}
	if fl&dwVagueWord != 0 {
		return r.end
	}
	// days ago
	if fl&dwAgoUnit != 0 && r.end < len(d.s) && d.s[r.end] == ' ' {
		if nk := d.runAt(k+1, r.end+1); nk >= 0 && strings.EqualFold(d.word(nk), "ago") {
			return d.runs[nk].end
		}
	}
	return -1
}

// phraseAt reports whether the lower-case phrase p is written at byte i,
// in any case.
func (d *dateScan) phraseAt(i int, p string) bool {
	return len(d.s)-i >= len(p) && strings.EqualFold(d.s[i:i+len(p)], p)
}

// relative: the day before yesterday, yesterday, today, tomorrow,
// tonight, last night.
func (d *dateScan) relative(base time.Time, hasBase bool) {
	pos := 0
	for _, r := range d.runs {
		if r.start < pos {
			continue
		}
		end, off := -1, 0
		if r.w.flags&dwPhrase != 0 {
			for _, p := range d.voc.phrasesOf(r.w) {
				e := r.start + len(p.text)
				if p.list == "relative" && d.phraseAt(r.start, p.text) && (e == len(d.s) || !isASCIIWordByte(d.s[e])) {
					end, off = e, p.num
					break
				}
			}
		}
		if end < 0 && r.w.flags&dwRelative != 0 {
			end, off = r.end, int(r.w.num)
		}
		if end < 0 {
			continue
		}
		date := ""
		if hasBase {
			date = base.AddDate(0, 0, off).Format("2006-01-02")
		}
		d.add(r.start, end, date, date)
		pos = end
	}
}

// weekdays: Monday … Sunday, also plural. A weekday is the last such day
// on or before the document date, or with future set (or after "next",
// "coming") the next one on or after it.
func (d *dateScan) weekdays(base time.Time, hasBase bool) {
	for k, r := range d.runs {
		if r.w.flags&dwWeekday == 0 || !titleCase(d.word(k)) {
			continue
		}
		if !hasBase {
			d.add(r.start, r.end, "", "")
			continue
		}
		wd := time.Weekday(r.w.num)
		prev := strings.ToLower(lastWord(d.s[:r.start]))
		resolve := func(future bool) string {
			var delta int
			switch {
			case prev == "next" || prev == "coming" || (future && prev != "last" && prev != "since" && prev != "past"):
				delta = (int(wd) - int(base.Weekday()) + 7) % 7
				if prev == "next" && delta == 0 {
					delta = 7
				}
			default:
				delta = -((int(base.Weekday()) - int(wd) + 7) % 7)
				if prev == "last" && delta == 0 {
					delta = -7
				}
			}
			return base.AddDate(0, 0, delta).Format("2006-01-02")
		}
		d.add(r.start, r.end, resolve(false), resolve(true))
	}
}
