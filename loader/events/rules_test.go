package events

import (
	"testing"

	"newsgraph/schema"
)

// Tests of the rules for background deeds, evaluations, requests, lists
// and dates. Fictional people and countries; real cities only where the
// gazetteer must place them.

var (
	place  = func(s string) ment { return name(s, s, schema.Place) }
	usDem  = demonym("US", "United States")
	courie = name("Daily Courier", "Daily Courier", schema.Organization)
	star   = name("Morning Star", "Morning Star", schema.Organization)
)

func TestArrestInPlaceGoesToItsCountry(t *testing.T) {
	a := annotate(t, "2021-08-27", "Jonas Berg was arrested in Lyon last year.", []ment{berg, place("Lyon")})
	expect(t, a, []ev{{"Arrest", "France", "Jonas Berg"}}, nil)
	if e, ok := a.Entities["France"]; !ok || e.Class != schema.Country {
		t.Errorf("the country of the place is not an entity: %v", a.Entities["France"])
	}
	a = annotate(t, "2021-08-27", "Lin Hao spoke about the detention of Jonas Berg in Osaka Airport.", []ment{berg, lin, place("Osaka Airport")})
	expect(t, a, []ev{{"Arrest", "Japan", "Jonas Berg"}}, nil)
	// a meeting in a city is not the city's country's deed
	a = annotate(t, "2021-08-27", "Lin Hao was received in Hamburg.", []ment{lin, place("Hamburg")})
	Extract(a)
	for _, e := range a.Events {
		if e.Agent[0] == "Germany" {
			t.Errorf("place gave an agent to %v", key(e))
		}
	}
}

func TestCountryShortNameTaggedAsDemonym(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland urged the US and Vestria to release Jonas Berg.", []ment{norland, vestria, berg, usDem})
	expect(t, a, []ev{{"Demand", "Norland", "United States"}, {"Demand", "Norland", "Vestria"}}, nil)
	// modifying a title it is no actor
	a = annotate(t, "2021-08-27", "Norland condemned US Ambassador Ada Okafor.", []ment{norland, okafor, usDem})
	expect(t, a, []ev{{"Criticism", "Norland", "Ada Okafor"}}, []ev{{"Criticism", "Norland", "United States"}})
	// before a nominal trigger it is the agent
	a = annotate(t, "2021-08-27", "Jonas Berg tried to evade US sanctions on Vestria.", []ment{berg, vestria, usDem})
	expect(t, a, []ev{{"Sanction", "United States", "Vestria"}}, nil)
}

func TestArrestAtTheRequestOf(t *testing.T) {
	a := annotate(t, "2021-08-27", "Vestria arrested Jonas Berg at the request of Tarsk.", []ment{vestria, tarsk, berg})
	expect(t, a, []ev{{"Arrest", "Vestria", "Jonas Berg"}, {"LegalProceeding", "Tarsk", "Jonas Berg"}},
		[]ev{{"Demand", "Jonas Berg", "Tarsk"}, {"Demand", "Vestria", "Tarsk"}})
	a = annotate(t, "2021-08-27", "Vestria detained Jonas Berg at Tarsk's request.", []ment{vestria, tarsk, berg})
	expect(t, a, []ev{{"LegalProceeding", "Tarsk", "Jonas Berg"}}, nil)
	// a warrant named without its target in an arrest sentence
	a = annotate(t, "2021-08-27", "Vestria arrested Jonas Berg on a warrant issued by Tarsk.", []ment{vestria, tarsk, berg})
	expect(t, a, []ev{{"LegalProceeding", "Tarsk", "Jonas Berg"}}, nil)
}

func TestEvaluativeNouns(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao said the case is a political incident plotted by Tarsk, with Vestria as an accomplice.",
		[]ment{lin, tarsk, vestria})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Tarsk"}, {"Criticism", "Lin Hao", "Vestria"}}, nil)
	a = annotate(t, "2021-08-27", "Lin Hao said Vestria's hypocrisy is plain to see.", []ment{lin, vestria})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}}, nil)
	// an evaluation of nothing named is no event
	a = annotate(t, "2021-08-27", "Lin Hao said bullying is wrong.", []ment{lin})
	expect(t, a, nil, []ev{{"Criticism", "Lin Hao", ""}})
}

func TestEvaluatedDeedCriticisesItsDoer(t *testing.T) {
	a := annotate(t, "2021-08-27", "Ada Okafor said the unlawful detention of Jonas Berg in Vestria must end.",
		[]ment{okafor, berg, vestria})
	expect(t, a, []ev{{"Criticism", "Ada Okafor", "Vestria"}, {"Arrest", "Vestria", "Jonas Berg"}}, nil)
	// the doer named elsewhere in the document
	a = annotate(t, "2021-08-27", "Tarsk detained Jonas Berg in May. Ada Okafor said Berg has been unreasonably and illegally detained.",
		[]ment{okafor, berg, tarsk, name("Berg", "Jonas Berg", schema.Person)})
	expect(t, a, []ev{{"Criticism", "Ada Okafor", "Tarsk"}}, nil)
}

func TestCommaDoesNotCoordinateSubjects(t *testing.T) {
	a := annotate(t, "2021-08-27", "It made Vestria a partner of the US, Lin Hao said.", []ment{vestria, lin, usDem})
	expect(t, a, []ev{{"Statement", "Lin Hao", ""}}, []ev{{"Statement", "United States", ""}})
	a = annotate(t, "2021-08-27", "Vestria, Tarsk and Norland met in Geneva.", []ment{vestria, tarsk, norland})
	expect(t, a, []ev{{"Meeting", "Vestria", "Tarsk"}, {"Meeting", "Vestria", "Norland"}}, nil)
}

func TestObjectListStopsAtNextPredicate(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland lodged protests with Vestria and Tarsk and offered help to Jonas Berg.",
		[]ment{norland, vestria, tarsk, berg})
	expect(t, a, []ev{{"Criticism", "Norland", "Vestria"}, {"Criticism", "Norland", "Tarsk"}},
		[]ev{{"Criticism", "Norland", "Jonas Berg"}})
	a = annotate(t, "2021-08-27", "Norland met Vestria and Foreign Minister Ada Okafor.", []ment{norland, vestria, okafor})
	expect(t, a, []ev{{"Meeting", "Norland", "Ada Okafor"}}, nil)
}

func TestIncludingListIsTheTarget(t *testing.T) {
	a := annotate(t, "2021-08-27", "Vestria imposed sanctions on US officials, including senators Lin Hao and Ada Okafor.",
		[]ment{vestria, lin, okafor, usDem})
	expect(t, a, []ev{{"Sanction", "Vestria", "Lin Hao"}, {"Sanction", "Vestria", "Ada Okafor"}}, []ev{{"Sanction", "Vestria", "United States"}})
}

func TestAnnouncedWouldIsADecision(t *testing.T) {
	a := annotate(t, "2021-08-27", "Vestria announced on Tuesday that it would expel journalists working for the Daily Courier and the Morning Star.",
		[]ment{vestria, pron("it", "Vestria"), courie, star})
	expect(t, a, []ev{{"Sanction", "Vestria", "Daily Courier"}, {"Sanction", "Vestria", "Morning Star"}}, nil)
	// a mere possibility stays unreported
	a = annotate(t, "2021-08-27", "Vestria could expel journalists working for the Daily Courier.", []ment{vestria, courie})
	expect(t, a, nil, []ev{{"Sanction", "Vestria", "Daily Courier"}})
}

func TestDeclinedToCommentIsNoStatement(t *testing.T) {
	a := annotate(t, "2021-08-27", "The Daily Courier declined to comment.", []ment{courie})
	Extract(a)
	if hasClass(a, "Statement") {
		t.Errorf("got %v", keys(a))
	}
}

func TestDateBelongsToItsOwnVerb(t *testing.T) {
	// Friday 2021-08-27: Thursday is the 26th
	a := annotate(t, "2021-08-27", "Norland on Thursday demanded Vestria explain why Tarsk has detained Jonas Berg.",
		[]ment{norland, vestria, tarsk, berg})
	Extract(a)
	if e := find(a, ev{"Demand", "Norland", "Vestria"}); e == nil || e.Date != "2021-08-26" {
		t.Errorf("demand: %+v", e)
	}
	// the arrest is a first-sentence deed: the lead's day, not a weekday it does not own
	a = annotate(t, "2021-08-27", "Lin Hao spoke at length. Norland on Thursday demanded Vestria explain why Tarsk has detained Jonas Berg.",
		[]ment{norland, vestria, tarsk, berg, lin})
	Extract(a)
	if e := find(a, ev{"Arrest", "Tarsk", "Jonas Berg"}); e == nil || e.Date != "" {
		t.Errorf("arrest: %+v", e)
	}
	// a deadline is not the day of the deed
	a = annotate(t, "2021-08-27", "Lin Hao spoke. Vestria banned Tarsk from its networks after December 31.", []ment{vestria, tarsk, lin})
	Extract(a)
	if e := find(a, ev{"Sanction", "Vestria", "Tarsk"}); e == nil || e.Date == "2021-12-31" {
		t.Errorf("sanction: %+v", e)
	}
	// undated reported speech happened on the day of the report
	a = annotate(t, "2021-08-27", "Lin Hao has said Vestria must change course.", []ment{lin, vestria})
	Extract(a)
	if e := find(a, ev{"Statement", "Lin Hao", ""}); e == nil || e.Date != "2021-08-27" {
		t.Errorf("statement: %+v", e)
	}
	// an undated deed takes the date another mention of it gives
	a = annotate(t, "2021-08-27", "Lin Hao spoke. Vestria arrested Jonas Berg on August 3. Berg's arrest was condemned.",
		[]ment{lin, vestria, berg, name("Berg", "Jonas Berg", schema.Person)})
	Extract(a)
	if e := find(a, ev{"Arrest", "Vestria", "Jonas Berg"}); e == nil || e.Date != "2021-08-03" {
		t.Errorf("arrest: %+v", e)
	}
}

func TestCountryOfPlaceLookup(t *testing.T) {
	for _, c := range []struct{ place, country string }{
		{"Toronto", "Canada"}, {"Marseille International Airport", "France"}, {"Hamburg", "Germany"},
	} {
		if got, ok := countryOfPlace(c.place); !ok || got != c.country {
			t.Errorf("%s: got %q %v", c.place, got, ok)
		}
	}
	if got, ok := countryOfPlace("Nowhere Special"); ok {
		t.Errorf("unknown place placed in %q", got)
	}
}

func TestDateOfNominalAfterGerundNoun(t *testing.T) {
	// "a meeting with" is a noun: it does not take the date from "remarks"
	a := annotate(t, "2018-12-15", "Lin Hao made his remarks at a press conference after a meeting with Ada Okafor on Dec. 14.",
		[]ment{lin, okafor})
	Extract(a)
	if e := find(a, ev{"Statement", "Lin Hao", ""}); e == nil || e.Date != "2018-12-14" {
		t.Errorf("statement: %+v", e)
	}
}

func TestEvaluationSkipsDemonyms(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao says Vestria's detention of two Norlandic citizens is unacceptable.",
		[]ment{lin, vestria, demonym("Norlandic", "Norland")})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}}, []ev{{"Criticism", "Lin Hao", "Norland"}})
}

func TestUnnamedMembersAreTargetsNotSpeakers(t *testing.T) {
	// a demonym with a noun for unnamed people stands for the country
	// that is acted on ...
	a := annotate(t, "", "Tarsk imposed sanctions on Vestrian individuals.", []ment{tarsk, demonym("Vestrian", "Vestria")})
	expect(t, a, []ev{{"Sanction", "Tarsk", "Vestria"}}, nil)
	a = annotate(t, "", "Tarsk imposed sanctions on Vestrian personnel.", []ment{tarsk, demonym("Vestrian", "Vestria")})
	expect(t, a, []ev{{"Sanction", "Tarsk", "Vestria"}}, nil)
	// ... but unnamed officials do not speak for it
	a = annotate(t, "", "Vestrian officials said the talks would go on.", []ment{demonym("Vestrian", "Vestria")})
	expect(t, a, nil, []ev{{"Statement", "Vestria", ""}})
	a = annotate(t, "", "The talks will go on, Vestrian officials said.", []ment{demonym("Vestrian", "Vestria")})
	expect(t, a, nil, []ev{{"Statement", "Vestria", ""}})
	// the authorities still act for it
	a = annotate(t, "", "Vestrian authorities said the talks would go on.", []ment{demonym("Vestrian", "Vestria")})
	expect(t, a, []ev{{"Statement", "Vestria", ""}}, nil)
}
