package lexicon

import (
	"fmt"
	"strings"
	"sync"

	"newsgraph/schema"
)

// GovBody is a government body resolved from a phrase.
type GovBody struct {
	Name    string       // canonical name: "Ministry of Foreign Affairs of China"
	Class   schema.Class // schema.GovernmentOrganization, or schema.Country for "the Chinese government"
	Body    string       // kind of body, the first column of government.tsv: "foreign-affairs", "embassy"
	Country *Country     // the country the body belongs to (its parentOrganization)
	Place   *Place       // the sub-national owner ("Supreme Court of British Columbia"), if any
	Host    *Country     // the host country of an embassy or consulate, if any
	City    string       // the host city of a consulate, if any
}

// GovContext is what the text around a phrase says when the phrase does not.
type GovContext struct {
	Country *Country // owner of a body the phrase names without one ("the Foreign Ministry")
	Host    *Country // host country of an embassy the phrase names without one ("the Chinese Embassy")
}

type govBody struct {
	id, template, subTemplate string
	class                     schema.Class
}

type govNational struct {
	body      string
	country   *Country
	canonical string // "-": no such body
}

type govStore struct {
	once       sync.Once
	bodies     map[string]*govBody
	forms      *index[*govBody]
	exceptions map[string]*govNational // body + "/" + ISO2
	ofCountry  map[string]*index[*govNational]
	standalone *index[*govNational]
	conflicts  []Conflict
}

var govData govStore

var govClasses = map[string]schema.Class{
	"GovernmentOrganization": schema.GovernmentOrganization,
	"Country":                schema.Country,
}

func loadGovernment() {
	d := &govData
	d.bodies = map[string]*govBody{}
	d.forms = newIndex("government form", func(b *govBody) string { return b.id }, &d.conflicts)
	for _, f := range table("government.tsv", 5) {
		class, ok := govClasses[f[1]]
		if !ok {
			panic(fmt.Sprintf("lexicon: government.tsv: %s: unknown class %q", f[0], f[1]))
		}
		b := &govBody{id: f[0], class: class, template: f[2], subTemplate: f[3]}
		if d.bodies[b.id] != nil {
			panic("lexicon: government.tsv: duplicate body " + b.id)
		}
		d.bodies[b.id] = b
		for _, n := range split(f[4]) {
			d.forms.add(n, b)
		}
	}
	label := func(n *govNational) string { return n.canonical }
	d.exceptions = map[string]*govNational{}
	d.ofCountry = map[string]*index[*govNational]{}
	d.standalone = newIndex("national government body", label, &d.conflicts)
	for _, f := range table("government_national.tsv", 4) {
		c, ok := CountryByISO2(f[1])
		if !ok || d.bodies[f[0]] == nil {
			panic(fmt.Sprintf("lexicon: government_national.tsv: bad row %q", f))
		}
		n := &govNational{body: f[0], country: c, canonical: f[2]}
		if d.exceptions[n.body+"/"+c.ISO2] == nil {
			d.exceptions[n.body+"/"+c.ISO2] = n
		}
		if n.canonical == "-" {
			continue
		}
		ix := d.ofCountry[c.ISO2]
		if ix == nil {
			ix = newIndex("government body of "+c.ISO2, label, &d.conflicts)
			d.ofCountry[c.ISO2] = ix
		}
		for _, s := range append([]string{n.canonical}, split(f[3])...) {
			ix.add(s, n)
			d.standalone.add(s, n)
		}
	}
}

func government() *govStore { govData.once.Do(loadGovernment); return &govData }

// GovernmentConflicts lists forms and names that two bodies claim in the
// data; the first in file order keeps each.
func GovernmentConflicts() []Conflict { return government().conflicts }

// GovernmentBody turns a phrase naming a government body into its canonical
// name, country the owner when the phrase names none: "Chinese Foreign
// Ministry", "China's Foreign Ministry", "Foreign Ministry of China" and "the
// Foreign Ministry" with China all give "Ministry of Foreign Affairs of
// China"; "the Foreign Ministry" with Canada gives "Global Affairs Canada";
// "the State Department" gives "United States Department of State" whatever
// the country. See ResolveGovernmentBody.
func GovernmentBody(phrase string, country *Country) (string, bool) {
	b, ok := ResolveGovernmentBody(phrase, GovContext{Country: country})
	return b.Name, ok
}

// ResolveGovernmentBody resolves a phrase naming a government body. The
// phrase may name its owner by demonym or name before the body ("Chinese",
// "U.S.", "South Korean"), by possessive ("China's", "Beijing's"), or after it
// ("... of the People's Republic of China"); a sub-national owner (state,
// province, region) works for bodies that have a sub-national template
// ("Supreme Court of British Columbia", "Hong Kong government"). An embassy or
// consulate takes its host from "in <country, capital or city>" or from
// ctx.Host. "the Chinese government" and "the Canadian side" resolve to the
// Country itself (Class schema.Country). A phrase that is a national body's
// own name ("State Department", "Global Affairs Canada", "Pentagon") resolves
// to it when the phrase does not also fit a body of ctx.Country.
func ResolveGovernmentBody(phrase string, ctx GovContext) (GovBody, bool) {
	d := government()
	p := trimThe(strings.TrimSpace(phrase))
	if p == "" {
		return GovBody{}, false
	}
	var candidates []hosted
	if i := strings.LastIndex(strings.ToLower(p), " in "); i > 0 {
		if h, ok := resolveHost(p[i+4:]); ok {
			candidates = append(candidates, hosted{text: p[:i], host: h.host, city: h.city})
		}
	}
	candidates = append(candidates, hosted{text: p})
	for _, c := range candidates {
		for _, a := range parseOwner(c.text) {
			b, ok := d.build(a, c, ctx)
			if ok {
				return b, true
			}
		}
	}
	if n, ok := d.standalone.get(p); ok {
		return GovBody{Name: n.canonical, Class: d.bodies[n.body].class, Body: n.body, Country: n.country}, true
	}
	return GovBody{}, false
}

type hosted struct {
	text string
	host *Country
	city string
}

// ownerParse is one reading of a phrase: an owner (or none) and the rest.
type ownerParse struct {
	country *Country
	place   *Place
	rest    string
}

// parseOwner lists the readings of a phrase, those naming an owner first.
func parseOwner(s string) []ownerParse {
	var out []ownerParse
	// "China's Foreign Ministry", "Beijing's foreign ministry"
	for _, sep := range []string{"'s ", "\u2019s ", "s' ", "s\u2019 "} {
		if i := strings.Index(s, sep); i > 0 {
			owner := s[:i]
			if strings.HasPrefix(sep, "s") {
				owner += "s"
			}
			if c, pl, ok := resolveOwner(owner, true); ok {
				out = append(out, ownerParse{c, pl, s[i+len(sep):]})
			}
		}
	}
	// "Ministry of Foreign Affairs of China": try each " of " from the right
	low := strings.ToLower(s)
	for i := strings.LastIndex(low, " of "); i > 0; i = strings.LastIndex(low[:i], " of ") {
		if c, pl, ok := resolveOwner(trimThe(s[i+4:]), true); ok {
			out = append(out, ownerParse{c, pl, s[:i]})
		}
	}
	// "Chinese Foreign Ministry", "U.S. State Department", "South Korean ..."
	words := strings.Fields(s)
	for n := min(4, len(words)-1); n >= 1; n-- {
		if c, pl, ok := resolveOwner(strings.Join(words[:n], " "), false); ok {
			out = append(out, ownerParse{c, pl, strings.Join(words[n:], " ")})
		}
	}
	return append(out, ownerParse{rest: s})
}

// resolveOwner finds the country or sub-national place a word group names.
// Capitals count only where they cannot be read as a city's own body
// (possessive and "of" forms).
func resolveOwner(s string, capitals bool) (*Country, *Place, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil, false
	}
	if c, ok := CountryByDemonym(s); ok {
		return c, nil, true
	}
	if c, ok := CountryByName(s); ok {
		return c, nil, true
	}
	if capitals {
		if c, ok := CountryByCapital(s); ok {
			return c, nil, true
		}
	}
	for _, p := range PlacesByName(s) {
		if p.Kind != "city" && p.Kind != "place" {
			return p.CountryOf(), p, true
		}
	}
	return nil, nil, false
}

// resolveHost reads the "in ..." part of a mission's name.
func resolveHost(s string) (hosted, bool) {
	s = trimThe(strings.TrimSpace(s))
	if c, ok := CountryByName(s); ok {
		return hosted{host: c}, true
	}
	if c, ok := CountryByCapital(s); ok {
		city := s
		if p, ok := PlaceByName(s); ok && p.Country == c.ISO2 {
			city = p.Name
		}
		return hosted{host: c, city: city}, true
	}
	if p, ok := PlaceByName(s); ok {
		return hosted{host: p.CountryOf(), city: p.Name}, true
	}
	return hosted{}, false
}

func (d *govStore) build(a ownerParse, h hosted, ctx GovContext) (GovBody, bool) {
	// a national body's own name after its owner: "U.S. State Department"
	if a.country != nil && a.place == nil {
		if ix := d.ofCountry[a.country.ISO2]; ix != nil {
			if n, ok := ix.get(a.rest); ok {
				return GovBody{Name: n.canonical, Class: d.bodies[n.body].class, Body: n.body, Country: n.country,
					Host: h.host, City: h.city}, true
			}
		}
	}
	body, ok := d.forms.get(a.rest)
	if !ok {
		return GovBody{}, false
	}
	country, place := a.country, a.place
	if country == nil {
		country = ctx.Country
		if country == nil {
			return GovBody{}, false
		}
	}
	host, city := h.host, h.city
	if host == nil {
		host = ctx.Host
	}
	out := GovBody{Class: body.class, Body: body.id, Country: country, Place: place, Host: host, City: city}
	if place != nil {
		if body.subTemplate == "" {
			return GovBody{}, false
		}
		out.Name = strings.ReplaceAll(body.subTemplate, "{place}", place.Name)
		if body.class == schema.Country {
			out.Class = schema.GovernmentOrganization
		}
		return out, true
	}
	if n := d.exceptions[body.id+"/"+country.ISO2]; n != nil {
		if n.canonical == "-" {
			return GovBody{}, false
		}
		out.Name = n.canonical
		return out, true
	}
	name := body.template
	if strings.Contains(name, "{host}") {
		if host == nil || host == country {
			return GovBody{}, false
		}
		name = strings.ReplaceAll(name, "{host}", host.InText())
	}
	if strings.Contains(name, "{city}") {
		if city == "" {
			return GovBody{}, false
		}
		name = strings.ReplaceAll(name, "{city}", city)
	}
	name = strings.ReplaceAll(name, "{country}", country.InText())
	name = strings.ReplaceAll(name, "{name}", country.Name)
	out.Name = name
	return out, true
}

func trimThe(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return strings.TrimSpace(s[4:])
	}
	return s
}

// IsGovernmentForm reports whether a phrase is one of the forms that name a
// kind of government body whatever its country ("House of Commons",
// "Foreign Ministry", "Supreme Court").
func IsGovernmentForm(phrase string) bool {
	_, ok := government().forms.get(trimThe(strings.TrimSpace(phrase)))
	return ok
}
