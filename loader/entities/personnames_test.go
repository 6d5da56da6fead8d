package entities

import (
	"strings"
	"testing"

	"newsgraph/schema"
)

func TestCanonicalPersonToks(t *testing.T) {
	w := words()
	for _, c := range []struct{ in, want string }{
		{"Michael John Smith", "Michael Smith"},            // a Western middle name
		{"David Michael Brown", "David Brown"},             // another
		{"Robert Lloyd Hartwell", "Robert Lloyd Hartwell"}, // "Lloyd" no given name of the lists
		{"George W. Brown", "George W. Brown"},             // an initial stays
		{"Juan Carlos Moreno", "Juan Carlos Moreno"},       // a compound given name
		{"Kevin Chen Jianguo", "Chen Jianguo"},             // English given name + Chinese name
		{"Carrie Lam Cheng Yuet-ngor", "Carrie Lam"},       // English given name + Cantonese name
		{"Tony Chan Wing-kit", "Tony Chan"},
		{"Wang Yi", "Wang Yi"},
		{"Kim Jong Un", "Kim Jong Un"},
		{"Peter Paul Jr.", "Peter Paul Jr."},
	} {
		got := strings.Join(w.canonicalPersonToks(strings.Fields(c.in)), " ")
		if got != c.want {
			t.Errorf("canonicalPersonToks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The canonical name does not depend on which forms a document writes, or
// in which order.
func TestPersonNameForms(t *testing.T) {
	for _, body := range []string{
		"Acme Corp executive Kevin Chen Jianguo was questioned on Monday. Kevin Chen said nothing, and Chen left.",
		"Acme Corp executive Kevin Chen was questioned on Monday. Kevin Chen Jianguo said nothing, and Chen left.",
		"Police said they questioned Kevin Chen Jianguo on Monday. Chen Jianguo said nothing.",
		"Police said they questioned Chen Jianguo on Monday. The lawyer of Kevin Chen Jianguo said nothing.",
	} {
		checkChineseName(t, body, "Chen Jianguo", "Kevin Chen", "Kevin Chen Jianguo")
	}
	// an English given name of no list: the short form first, the full form typed by it
	checkChineseName(t, "Police questioned Acme Corp executive Tiffany Liu on Monday.\n\nOfficials declined to say whether it was related to the case of Tiffany Liu Xiaoyan, the chief financial officer of Acme.",
		"Liu Xiaoyan", "Tiffany Liu", "Tiffany Liu Xiaoyan")
	a := annotate("", "Canadian businessman Michael John Smith was detained in Lagos, his family said.")
	wantEntity(t, a, "Michael Smith", schema.Person)
	noEntity(t, a, "Michael John Smith")
}

func checkChineseName(t *testing.T, body, name, short, full string) {
	t.Helper()
	{
		a := annotate("", body)
		wantEntity(t, a, name, schema.Person)
		noEntity(t, a, short, full)
		if e := a.Entities[name]; e != nil && !containsString(e.Aliases, full) {
			t.Errorf("%q: aliases %q lack the full form", body, e.Aliases)
		}
	}
}

// A one-letter variant of a person's name in the same document is that person.
func TestMisspeltPerson(t *testing.T) {
	a := annotate("", "Provincial party chief Zhao Lianjun visited the port on Monday. Later, officials said Zhao Lianjin had left for Beijing.")
	wantEntity(t, a, "Zhao Lianjun", schema.Person)
	noEntity(t, a, "Zhao Lianjin")
}

// A misspelt or loosely written company of the gazetteer is that company.
func TestOrganizationVariants(t *testing.T) {
	a := annotate("", "The Samsnug executive was released on Monday, and Samsung Telecom said it welcomed the decision.")
	e := wantEntity(t, a, "Samsung Electronics", schema.Corporation)
	noEntity(t, a, "Samsnug", "Samsung Telecom")
	if e != nil && (!containsString(e.Aliases, "Samsnug") || !containsString(e.Aliases, "Samsung Telecom")) {
		t.Errorf("aliases %q", e.Aliases)
	}
}

// A seat of government used as an actor is its country; as a place, a place.
func TestSeatsOfGovernment(t *testing.T) {
	a := annotate("", "Downing Street said on Monday it would not change course, and the Kremlin warned of consequences.")
	if e := wantEntity(t, a, "United Kingdom", schema.Country); e != nil && !containsString(e.Aliases, "Downing Street") {
		t.Errorf("United Kingdom aliases %q", e.Aliases)
	}
	wantEntity(t, a, "Russia", schema.Country)
	a = annotate("", "The minister spoke to reporters in the White House briefing room on Friday.")
	wantEntity(t, a, "White House", schema.Place)
	noEntity(t, a, "United States")
}

// An administrative-level word after the place that opens a body's name is
// optional: both forms are one body, named without it.
func TestAdminWords(t *testing.T) {
	for _, body := range []string{
		"He was detained by the Shanghai Municipal Public Security Bureau last week, his lawyer said.",
		"He was detained by the Shanghai Public Security Bureau last week, his lawyer said.",
	} {
		a := annotate("", body)
		wantEntity(t, a, "Shanghai Public Security Bureau", schema.GovernmentOrganization)
		noEntity(t, a, "Shanghai Municipal Public Security Bureau")
	}
	a := annotate("", "The Guangdong Provincial Department of Commerce said exports rose.")
	wantEntity(t, a, "Guangdong Department of Commerce", schema.GovernmentOrganization)
	// not after a place: the word is part of the name
	a = annotate("", "The Municipal Court of Lagos ruled on Monday.")
	noEntity(t, a, "Court of Lagos")
}

// Coordinated adjectives before an organization keep the title's
// affiliation: "an adviser for the anti-war, non-profit group Acme".
func TestAdjectiveComma(t *testing.T) {
	a := annotate("", "Ann Murray, who is a senior adviser for the independent, non-profit organisation Amnesty International, was seized on Monday.")
	wantRels(t, a, [3]string{"Ann Murray", "worksFor", "Amnesty International"})
	// a comma before a clause is no such comma
	a = annotate("", "Ann Murray, a senior adviser at the ministry, which later hired lawyers, met Amnesty International on Monday.")
	noRel(t, a, "relations", "Ann Murray", "worksFor", "Amnesty International")
}

// A misspelt spokesperson title is still the title.
func TestSpokesTypo(t *testing.T) {
	w := words()
	for word, want := range map[string]bool{"spokersperson": true, "spokeswomen": true, "spokesprson": true, "spokesperson": false, "spokespersons": false, "sponsorship": false} {
		if got := w.spokesTypo(word); got != want {
			t.Errorf("spokesTypo(%q) = %v", word, got)
		}
	}
	a := annotate("", "Acme Industries' spokersperson Ann Murray said the decision was disappointing.")
	wantRels(t, a, [3]string{"Ann Murray", "spokespersonFor", "Acme Industries"})
}

// A body of an unknown place belongs to the country of the place written
// after it: "the Tongxian Security Bureau in Northeast China's Liaoning Province".
func TestBodyInPlace(t *testing.T) {
	a := annotate("", "He was questioned by the Tongxian State Security Bureau in Northeast China's Liaoning Province, his lawyer said.")
	wantRels(t, a, [3]string{"Tongxian State Security Bureau", "parentOrganization", "China"})
	// not past a comma
	a = annotate("", "He was questioned by the Tongxian State Security Bureau in the north, and later flew to Liaoning Province.")
	noRel(t, a, "relations", "Tongxian State Security Bureau", "parentOrganization", "China")
}
