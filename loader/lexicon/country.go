package lexicon

import (
	"strings"
	"sync"
)

// Country is one sovereign state.
type Country struct {
	Name     string   // canonical short English name: "United States"
	Aliases  []string // other names and short forms: "US", "U.S.", "USA", "America"
	Demonyms []string // adjectives and nouns of nationality: "American", "U.S."
	Capitals []string // capital first, then other seats of government: "Washington", "White House"
	ISO2     string   // ISO 3166-1 alpha-2; "XK" for Kosovo
	Article  bool     // running text says "the United States"
}

// InText is the name as running text writes it, with "the" where the name
// takes it: "the United States", "China".
func (c *Country) InText() string {
	if c.Article {
		return "the " + c.Name
	}
	return c.Name
}

type countryStore struct {
	once      sync.Once
	list      []*Country
	byISO2    map[string]*Country
	byName    *index[*Country]
	byDemonym *index[*Country]
	byCapital *index[*Country]
	conflicts []Conflict
}

var countryData countryStore

func countryLabel(c *Country) string { return c.ISO2 + " " + c.Name }

func loadCountries() {
	d := &countryData
	d.byISO2 = map[string]*Country{}
	d.byName = newIndex("country name", countryLabel, &d.conflicts)
	d.byDemonym = newIndex("demonym", countryLabel, &d.conflicts)
	d.byCapital = newIndex("capital", countryLabel, &d.conflicts)
	for _, f := range table("countries.tsv", 6) {
		c := &Country{ISO2: f[0], Name: f[1], Aliases: split(f[2]), Demonyms: split(f[3]),
			Capitals: split(f[4]), Article: f[5] == "the"}
		d.list = append(d.list, c)
		d.byISO2[c.ISO2] = c
		d.byName.add(c.Name, c)
		for _, n := range c.Aliases {
			d.byName.add(n, c)
		}
		for _, n := range c.Demonyms {
			d.byDemonym.add(n, c)
		}
		for _, n := range c.Capitals {
			d.byCapital.add(n, c)
		}
	}
}

func countries() *countryStore {
	countryData.once.Do(loadCountries)
	return &countryData
}

// Countries lists every country in file order.
func Countries() []*Country { return countries().list }

// CountryByName finds a country by its name or an alias ("U.S.", "the
// United States", "Britain").
func CountryByName(s string) (*Country, bool) { return countries().byName.get(s) }

// CountryByDemonym finds a country by a demonym ("Chinese", "British", "U.S.").
func CountryByDemonym(s string) (*Country, bool) { return countries().byDemonym.get(s) }

// CountryByCapital finds a country by its capital or seat of government
// ("Ottawa", "Washington, D.C.", "The Hague").
func CountryByCapital(s string) (*Country, bool) { return countries().byCapital.get(s) }

// CountryByISO2 finds a country by its ISO 3166-1 alpha-2 code ("CN", "us").
func CountryByISO2(code string) (*Country, bool) {
	c, ok := countries().byISO2[strings.ToUpper(strings.TrimSpace(code))]
	return c, ok
}

// CountryConflicts lists keys (names, demonyms, capitals) that two countries
// claim in the data; the first country in file order keeps each.
func CountryConflicts() []Conflict { return countries().conflicts }
