package lexicon

import "sync"

// Place is a sub-national place: a city, state, province, region, territory
// or a named site.
type Place struct {
	Name    string   // canonical name: "Hong Kong"
	Aliases []string // "HK", "Hong Kong SAR"
	Country string   // ISO2 of the country it lies in: "CN"
	Kind    string   // city, state, province, region, territory or place
}

// CountryOf is the country the place lies in.
func (p *Place) CountryOf() *Country {
	c, _ := CountryByISO2(p.Country)
	return c
}

type placeStore struct {
	once      sync.Once
	list      []*Place
	byName    map[string][]*Place // plain keys, file order
	byAcronym map[string][]*Place // capitals-only names
}

var placeData placeStore

func loadPlaces() {
	d := &placeData
	d.byName, d.byAcronym = map[string][]*Place{}, map[string][]*Place{}
	for _, f := range table("places.tsv", 4) {
		p := &Place{Name: f[0], Aliases: split(f[1]), Country: f[2], Kind: f[3]}
		d.list = append(d.list, p)
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			m := d.byName
			if isAcronym(n) {
				m = d.byAcronym
			}
			k := Key(n)
			if !containsPlace(m[k], p) {
				m[k] = append(m[k], p)
			}
		}
	}
}

func containsPlace(ps []*Place, p *Place) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

func places() *placeStore { placeData.once.Do(loadPlaces); return &placeData }

// Places lists every place in file order.
func Places() []*Place { return places().list }

// PlacesByName lists every place a name or alias fits, most prominent first
// ("Victoria": the city in British Columbia, the Australian state, the
// capital of Seychelles).
func PlacesByName(s string) []*Place {
	d := places()
	var buf [64]byte
	k := appendKey(buf[:0], s)
	var out []*Place
	if !hasLower(s) {
		out = append(out, d.byAcronym[string(k)]...)
	}
	for _, p := range d.byName[string(k)] {
		if !containsPlace(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// PlaceByName finds the most prominent place a name or alias fits ("Hong
// Kong", "Xinjiang", "St. Petersburg").
func PlaceByName(s string) (*Place, bool) {
	if ps := PlacesByName(s); len(ps) > 0 {
		return ps[0], true
	}
	return nil, false
}

// PlaceConflicts lists the names that more than one place bears, with the
// places in priority order.
func PlaceConflicts() map[string][]*Place {
	d := places()
	out := map[string][]*Place{}
	for _, m := range []map[string][]*Place{d.byName, d.byAcronym} {
		for k, ps := range m {
			if len(ps) > 1 {
				out[k] = ps
			}
		}
	}
	return out
}
