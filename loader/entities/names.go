package entities

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"newsgraph/loader/lexicon"
	"newsgraph/loader/text"
	"newsgraph/schema"
)

// Stage 1: candidate proper names from capitalization.

// run is a maximal stretch of capitalized words (with the connectors and
// particles between them) inside one sentence: a candidate name, or a
// sequence of names and titles to be split by classify.
type run struct {
	sent   int
	ti, tj int // token indices [ti, tj) in the sentence
}

// docState is one document going through the stages.
type docState struct {
	a          *text.Annotated
	w          *wordLists
	headline   []bool          // per sentence: written in title case
	seenLower  map[string]bool // words written in lower case somewhere
	seenCapMid map[string]bool // words capitalized in mid-sentence of running text
	runs       []run
	pieces     [][]*piece // per sentence, in token order
	ents       []*entity
	byName     map[string]*entity
	rels       []relation
	genders    map[*entity]gender // what the text says of each person's sex (coref stage)
	groups     [][]personGroup    // per sentence: people named together (coref stage)
	bylines    []byline
	slab       [][]piece // the pieces' storage, kept for the next document
	slabUsed   int       // pieces handed out of slab
	piecesBuf  []*piece  // the first pieces of each sentence: pieces[i] starts in it
	memos
}

// slabChunk is how many pieces one chunk of a state's slab holds;
// maxSlabChunks is the most chunks kept for the next document.
const (
	slabChunk     = 64
	maxSlabChunks = 64
)

// newPiece returns a new piece holding v, from the state's slab.
func (d *docState) newPiece(v piece) *piece {
	c, x := d.slabUsed/slabChunk, d.slabUsed%slabChunk
	if c == len(d.slab) {
		d.slab = append(d.slab, make([]piece, slabChunk))
	}
	p := &d.slab[c][x]
	*p = v
	d.slabUsed++
	return p
}

func newDocState(a *text.Annotated) *docState {
	ntok := 0
	for _, s := range a.Sentences {
		ntok += len(s.Tokens)
	}
	d, _ := statePool.Get().(*docState)
	if d == nil {
		d = &docState{}
	}
	d.a, d.w = a, words()
	if d.seenLower == nil || len(d.seenLower) > maxReused {
		d.seenLower = make(map[string]bool, ntok/2)
	} else {
		clear(d.seenLower)
	}
	if d.seenCapMid == nil || len(d.seenCapMid) > maxReused {
		d.seenCapMid = make(map[string]bool, ntok/8)
	} else {
		clear(d.seenCapMid)
	}
	d.byName = reuseMap(d.byName)
	d.initMemos()
	d.headline = resize(d.headline, len(a.Sentences))
	for i, s := range a.Sentences {
		d.headline[i] = false
		if !s.IsAside() {
			n, c := longWords(s.Tokens)
			d.headline[i] = headlineCounts(s.Tokens, n, c) || s.Paragraph == text.TitleParagraph && share(n, c) > 0.5
		}
	}
	for i, s := range a.Sentences {
		first := firstWord(s.Tokens)
		for k, t := range s.Tokens {
			r, _ := utf8.DecodeRuneInString(t.Text)
			if unicode.IsLower(r) {
				d.seenLower[t.Text] = true
			} else if unicode.IsUpper(r) && k != first && !d.headline[i] && !afterOpener(s.Tokens, k) {
				d.seenCapMid[t.Text] = true
			}
		}
	}
	return d
}

// statePool keeps document states for reuse: their tables and maps are
// emptied and used again for the next document, saving their allocation
// and growth.
var statePool sync.Pool

// release empties what the state refers to and returns it to the pool; d
// must not be used after.
func (d *docState) release() {
	m := d.memos
	slab := d.slab
	if len(slab) > maxSlabChunks {
		slab = slab[:maxSlabChunks]
	}
	*d = docState{
		seenLower: d.seenLower, seenCapMid: d.seenCapMid, byName: d.byName, headline: d.headline,
		runs: d.runs[:0], slab: slab, piecesBuf: d.piecesBuf,
		memos: memos{
			lows: m.lows, caps: m.caps, tmax: m.tmax,
			lowsBuf: m.lowsBuf, capsBuf: m.capsBuf, tmaxBuf: m.tmaxBuf,
			known: m.known, lookups: m.lookups, variants: m.variants,
			countries: m.countries, demonyms: m.demonyms, capitals: m.capitals,
			buf: m.buf,
		},
	}
	statePool.Put(d)
}

func tokText(t text.Token) string { return t.Text }

// firstWord is the index of the first word token of a sentence (after
// opening quotes, dashes, brackets).
func firstWord(ts []text.Token) int {
	for k, t := range ts {
		if isWord(t.Text) {
			return k
		}
	}
	return len(ts)
}

func isWord(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		c := s[0] | 0x20 // an ASCII letter in lower case
		return 'a' <= c && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func isCapitalized(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// afterOpener: the token follows an opening quote or a colon, where a new
// capitalized sentence may start.
func afterOpener(ts []text.Token, k int) bool {
	if k == 0 {
		return true
	}
	switch ts[k-1].Text {
	case "\"", "\u201c", "\u2018", ":", "(", "\u2014", "--", "-", "\u2013":
		return true
	}
	return false
}

// longWords counts the words of more than three letters of ts (n) and the
// capitalized ones among them (c).
func longWords(ts []text.Token) (n, c int) {
	for _, t := range ts {
		if len(t.Text) <= 3 || !isWord(t.Text) || utf8.RuneCountInString(t.Text) <= 3 {
			continue
		}
		n++
		if isCapitalized(t.Text) {
			c++
		}
	}
	return n, c
}

// share is c/n, 0 when n is 0.
func share(n, c int) float64 {
	if n == 0 {
		return 0
	}
	return float64(c) / float64(n)
}

// headlineCounts: a title-case line (most longer words capitalized); n
// and c are longWords(ts).
func headlineCounts(ts []text.Token, n, c int) bool {
	if n < 4 || share(n, c) < 0.75 {
		return false
	}
	switch ts[len(ts)-1].Text {
	case ".", "!", "?", "\"", "\u201d", "...", "\u2026", ")":
		return false // running text dense with names, not a headline
	}
	return true
}

// isCap decides whether token k of sentence i can be part of a name (once
// per token: the answer depends only on the document).
func (d *docState) isCap(i, k int) bool {
	c := &d.caps[i][k]
	if *c == 0 {
		*c = 1
		if d.isCapToken(i, k) {
			*c = 2
		}
	}
	return *c == 2
}

func (d *docState) isCapToken(i, k int) bool {
	ts := d.a.Sentences[i].Tokens
	t := ts[k].Text
	if !isCapitalized(t) || hasDigit(t) && !d.gazetteerOrg(t) {
		return false // "G7" is a name, "2018" or "5G" none
	}
	low := d.lows[i][k]
	if d.w.time[low] || d.w.time[strings.TrimSuffix(low, ".")] {
		return false
	}
	for _, suf := range []string{"-based", "-born", "-led", "-backed", "-owned", "-made", "-run", "-style", "-era"} {
		if strings.HasSuffix(low, suf) {
			return false
		}
	}
	if strings.IndexByte(t, '-') >= 0 || strings.Contains(t, "\u2010") {
		// "China-Canada", "US-Russia": two countries, not a name
		parts := strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '\u2010' })
		all := len(parts) > 1
		for _, p := range parts {
			if _, ok := d.country(p); !ok {
				if _, ok := d.demonym(p); !ok {
					all = false
				}
			}
		}
		if all {
			return false
		}
	}
	knownWord := d.knownWord(t)
	if d.headline[i] {
		if knownWord || d.seenCapMid[t] {
			return true
		}
		if d.w.common[low] || d.seenLower[low] {
			return false
		}
		if d.w.portfolioOrHead(low) {
			// "Acme Press Agency": a head word continues a name
			return k > 0 && isCapitalized(ts[k-1].Text) && !d.w.common[d.lows[i][k-1]]
		}
		return true
	}
	if k == firstWord(ts) || afterOpener(ts, k) {
		if knownWord {
			return true
		}
		if isAllCaps(t) && utf8.RuneCountInString(t) > 1 && k+1 < len(ts) && isAllCaps(ts[k+1].Text) && isWord(ts[k+1].Text) {
			return true // "NEW YORK —": a name in capitals
		}
		if d.w.common[low] {
			return false
		}
		nextCap := k+1 < len(ts) && isCapitalized(ts[k+1].Text)
		if d.seenLower[low] && !d.seenCapMid[t] && !nextCap {
			return false
		}
	}
	return true
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// knownWord: a country, demonym or capital: capitalized wherever it stands.
func (d *docState) knownWord(t string) bool {
	k, ok := d.known[t]
	if !ok {
		k = d.isKnownWord(t)
		d.known[t] = k
	}
	return k
}

func (d *docState) isKnownWord(t string) bool {
	if _, ok := d.country(t); ok {
		return true
	}
	if _, ok := d.demonym(t); ok {
		return true
	}
	_, ok := d.capital(t)
	return ok
}

func (w *wordLists) portfolioOrHead(low string) bool {
	_, h := w.heads[low]
	_, t := w.titles[low]
	return w.portfolio[low] || h || t
}

// findRuns collects the runs of every sentence.
func (d *docState) findRuns() {
	for i, s := range d.a.Sentences {
		ts := s.Tokens
		k := 0
		for k < len(ts) {
			if !d.isCap(i, k) {
				k++
				continue
			}
			start := k
			end := k + 1
			joined := -1 // where the run last took in a connector
			for end < len(ts) {
				if d.isCap(i, end) && !d.lineBreak(ts[end-1], ts[end]) {
					end++
					continue
				}
				// "People's Republic", "People's Daily": a possessive inside a name
				if ts[end].Text == "'s" || ts[end].Text == "\u2019s" {
					if ts[end-1].Text == "People" && end+1 < len(ts) && d.isCap(i, end+1) {
						end += 2
						continue
					}
					if joined > start && end+1 < len(ts) && d.isCap(i, end+1) {
						// "Affairs Office of China's State Council": the possessor
						// starts a name of its own
						d.runs = append(d.runs, run{sent: i, ti: start, tj: joined})
						start = joined + 1
					}
					break
				}
				if j, ok := d.joinAcross(i, start, end); ok {
					joined = end
					end = j
					continue
				}
				break
			}
			d.runs = append(d.runs, run{sent: i, ti: start, tj: end})
			k = end
		}
	}
}

func (d *docState) lineBreak(a, b text.Token) bool {
	return strings.Contains(d.a.Doc.Text[a.End:b.Start], "\n")
}

// joinAcross decides whether the connector(s) at ts[end...] join the run
// ts[start:end] to the capitalized words after them; it returns the new end.
func (d *docState) joinAcross(i, start, end int) (int, bool) {
	ts := d.a.Sentences[i].Tokens
	j := end
	var conns []string
	for j < len(ts) && len(conns) < 2 {
		low := d.lows[i][j]
		if ts[j].Text != low && low != "&" {
			break // a capitalized "Of" is a word of the run, handled by isCap
		}
		if !d.w.connectors[low] && !d.w.particles[low] {
			break
		}
		conns = append(conns, low)
		j++
	}
	if len(conns) == 0 || j >= len(ts) || !d.isCap(i, j) {
		return 0, false
	}
	if e := d.gazetteerNameEnd(i, start, j); e > 0 {
		return e, true // "Voice of America", "The Globe and Mail", "House of Commons"
	}
	allParticles := true
	for _, c := range conns {
		if !d.w.particles[c] || c == "the" || c == "y" {
			allParticles = false
		}
	}
	if allParticles {
		return j, true // "Ursula von der Leyen"
	}
	if len(conns) == 2 && conns[1] != "the" {
		return 0, false
	}
	if rf := d.lows[i][j]; d.w.common[rf] || d.w.time[rf] {
		return 0, false // "Foreign Ministry on Friday"
	}
	c := conns[0]
	left := ts[start:end]
	lastLow := d.lows[i][end-1]
	leftHasHead := false
	for _, l := range d.lows[i][start:end] {
		if _, ok := d.w.heads[l]; ok {
			leftHasHead = true
		}
	}
	_, lastIsHead := d.w.heads[lastLow]
	_, lastIsTitle := d.w.titles[lastLow]
	switch {
	case d.w.particles[c] && c != "the" && c != "y":
		// "Ursula von der Leyen", "Luiz Inacio Lula da Silva"
		return j, true
	case c == "of" || c == "for" || c == "on":
		if lastIsHead || lastIsTitle || leftHasHead {
			return j, true
		}
		// "Bank of China": a head word right after the connector phrase is not needed
		return 0, false
	case c == "to":
		if lastIsTitle {
			return j, true
		}
		// "Committee to Protect Journalists": a head word, then a cause
		// of two or more capitalized words none of which is a known name
		if lastIsHead && len(conns) == 1 && j+1 < len(ts) && d.isCap(i, j+1) && d.w.heads[lastLow] != schema.Place {
			if _, ok := d.lookup(ts[j].Text); !ok {
				if _, ok := d.country(ts[j].Text); !ok {
					return j, true
				}
			}
		}
	case c == "in" || c == "at":
		// "Embassy of China in Canada", "Consulate General in St. Petersburg"
		if leftHasHead && (strings.Contains(lastLow, "embass") || strings.Contains(lastLow, "consul") || d.headAmong(left, "embassy", "consulate", "consulate-general", "office", "mission")) {
			return j, true
		}
	case c == "and" || c == "&":
		// "Hong Kong and Macao Affairs Office", "Johnson & Johnson": only when the
		// right side ends a name with a head word
		if len(conns) > 1 || leftHasHead {
			return 0, false
		}
		k := j
		for k < len(ts) && (d.isCap(i, k)) {
			if _, ok := d.w.heads[d.lows[i][k]]; ok && d.w.heads[d.lows[i][k]] != "schema:Place" {
				return j, true
			}
			k++
		}
		if c == "&" {
			return j, true
		}
	}
	return 0, false
}

func (d *docState) headAmong(ts []text.Token, heads ...string) bool {
	for _, t := range ts {
		low := strings.ToLower(t.Text)
		for _, h := range heads {
			if low == h {
				return true
			}
		}
	}
	return false
}

// gazetteerOrg: the word alone is an organization of the gazetteer ("G7").
func (d *docState) gazetteerOrg(t string) bool {
	k, ok := d.lookup(t)
	return ok && k.Class != schema.Place && k.Class != schema.Country
}

// gazetteerNameEnd: tokens [start, e) of sentence i, with the connectors
// before j and up to three capitalized words from j, are the whole name of
// an organization or country of the gazetteer, or a government body its
// patterns name ("House of Commons"); it returns e, 0 if none.
func (d *docState) gazetteerNameEnd(i, start, j int) int {
	ts := d.a.Sentences[i].Tokens
	first := start
	if d.lows[i][first] == "the" && first+1 < j {
		first++
	}
	if !lexicon.StartsConnectedName(d.lows[i][first]) {
		return 0
	}
	best := 0
	for e := j + 1; e <= len(ts) && e <= j+3; e++ {
		if !d.isCap(i, e-1) {
			break
		}
		s := d.span(i, start, e)
		if k, ok := d.lookup(s); ok && k.Class != schema.Place {
			best = e
		} else if lexicon.IsGovernmentForm(s) {
			best = e
		}
	}
	return best
}
