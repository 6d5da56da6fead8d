package lexicon

import (
	"regexp"
	"strings"
	"sync"
	"testing"

	"newsgraph/schema"
)

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"the United States":  "united states",
		"The United States":  "united states",
		"U.S.":               "us",
		"  Côte d’Ivoire ":   "cote d'ivoire",
		"Guinea-Bissau":      "guinea bissau",
		"Washington, D.C.":   "washington dc",
		"Theodore":           "theodore",
		"Ministry  of Trade": "ministry of trade",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRowsWellFormed reads every data file raw: each row has exactly its
// columns, no stray spaces, no empty alternative, and required fields set.
func TestRowsWellFormed(t *testing.T) {
	files := map[string]struct {
		cols     int
		required []int
	}{
		"countries.tsv":           {6, []int{0, 1, 4}},
		"places.tsv":              {4, []int{0, 2, 3}},
		"organizations.tsv":       {5, []int{0, 2}},
		"government.tsv":          {5, []int{0, 1, 2, 4}},
		"government_national.tsv": {4, []int{0, 1, 2}},
	}
	for name, spec := range files {
		b, err := data.ReadFile("data/" + name)
		if err != nil {
			t.Fatal(err)
		}
		rows := 0
		for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			rows++
			f := strings.Split(line, "\t")
			if len(f) != spec.cols {
				t.Errorf("%s:%d: %d columns, want %d: %q", name, i+1, len(f), spec.cols, line)
				continue
			}
			for _, j := range spec.required {
				if f[j] == "" {
					t.Errorf("%s:%d: column %d empty", name, i+1, j+1)
				}
			}
			for j, field := range f {
				if field != strings.TrimSpace(field) {
					t.Errorf("%s:%d: column %d has stray spaces: %q", name, i+1, j+1, field)
				}
				if field == "" {
					continue
				}
				for _, alt := range strings.Split(field, "|") {
					if alt == "" || alt != strings.TrimSpace(alt) {
						t.Errorf("%s:%d: column %d has an empty or padded alternative: %q", name, i+1, j+1, field)
					}
				}
			}
		}
		if rows == 0 {
			t.Errorf("%s: no rows", name)
		}
	}
}

var iso2 = regexp.MustCompile(`^[A-Z]{2}$`)

func TestCountriesComplete(t *testing.T) {
	cs := Countries()
	// 193 UN members, 2 observers (Holy See, Palestine), Taiwan, Kosovo.
	if len(cs) != 197 {
		t.Errorf("%d countries, want 197", len(cs))
	}
	seen := map[string]bool{}
	for _, c := range cs {
		if !iso2.MatchString(c.ISO2) || seen[c.ISO2] {
			t.Errorf("bad or repeated ISO2 %q (%s)", c.ISO2, c.Name)
		}
		seen[c.ISO2] = true
		if len(c.Capitals) == 0 {
			t.Errorf("%s has no capital", c.Name)
		}
		if got, ok := CountryByISO2(strings.ToLower(c.ISO2)); !ok || got != c {
			t.Errorf("CountryByISO2(%q) = %v, %v", c.ISO2, got, ok)
		}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if got, ok := CountryByName(n); !ok || got != c {
				t.Errorf("CountryByName(%q) = %v, want %s", n, got, c.Name)
			}
		}
	}
}

// TestCountryConflicts lists every name, demonym or capital two countries
// claim: there must be none.
func TestCountryConflicts(t *testing.T) {
	for _, c := range CountryConflicts() {
		t.Errorf("conflict: %s", c)
	}
}

func TestCountryFacts(t *testing.T) {
	byName := map[string]string{
		"United States": "US", "the United States": "US", "The United States": "US", "US": "US", "U.S.": "US",
		"USA": "US", "U.S.A.": "US", "America": "US", "United States of America": "US",
		"UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "the United Kingdom": "GB",
		"PRC": "CN", "People's Republic of China": "CN", "mainland China": "CN", "China": "CN",
		"Russian Federation": "RU", "ROK": "KR", "Republic of Korea": "KR", "DPRK": "KP",
		"Czechia": "CZ", "Türkiye": "TR", "Turkiye": "TR", "Burma": "MM", "Cote d'Ivoire": "CI",
		"Viet Nam": "VN", "Syrian Arab Republic": "SY", "Islamic Republic of Iran": "IR",
		"Holy See": "VA", "the Netherlands": "NL", "Taiwan": "TW", "Kosovo": "XK", "Congo": "CD",
	}
	for s, want := range byName {
		if c, ok := CountryByName(s); !ok || c.ISO2 != want {
			t.Errorf("CountryByName(%q) = %v, want %s", s, c, want)
		}
	}
	names := map[string]string{"US": "United States", "GB": "United Kingdom", "RU": "Russia", "KR": "South Korea",
		"KP": "North Korea", "IR": "Iran", "SY": "Syria", "VN": "Vietnam", "CZ": "Czech Republic", "TR": "Turkey", "CN": "China"}
	for code, want := range names {
		if c, _ := CountryByISO2(code); c == nil || c.Name != want {
			t.Errorf("CountryByISO2(%s) = %v, want %s", code, c, want)
		}
	}
	demonyms := map[string]string{"American": "US", "U.S.": "US", "US": "US", "British": "GB", "Chinese": "CN",
		"Canadian": "CA", "Russian": "RU", "Australian": "AU", "South Korean": "KR", "North Korean": "KP",
		"Filipino": "PH", "Dutch": "NL", "Swiss": "CH", "Emirati": "AE", "Dominican": "DO", "Congolese": "CD"}
	for s, want := range demonyms {
		if c, ok := CountryByDemonym(s); !ok || c.ISO2 != want {
			t.Errorf("CountryByDemonym(%q) = %v, want %s", s, c, want)
		}
	}
	capitals := map[string]string{"Washington": "US", "Washington, D.C.": "US", "Ottawa": "CA", "Beijing": "CN",
		"London": "GB", "Moscow": "RU", "Kyiv": "UA", "Kiev": "UA", "The Hague": "NL", "Brasilia": "BR", "New Delhi": "IN"}
	for s, want := range capitals {
		if c, ok := CountryByCapital(s); !ok || c.ISO2 != want {
			t.Errorf("CountryByCapital(%q) = %v, want %s", s, c, want)
		}
	}
	if us, _ := CountryByISO2("US"); us.InText() != "the United States" {
		t.Errorf("InText = %q", us.InText())
	}
	if cn, _ := CountryByISO2("CN"); cn.InText() != "China" {
		t.Errorf("InText = %q", cn.InText())
	}
}

// Capitals-only names match only text without lower case, so that pronouns
// and common words do not.
func TestAcronymsNeedCapitals(t *testing.T) {
	for _, s := range []string{"us", "Us", "uk"} {
		if c, ok := CountryByName(s); ok {
			t.Errorf("CountryByName(%q) = %s", s, c.Name)
		}
	}
	for _, s := range []string{"who", "Who", "ice", "ap"} {
		if o, ok := OrganizationByName(s); ok {
			t.Errorf("OrganizationByName(%q) = %s", s, o.Name)
		}
	}
	if c, ok := CountryByName("CHINA"); !ok || c.ISO2 != "CN" {
		t.Errorf("CountryByName(CHINA) = %v", c)
	}
}

var placeKinds = map[string]bool{"city": true, "state": true, "province": true, "region": true, "territory": true, "place": true}

func TestPlaces(t *testing.T) {
	if n := len(Places()); n < 500 {
		t.Errorf("only %d places", n)
	}
	for _, p := range Places() {
		if _, ok := CountryByISO2(p.Country); !ok {
			t.Errorf("place %s: unknown country %q", p.Name, p.Country)
		}
		if !placeKinds[p.Kind] {
			t.Errorf("place %s: unknown kind %q", p.Name, p.Kind)
		}
	}
	// every country's capital is a place in that country
	for _, c := range Countries() {
		found := false
		for _, p := range PlacesByName(c.Capitals[0]) {
			found = found || p.Country == c.ISO2 && p.Kind == "city"
		}
		if !found {
			t.Errorf("capital %s of %s is not a city of it", c.Capitals[0], c.Name)
		}
	}
	kinds := map[string]int{}
	for _, p := range Places() {
		kinds[p.Country+" "+p.Kind]++
	}
	for key, want := range map[string]int{"US state": 50, "CA province": 10, "CA territory": 3, "AU state": 6, "IN state": 28} {
		if kinds[key] != want {
			t.Errorf("%d places of %s, want %d", kinds[key], key, want)
		}
	}
	facts := []struct{ name, canonical, country, kind string }{
		{"Hong Kong", "Hong Kong", "CN", "region"},
		{"Macau", "Macao", "CN", "region"},
		{"Xinjiang", "Xinjiang", "CN", "region"},
		{"Tibet", "Tibet", "CN", "region"},
		{"Guangdong", "Guangdong", "CN", "province"},
		{"British Columbia", "British Columbia", "CA", "province"},
		{"Vancouver", "Vancouver", "CA", "city"},
		{"California", "California", "US", "state"},
		{"New York City", "New York", "US", "city"},
		{"Washington, D.C.", "Washington", "US", "city"},
		{"Scotland", "Scotland", "GB", "region"},
		{"Queensland", "Queensland", "AU", "state"},
		{"Bombay", "Mumbai", "IN", "city"},
		{"St. Petersburg", "Saint Petersburg", "RU", "city"},
		{"Chechnya", "Chechnya", "RU", "region"},
		{"Beijing", "Beijing", "CN", "city"},
	}
	for _, f := range facts {
		p, ok := PlaceByName(f.name)
		if !ok || p.Name != f.canonical || p.Country != f.country || p.Kind != f.kind {
			t.Errorf("PlaceByName(%q) = %+v, want %s %s %s", f.name, p, f.canonical, f.country, f.kind)
		}
	}
}

// TestPlaceConflicts lists the names several places bear; each is intended
// and resolved by file order.
func TestPlaceConflicts(t *testing.T) {
	want := map[string]string{
		"new york":   "New York/US/city New York/US/state",
		"washington": "Washington/US/city Washington/US/state",
		"victoria":   "Victoria/CA/city Victoria/AU/state Victoria/SC/city",
		"punjab":     "Punjab/IN/state Punjab/PK/province",
	}
	got := PlaceConflicts()
	for k, ps := range got {
		var s []string
		for _, p := range ps {
			s = append(s, p.Name+"/"+p.Country+"/"+p.Kind)
		}
		if want[k] != strings.Join(s, " ") {
			t.Errorf("unexpected place conflict %q: %s", k, strings.Join(s, " "))
		}
	}
	for k := range want {
		if got[k] == nil {
			t.Errorf("expected conflict %q missing", k)
		}
	}
}

func TestOrganizations(t *testing.T) {
	if n := len(Orgs()); n < 300 {
		t.Errorf("only %d organizations", n)
	}
	corps := 0
	for _, o := range Orgs() {
		if o.Country != "" {
			if _, ok := CountryByISO2(o.Country); !ok {
				t.Errorf("org %s: unknown country %q", o.Name, o.Country)
			}
		}
		if o.Class == schema.Corporation {
			corps++
		}
	}
	if corps < 150 {
		t.Errorf("only %d corporations", corps)
	}
	for _, c := range OrgConflicts() {
		t.Errorf("conflict: %s", c)
	}
	facts := []struct {
		name, canonical string
		class           schema.Class
	}{
		{"Reuters", "Reuters", schema.Organization},
		{"Huawei", "Huawei Technologies", schema.Corporation},
		{"ZTE", "ZTE", schema.Corporation},
		{"AP", "Associated Press", schema.Organization},
		{"the Associated Press", "Associated Press", schema.Organization},
		{"AFP", "Agence France-Presse", schema.Organization},
		{"Xinhua", "Xinhua News Agency", schema.Organization},
		{"Global Times", "Global Times", schema.Organization},
		{"U.N.", "United Nations", schema.Organization},
		{"UN Security Council", "United Nations Security Council", schema.Organization},
		{"WHO", "World Health Organization", schema.Organization},
		{"NATO", "North Atlantic Treaty Organization", schema.Organization},
		{"EU", "European Union", schema.Organization},
		{"G7", "Group of Seven", schema.Organization},
		{"Facebook", "Meta Platforms", schema.Corporation},
		{"Samsung", "Samsung Electronics", schema.Corporation},
		{"Amnesty International", "Amnesty International", schema.Organization},
		{"RCMP", "Royal Canadian Mounted Police", schema.GovernmentOrganization},
	}
	for _, f := range facts {
		o, ok := OrganizationByName(f.name)
		if !ok || o.Name != f.canonical || o.Class != f.class {
			t.Errorf("OrganizationByName(%q) = %+v, want %s %s", f.name, o, f.canonical, f.class)
		}
	}
}

func TestGovernmentBody(t *testing.T) {
	country := func(code string) *Country {
		c, ok := CountryByISO2(code)
		if !ok {
			t.Fatalf("no country %s", code)
		}
		return c
	}
	cases := []struct {
		phrase, ctx, want string
	}{
		{"Chinese Foreign Ministry", "", "Ministry of Foreign Affairs of China"},
		{"China's Foreign Ministry", "", "Ministry of Foreign Affairs of China"},
		{"China’s foreign ministry", "", "Ministry of Foreign Affairs of China"},
		{"the Foreign Ministry", "CN", "Ministry of Foreign Affairs of China"},
		{"Foreign Ministry of China", "", "Ministry of Foreign Affairs of China"},
		{"Ministry of Foreign Affairs of the People's Republic of China", "", "Ministry of Foreign Affairs of China"},
		{"Beijing's foreign ministry", "", "Ministry of Foreign Affairs of China"},
		{"the Foreign Ministry", "CA", "Global Affairs Canada"},
		{"Canadian Foreign Ministry", "", "Global Affairs Canada"},
		{"the State Department", "", "United States Department of State"},
		{"State Department", "CN", "United States Department of State"},
		{"U.S. State Department", "", "United States Department of State"},
		{"the Foreign Office", "", "Foreign, Commonwealth and Development Office"},
		{"British Foreign Office", "", "Foreign, Commonwealth and Development Office"},
		{"Dutch Foreign Ministry", "", "Ministry of Foreign Affairs of the Netherlands"},
		{"South Korean Defense Ministry", "", "Ministry of Defense of South Korea"},
		{"the Justice Department", "US", "United States Department of Justice"},
		{"the Justice Department", "CA", "Department of Justice Canada"},
		{"Russian Justice Ministry", "", "Ministry of Justice of Russia"},
		{"Commerce Ministry", "CN", "Ministry of Commerce of China"},
		{"US Commerce Department", "", "United States Department of Commerce"},
		{"Treasury Department", "", "United States Department of the Treasury"},
		{"Chinese Embassy in Ottawa", "", "Embassy of China in Canada"},
		{"Embassy of China in Canada", "", "Embassy of China in Canada"},
		{"U.S. Embassy in Moscow", "", "Embassy of the United States in Russia"},
		{"Consulate General of the United States in Hong Kong", "", "Consulate General of the United States in Hong Kong"},
		{"the US consulate in Chengdu", "", "Consulate General of the United States in Chengdu"},
		{"Supreme Court of British Columbia", "", "Supreme Court of British Columbia"},
		{"B.C. Supreme Court", "", "Supreme Court of British Columbia"},
		{"British Columbia Supreme Court", "", "Supreme Court of British Columbia"},
		{"the Supreme Court", "US", "Supreme Court of the United States"},
		{"the Supreme Court", "CA", "Supreme Court of Canada"},
		{"the Canadian government", "", "Canada"},
		{"the Chinese side", "", "China"},
		{"Government of Canada", "", "Canada"},
		{"British House of Commons", "", "House of Commons of the United Kingdom"},
		{"Congress", "", "United States Congress"},
		{"Chinese State Council", "", "State Council of China"},
		{"Pentagon", "", "United States Department of Defense"},
		{"the Kremlin", "", "Kremlin"},
		{"Canadian police", "", "Royal Canadian Mounted Police"},
		{"the Foreign Ministry", "", ""},
		{"Chinese Embassy", "", ""},
		{"Foreign Ministry spokesperson", "CN", ""},
		{"Trump administration", "", ""},
	}
	for _, c := range cases {
		var ctx *Country
		if c.ctx != "" {
			ctx = country(c.ctx)
		}
		got, ok := GovernmentBody(c.phrase, ctx)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("GovernmentBody(%q, %s) = %q, %v; want %q", c.phrase, c.ctx, got, ok, c.want)
		}
	}
	b, ok := ResolveGovernmentBody("the Chinese Embassy", GovContext{Host: country("CA")})
	if !ok || b.Name != "Embassy of China in Canada" || b.Country.ISO2 != "CN" || b.Host.ISO2 != "CA" || b.Class != schema.GovernmentOrganization {
		t.Errorf("Chinese Embassy with host Canada = %+v", b)
	}
	b, ok = ResolveGovernmentBody("Chinese government", GovContext{})
	if !ok || b.Class != schema.Country || b.Country.ISO2 != "CN" {
		t.Errorf("Chinese government = %+v", b)
	}
	b, ok = ResolveGovernmentBody("Supreme Court of British Columbia", GovContext{})
	if !ok || b.Place == nil || b.Place.Name != "British Columbia" || b.Country.ISO2 != "CA" {
		t.Errorf("Supreme Court of British Columbia = %+v", b)
	}
	for _, c := range GovernmentConflicts() {
		t.Errorf("conflict: %s", c)
	}
}

// A name both organizations.tsv and government_national.tsv know must get
// the same canonical name from both.
func TestOrganizationsAgreeWithGovernment(t *testing.T) {
	for _, o := range Orgs() {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			b, ok := ResolveGovernmentBody(n, GovContext{})
			if ok && b.Class == schema.GovernmentOrganization && b.Name != o.Name {
				t.Errorf("%q: organization %q, government body %q", n, o.Name, b.Name)
			}
		}
	}
}

func TestConcurrentFirstUse(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, ok := CountryByName("Canada"); !ok {
				t.Error("Canada not found")
			}
			if _, ok := GovernmentBody("Chinese Foreign Ministry", nil); !ok {
				t.Error("Chinese Foreign Ministry not resolved")
			}
			if _, ok := PlaceByName("Hong Kong"); !ok {
				t.Error("Hong Kong not found")
			}
			if _, ok := OrganizationByName("Reuters"); !ok {
				t.Error("Reuters not found")
			}
		}()
	}
	wg.Wait()
}

func BenchmarkCountryByName(b *testing.B) {
	CountryByName("x")
	for b.Loop() {
		CountryByName("the United States")
	}
}

func BenchmarkGovernmentBody(b *testing.B) {
	GovernmentBody("x", nil)
	for b.Loop() {
		GovernmentBody("China's Foreign Ministry", nil)
	}
}

func TestIsMedia(t *testing.T) {
	for name, want := range map[string]bool{
		"Reuters": true, "AP": true, "Xinhua": true, // gazetteer rows marked media
		"Huawei": false, "United Nations": false, // gazetteer rows of other kinds
		"Lakeside Evening Post": true, "Northern Daily": true, "Valley News Agency": true, // by the head word
		"Acme Holdings": false, "Post": false, "Ministry of Foreign Affairs of France": false,
	} {
		if got := IsMedia(name); got != want {
			t.Errorf("IsMedia(%q) = %v, want %v", name, got, want)
		}
	}
}
