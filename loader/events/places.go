package events

import (
	"strings"

	gaz "newsgraph/loader/lexicon"
	"newsgraph/schema"
)

// countryOfPlace names the country a place lies in from the gazetteer:
// the place of that name, else of its leading words ("Vancouver
// International Airport" lies where Vancouver does).
func countryOfPlace(place string) (string, bool) {
	words := strings.Fields(strings.TrimPrefix(place, "the "))
	for n := len(words); n >= 1; n-- {
		name := strings.Join(words[:n], " ")
		name = strings.TrimSuffix(name, "'s")
		name = strings.TrimSuffix(name, "’s")
		if p, ok := gaz.PlaceByName(name); ok {
			if c := p.CountryOf(); c != nil {
				return c.Name, true
			}
		}
		if c, ok := gaz.CountryByName(name); ok && n < len(words) {
			return c.Name, true // "Canada's Supreme Court building"
		}
	}
	return "", false
}

// countryNamed reports whether a surface form is a country's name or
// short form ("US", "U.S.", "Britain") rather than only its demonym.
func countryNamed(surface string) (string, bool) {
	c, ok := gaz.CountryByName(surface)
	if !ok {
		return "", false
	}
	return c.Name, true
}

// countryActor returns the country a mention stands for as the place
// where something was done: a country itself, or the country a place
// lies in. The country is added to the document's entities when the text
// never names it.
func (x *extractor) countryActor(v *view, mi int) string {
	switch v.classOf(mi) {
	case schema.Country:
		return v.entityOf(mi)
	case schema.Place:
		if CountryOfPlace == nil {
			return ""
		}
		c, ok := CountryOfPlace(v.mention(mi).Entity)
		if !ok {
			return ""
		}
		x.ensureCountry(c)
		return c
	}
	return ""
}

// ensureCountry adds a country the rules name to the document's entities.
func (x *extractor) ensureCountry(name string) {
	if x.a.Entities == nil {
		x.a.Entities = map[string]*schema.Entity{}
	}
	if _, ok := x.a.Entities[name]; !ok {
		x.a.Entities[name] = &schema.Entity{Name: name, Class: schema.Country}
		if x.st != nil {
			clear(x.st.trig.classKnown) // the classes may change
		}
	}
}
