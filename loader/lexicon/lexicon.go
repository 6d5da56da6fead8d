// Package lexicon is the world knowledge extraction relies on: a gazetteer of
// countries (names, short forms, demonyms, capitals) and lists of well-known
// organizations, all read from embedded data files.
package lexicon

import (
	"embed"
	"strings"
	"sync"
)

//go:embed data
var data embed.FS

// Country is one sovereign state.
type Country struct {
	Name     string   // canonical short English name: "United States"
	Aliases  []string // other names and short forms: "US", "U.S.", "USA", "America", "the United States"
	Demonyms []string // "American"
	Capitals []string // "Washington"
	ISO2     string
}

var (
	once      sync.Once
	countries []*Country
	byName    map[string]*Country
	byDemonym map[string]*Country
	byCapital map[string]*Country
)

func key(s string) string { return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(s), "the ")) }

func load() {
	byName, byDemonym, byCapital = map[string]*Country{}, map[string]*Country{}, map[string]*Country{}
	b, err := data.ReadFile("data/countries.tsv")
	if err != nil {
		panic(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 5 {
			f = append(f, "")
		}
		c := &Country{ISO2: f[0], Name: f[1], Aliases: split(f[2]), Demonyms: split(f[3]), Capitals: split(f[4])}
		countries = append(countries, c)
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			byName[key(n)] = c
		}
		for _, n := range c.Demonyms {
			byDemonym[key(n)] = c
		}
		for _, n := range c.Capitals {
			byCapital[key(n)] = c
		}
	}
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// Countries lists every country.
func Countries() []*Country { once.Do(load); return countries }

// CountryByName finds a country by its name or an alias ("U.S.", "the United States").
func CountryByName(s string) (*Country, bool) { once.Do(load); c, ok := byName[key(s)]; return c, ok }

// CountryByDemonym finds a country by its demonym ("Chinese").
func CountryByDemonym(s string) (*Country, bool) {
	once.Do(load)
	c, ok := byDemonym[key(s)]
	return c, ok
}

// CountryByCapital finds a country by its capital ("Ottawa").
func CountryByCapital(s string) (*Country, bool) {
	once.Do(load)
	c, ok := byCapital[key(s)]
	return c, ok
}
