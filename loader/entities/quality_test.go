package entities

import (
	"testing"

	"newsgraph/loader/document"
	"newsgraph/loader/text"
	"newsgraph/schema"
)

// parsed runs the document reader, segmentation and the entity stage over
// a whole file's text, asides included.
func parsed(t *testing.T, src string) *text.Annotated {
	t.Helper()
	doc, err := document.ParseText("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a := text.Segment(doc)
	Annotate(a)
	return a
}

const prose = "The ministry said the talks would continue next week in the capital, officials told reporters on Monday.\n\n" +
	"Both sides are expected to publish a joint statement after the meeting ends, according to the same officials.\n"

func TestBylineNamesAuthorAndOutlet(t *testing.T) {
	a := parsed(t, "Lagos and Accra agree to resume trade talks\n\nBy ADA OKORO | Harbour Daily | Updated: 2023-05-02 10:15\n\n"+prose)
	wantEntity(t, a, "Ada Okoro", schema.Person)
	wantEntity(t, a, "Harbour Daily", schema.Organization)
	wantRels(t, a, [3]string{"Ada Okoro", "worksFor", "Harbour Daily"})

	a = parsed(t, "Lagos and Accra agree to resume trade talks\n\nBy Tomas Varga, Northwind Staff\n\n"+prose)
	wantRels(t, a, [3]string{"Tomas Varga", "worksFor", "Northwind"})
	noEntity(t, a, "Northwind Staff")
}

func TestPhotoCreditNamesPhotographer(t *testing.T) {
	a := parsed(t, "Lagos and Accra agree to resume trade talks\n\n"+prose+
		"\nPresident Ada Okoro waves to supporters in Lagos on Sunday. (AP Photo/Femi Adeyemi)\n")
	wantEntity(t, a, "Femi Adeyemi", schema.Person)
	wantRels(t, a, [3]string{"Femi Adeyemi", "worksFor", "Associated Press"})
}

func TestDatelineAndSourceLineNameEntities(t *testing.T) {
	a := parsed(t, "Lagos and Accra agree to resume trade talks\n\nSource: Harbour Times Published: 2023/05/02 10:15\n\n"+
		"NEW YORK (AP) — "+prose)
	wantEntity(t, a, "Harbour Times", schema.Organization)
	wantEntity(t, a, "New York", schema.Place)
	wantEntity(t, a, "Associated Press", schema.Organization)
	noEntity(t, a, "Times Published", "Source")
}

func TestCountryGovernmentIsTheCountry(t *testing.T) {
	a := annotate("", "Peru asked for the files at the request of the Chilean Government last week.")
	noEntity(t, a, "Government")
	if m, ok := mentionOf(a, "Chilean Government", 0); !ok || m.Entity != "Chile" {
		t.Errorf("Chilean Government: %+v %v", m, ok)
	}
}

func TestGroupWordsAndPlaceDemonymsAreNotEntities(t *testing.T) {
	a := annotate("", "Republican senator Tom Hale praised the vote. The law is a message to Quebecers and Texans, he said.\n\nState media reported the vote on Friday.")
	noEntity(t, a, "Republican", "Quebecers", "Texans", "State")
	wantRels(t, a, [3]string{"Tom Hale", "memberOf", "United States"})
}

func TestLoneHeadWordIsAShortForm(t *testing.T) {
	a := annotate("", "The Harbour City News has reported the arrest.\n\n\"The case is closed,\" the News said.")
	if m, ok := mentionOf(a, "News", 0); !ok || m.Entity != "Harbour City News" {
		t.Errorf("News: %+v %v", m, ok)
	}
	noEntity(t, a, "News")
}

func TestOfficialsIncludingTitledPeople(t *testing.T) {
	a := annotate("", "Brazil imposed sanctions on five Argentine officials, including Governor Pablo Ruiz, on Monday.\n\n"+
		"Peru sanctioned Chilean lawmakers, including senators Ana Soto and Luis Vera, over the dispute.")
	wantRels(t, a,
		[3]string{"Pablo Ruiz", "memberOf", "Argentina"},
		[3]string{"Ana Soto", "memberOf", "Chile"},
		[3]string{"Luis Vera", "memberOf", "Chile"})
}

func TestTitleBeforeANameIsNotAnAppositive(t *testing.T) {
	a := annotate("", "Amid the detention of engineer Ana Silva, Peruvian Deputy Premier and Foreign Minister Luis Vega met his counterpart on Monday.")
	noRel(t, a, "Ana Silva took Luis Vega's title", "Ana Silva", "memberOf", "Peru")
	wantRels(t, a, [3]string{"Luis Vega", "memberOf", "Peru"})
}

func TestSpokespersonOfACountrysMinistry(t *testing.T) {
	a := annotate("", "Nothing has changed, Kim Soo-jin, spokesperson of South Korea's Ministry of Foreign Affairs, said on Friday.")
	wantRels(t, a, [3]string{"Kim Soo-jin", "spokespersonFor", "Ministry of Foreign Affairs of South Korea"})
	noRel(t, a, "spokesperson of the country", "Kim Soo-jin", "spokespersonFor", "South Korea")
}

func TestRulingPartyOfficialIsAnOfficialOfTheCountry(t *testing.T) {
	a := annotate("", "Communist Party of China chief Li Hongwei visited the province on Monday.")
	wantRels(t, a, [3]string{"Li Hongwei", "memberOf", "China"})
	noRel(t, a, "party official as staff", "Li Hongwei", "worksFor", "Communist Party of China")
}

func TestPossessiveStartsANewName(t *testing.T) {
	a := annotate("", "Zhang Lei, director of the Overseas Affairs Office of China's State Council, spoke on Monday.")
	wantEntity(t, a, "State Council of China", schema.GovernmentOrganization)
}

func TestNestedBodyBelongsToItsParent(t *testing.T) {
	a := annotate("", "Vietnam's Ministry of Foreign Affairs said on Monday that reporters must notify the Press Department of the Ministry of Foreign Affairs of Vietnam within four days.")
	for _, r := range a.Relations {
		if r.Predicate == schema.ParentOrganization && r.Subject != "Ministry of Foreign Affairs of Vietnam" && r.Object != "Ministry of Foreign Affairs of Vietnam" {
			t.Errorf("nested body not under the ministry: %+v", r)
		}
	}
}

func TestEnglishGivenNameBeforeEastAsianName(t *testing.T) {
	a := annotate("", "Acme chief executive Grace Zhou Lingyun was arrested in Lima. Zhou denies the charges.")
	e := wantEntity(t, a, "Zhou Lingyun", schema.Person)
	if e != nil && !containsString(e.Aliases, "Grace Zhou Lingyun") {
		t.Errorf("aliases %q", e.Aliases)
	}
	a = annotate("", "Lawyers for Maria Ines Costa asked for bail. Maria Costa denies the charges, and Costa will appear again on Monday.")
	wantEntity(t, a, "Maria Costa", schema.Person)
	noEntity(t, a, "Maria Ines Costa")
}

func TestPlaceKindSuffixAndHyphenatedGivenName(t *testing.T) {
	a := annotate("", "The court in Sichuan Province heard the case. Jean-Yves Morel said on Monday that Mr. Morel would appeal.")
	wantEntity(t, a, "Sichuan", schema.Place)
	noEntity(t, a, "Sichuan Province", "Morel")
	wantEntity(t, a, "Jean-Yves Morel", schema.Person)
}

func TestSharedPlaceNameTakesItsQualifiedForm(t *testing.T) {
	a := annotate("", "The envoy arrived in Washington on Monday for talks.")
	wantEntity(t, a, "Washington, D.C.", schema.Place)
}

func TestTownQualifiedByItsProvince(t *testing.T) {
	a := annotate("", "He spoke at a press conference in Wakefield, Que., on Monday.")
	wantEntity(t, a, "Wakefield, Quebec", schema.Place)
	noEntity(t, a, "Wakefield", "Quebec")
}

func TestBodyOfNoKnownCountryIsNotNamedGenerically(t *testing.T) {
	a := annotate("", "Reporters photographed a diplomat of the Consulate General at a hotel on Tuesday.")
	noEntity(t, a, "Consulate General")
}
