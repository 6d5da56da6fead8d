package entities

import (
	"embed"
	"strings"
	"sync"

	"newsgraph/loader/datafile"
	"newsgraph/loader/lexicon"
	"newsgraph/schema"
)

//go:embed data
var data embed.FS

// titleKind says what holding a title implies.
type titleKind int

const (
	titleMod      titleKind = iota // "deputy", "chief": only before a title
	titleSpokes                    // spokespersonFor
	titleOfficial                  // memberOf a country or government body
	titleStaff                     // worksFor a company or organization
)

// wordLists are the embedded data lists, read once.
type wordLists struct {
	time, common, particles, connectors, given, surnames, portfolio, nationality, compoundGiven, adminWords map[string]bool
	titles                                                                                                  map[string]titleKind // lower case, may be several words
	titleWords                                                                                              int                  // most words in a title
	heads                                                                                                   map[string]schema.Class
	cues                                                                                                    map[string]schema.Class
	govSurface                                                                                              map[string]string   // "foreign ministry" -> "foreign-ministry" (or "foreign-ministry@US")
	govTemplate                                                                                             map[string]string   // "foreign-ministry|CA" -> "Global Affairs Canada"
	groups                                                                                                  map[string]string   // "republican" -> "US"; "" where no one country
	titleFirst                                                                                              map[string]int      // first word (firstOfPhrase) of a title -> most words (spaces + 1) of a title starting with it
	govFirst                                                                                                map[string]bool     // the first words (firstOfPhrase) of govSurface phrases
	lowerStart                                                                                              map[string]bool     // pronouns, govFirst, portfolio, "ministry", titles, their plurals and first words: see mayStartLower
	templated                                                                                               sync.Map            // kind -> templatedCountries(kind)
	gender                                                                                                  map[string]gender   // given name -> the sex it nearly always names
	titleCountries                                                                                          map[string][]string // "treasury secretary" -> ["US"]: countries whose office the title names
}

var (
	listsOnce sync.Once
	lists     *wordLists
)

func words() *wordLists {
	listsOnce.Do(func() { lists = loadLists() })
	return lists
}

// lines reads one of the package's embedded lists.
func lines(name string) [][]string { return datafile.Lines(data, name) }

func set(name string, lower bool) map[string]bool {
	m := map[string]bool{}
	for _, f := range lines(name) {
		w := strings.TrimSpace(f[0])
		if lower {
			w = strings.ToLower(w)
		}
		m[w] = true
	}
	return m
}

func loadLists() *wordLists {
	w := &wordLists{
		common:         set("data/common.txt", true),
		time:           set("data/timewords.txt", true),
		particles:      set("data/particles.txt", true),
		connectors:     set("data/connectors.txt", true),
		given:          set("data/givennames.txt", false),
		surnames:       set("data/surnames.txt", false),
		portfolio:      set("data/portfolio.txt", true),
		nationality:    set("data/nationality.txt", true),
		compoundGiven:  set("data/compoundgiven.txt", false),
		adminWords:     set("data/adminwords.txt", false),
		titles:         map[string]titleKind{},
		heads:          map[string]schema.Class{},
		cues:           map[string]schema.Class{},
		govSurface:     map[string]string{},
		govTemplate:    map[string]string{},
		groups:         map[string]string{},
		gender:         map[string]gender{},
		titleCountries: map[string][]string{},
	}
	for _, f := range lines("data/titlecountries.tsv") {
		if len(f) == 2 {
			w.titleCountries[f[0]] = strings.Split(f[1], "|")
		}
	}
	for _, f := range lines("data/gender.tsv") {
		if len(f) == 2 && f[1] == "f" {
			w.gender[f[0]] = genderFemale
		} else if len(f) == 2 && f[1] == "m" {
			w.gender[f[0]] = genderMale
		}
		w.given[f[0]] = true // a gendered given name is a given name
	}
	for _, f := range lines("data/groupwords.tsv") {
		c := ""
		if len(f) > 1 && f[1] != "-" {
			c = strings.TrimSpace(f[1])
		}
		w.groups[strings.TrimSpace(f[0])] = c
	}
	for _, f := range lines("data/titles.txt") {
		k := titleMod
		switch f[1] {
		case "spokes":
			k = titleSpokes
		case "official":
			k = titleOfficial
		case "staff":
			k = titleStaff
		}
		t := strings.ToLower(f[0])
		if old, ok := w.titles[t]; ok && old != titleMod {
			continue // a word both title and modifier ("chief") stays a title
		}
		w.titles[t] = k
		if n := len(strings.Fields(t)); n > w.titleWords {
			w.titleWords = n
		}
	}
	for _, f := range lines("data/orgheads.txt") {
		c := schema.Organization
		switch f[1] {
		case "gov":
			c = schema.GovernmentOrganization
		case "corp":
			c = schema.Corporation
		case "place":
			c = schema.Place
		}
		w.heads[f[0]] = c
	}
	for _, f := range lines("data/cues.txt") {
		w.cues[f[0]] = map[string]schema.Class{"corp": schema.Corporation, "org": schema.Organization, "place": schema.Place, "person": schema.Person}[f[1]]
	}
	for _, f := range lines("data/govbodies.tsv") {
		if strings.HasPrefix(f[0], "=") {
			w.govSurface[f[0][1:]] = f[1]
		} else if len(f) == 3 {
			w.govTemplate[f[0]+"|"+f[1]] = f[2]
		}
	}
	w.titleFirst, w.govFirst = map[string]int{}, map[string]bool{}
	for t := range w.titles {
		f := firstOfPhrase(t)
		w.titleFirst[f] = max(w.titleFirst[f], strings.Count(t, " ")+1)
	}
	for g := range w.govSurface {
		w.govFirst[firstOfPhrase(g)] = true
	}
	w.lowerStart = map[string]bool{"ministry": true}
	for _, m := range []map[string]bool{pronounWords, w.govFirst, w.portfolio} {
		for x := range m {
			w.lowerStart[x] = true
		}
	}
	for t := range w.titles {
		w.lowerStart[t] = true
		w.lowerStart[t+"s"] = true
		w.lowerStart[firstOfPhrase(t)] = true
	}
	return w
}

// templatedCountries lists the countries (in the order of
// lexicon.Countries) whose body of this kind has a name of its own
// (govTemplate); computed once per kind.
func (w *wordLists) templatedCountries(kind string) []string {
	if l, ok := w.templated.Load(kind); ok {
		return l.([]string)
	}
	var l []string
	for _, c := range lexicon.Countries() {
		if _, ok := w.govTemplate[kind+"|"+c.ISO2]; ok {
			l = append(l, c.Name)
		}
	}
	w.templated.Store(kind, l)
	return l
}

// mayStartLower reports whether a lower-case token (its lower case low)
// may start a pronoun, a government body phrase or a title phrase of
// findLowercase; false means surely none.
func (w *wordLists) mayStartLower(low string) bool {
	if w.lowerStart[low] {
		return true
	}
	// the spellings titleOf and titleAt read beyond the lists: the parts of
	// "vice-minister", "spokesperson" misspelt, a token with a space in it
	return strings.IndexByte(low, '-') >= 0 || strings.IndexByte(low, ' ') >= 0 || strings.HasPrefix(low, "spok")
}

// firstOfPhrase is a phrase up to its first space.
func firstOfPhrase(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// titleAt is titleOf for the lower-case tokens [a, b) of sentence i joined
// by spaces. A phrase of several words can only be a title (or, with a
// final "s", a title's plural) when its first word starts one.
// Where no token has a space in it, a phrase of n tokens has n-1 spaces, as
// the title (or the singular of a plural title) it may be has.
func (d *docState) titleAt(i, a, b int) (titleKind, bool) {
	if b-a == 1 {
		k, ok := d.w.titleOf(d.lows[i][a])
		if !ok && len(d.lows[i][a]) >= minSpokesTypo {
			if d.w.spokesTypo(d.lows[i][a]) {
				return titleSpokes, true // "spokesprson"
			}
		}
		return k, ok
	}
	c := &d.tmax[i][a]
	if *c == 0 {
		*c = int32(d.w.titleFirst[firstOfPhrase(d.lows[i][a])]) + 1
	}
	if n := int(*c) - 1; n == 0 || b-a > n && !d.spaced {
		return titleMod, false
	}
	return d.w.titleOf(string(d.phrase(i, a, b)))
}

// titleOf reports whether the lower-case phrase is a title (not a bare modifier).
func (w *wordLists) titleOf(phrase string) (titleKind, bool) {
	k, ok := w.titles[phrase]
	if !ok && strings.HasSuffix(phrase, "s") && !strings.HasSuffix(phrase, "ss") && len(phrase) > 4 {
		// a plural title before a list of names: "senators Ann Lee and Bo Li"
		if pk, pok := w.titles[strings.TrimSuffix(phrase, "s")]; pok && pk == titleOfficial {
			k, ok = pk, true
		}
	}
	if !ok && !strings.Contains(phrase, " ") && strings.Contains(phrase, "-") {
		// "ambassador-at-large", "vice-minister": the title among the parts
		for _, part := range strings.Split(phrase, "-") {
			if pk, pok := w.titles[part]; pok && pk != titleMod {
				return pk, true
			}
		}
	}
	return k, ok && k != titleMod
}

func (w *wordLists) isMod(word string) bool {
	k, ok := w.titles[word]
	return ok && k == titleMod || word == "former" || word == "then"
}

// minSpokesTypo is the shortest word taken for a misspelt spokesperson title.
const minSpokesTypo = 9

// spokesTypo: the lower-case word is one letter off a spokesperson title of
// the lists ("spokersperson", "spokeman"), and not its plural.
func (w *wordLists) spokesTypo(word string) bool {
	if _, ok := w.titles[word]; ok || !strings.HasPrefix(word, "spok") {
		return false
	}
	for t, k := range w.titles {
		if k == titleSpokes && len(t) >= minSpokesTypo-1 && !strings.Contains(t, " ") && t+"s" != word && word+"s" != t && lexicon.OneEdit(word, t) {
			return true
		}
	}
	return false
}
