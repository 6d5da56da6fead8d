package entities

import (
	"strings"

	"newsgraph/loader/lexicon"
	"newsgraph/schema"
)

// The world knowledge the stages consult, all from package lexicon.

// country finds a country by name or alias ("U.S.", "the United States").
func country(s string) (*lexicon.Country, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, false
	}
	if c, ok := lexicon.CountryByName(s); ok {
		return c, true
	}
	if isAllCaps(s) && len(s) > 3 {
		return lexicon.CountryByName(titleCase(s))
	}
	return nil, false
}

// demonym finds a country by its demonym, singular or plural ("Canadians").
func demonym(s string) (*lexicon.Country, bool) {
	if c, ok := lexicon.CountryByDemonym(s); ok {
		return c, true
	}
	if strings.HasSuffix(s, "s") {
		return lexicon.CountryByDemonym(strings.TrimSuffix(s, "s"))
	}
	return nil, false
}

// capital finds the country whose capital s is.
func capital(s string) (*lexicon.Country, bool) {
	if c, ok := lexicon.CountryByCapital(s); ok {
		return c, true
	}
	if isAllCaps(s) && len(s) > 3 {
		return lexicon.CountryByCapital(titleCase(s))
	}
	return nil, false
}

// known is what the gazetteer says about a multi-word name.
type known struct {
	Name    string
	Class   schema.Class
	Country string // canonical country name, "" if none
}

// lookup finds a place or organization in the gazetteer.
func lookup(s string) (known, bool) {
	if c, ok := country(s); ok {
		return known{Name: c.Name, Class: schema.Country, Country: c.Name}, true
	}
	if k, ok := lookupExtra(s); ok {
		return k, true
	}
	if c, ok := capital(s); ok {
		return known{Name: canonicalCapital(s), Class: schema.Place, Country: c.Name}, true
	}
	return known{}, false
}

func canonicalCapital(s string) string {
	if isAllCaps(s) {
		return titleCase(s)
	}
	return s
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters > 0
}

func titleCase(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		if w != "" {
			ws[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(ws, " ")
}

// takesArticle reports whether a country is written with "the" inside a
// name ("Embassy of the United States in Russia").
func takesArticle(name string) bool {
	if c, ok := lexicon.CountryByName(name); ok {
		return c.Article
	}
	return false
}

// lookupExtra consults the gazetteer's organizations and places.
func lookupExtra(s string) (known, bool) {
	if o, ok := lexicon.OrganizationByName(s); ok {
		k := known{Name: o.Name, Class: o.Class}
		if c, ok := lexicon.CountryByISO2(o.Country); ok {
			k.Country = c.Name
		}
		return k, true
	}
	if p, ok := lexicon.PlaceByName(s); ok {
		k := known{Name: qualifiedPlaceName(p), Class: schema.Place}
		if c := p.CountryOf(); c != nil {
			k.Country = c.Name
		}
		return k, true
	}
	return known{}, false
}

// qualifiedPlaceName: a place whose name other places of the gazetteer share
// is named by its qualified alias where it has one ("Washington, D.C." for
// the city, not the state), so that one name means one place.
func qualifiedPlaceName(p *lexicon.Place) string {
	if len(lexicon.PlacesByName(p.Name)) < 2 {
		return p.Name
	}
	for _, a := range p.Aliases {
		if strings.HasPrefix(a, p.Name+", ") {
			return a
		}
	}
	return p.Name
}

// orgVariant: tokens [a, b) of sentence i are a loose or misspelt form of
// an organization of the gazetteer (lexicon.OrganizationVariant), and
// nothing says they are anything else: no word of them is a given name or
// family name of the lists, or a word the document writes in lower case.
func (d *docState) orgVariant(i, a, b int) (known, bool) {
	ts := d.sentToks(i)
	for k := a; k < b; k++ {
		w := ts[k].Text
		if d.w.given[w] || d.w.surnames[w] || d.seenLower[d.lows[i][k]] && !lexicon.IsIndustryWord(w) {
			return known{}, false
		}
	}
	s := d.span(i, a, b)
	if m, ok := d.variants[s]; ok {
		return m.k, m.ok
	}
	var k known
	o, ok := lexicon.OrganizationVariant(s)
	if ok {
		k = known{Name: o.Name, Class: o.Class}
		if c, ok := lexicon.CountryByISO2(o.Country); ok {
			k.Country = c.Name
		}
	}
	d.variants[s] = knownMemo{k, ok}
	return k, ok
}
