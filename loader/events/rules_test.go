package events

import (
	"testing"

	"newsgraph/loader/text"
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
	a = annotate(t, "2021-08-27", "Lin Hao has said Vestria will change course.", []ment{lin, vestria})
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

func TestRaisedWithIsAMeeting(t *testing.T) {
	// "raised X with Y": the subject met Y; the matter raised is no deed of the subject's
	a := annotate(t, "2021-08-27", "Ada Okafor has raised the detention of Jonas Berg with Mira Kovac during a telephone call.",
		[]ment{okafor, berg, mira})
	expect(t, a, []ev{{"Meeting", "Ada Okafor", "Mira Kovac"}}, []ev{{"Arrest", "Ada Okafor", "Jonas Berg"}, {"Meeting", "Ada Okafor", "Jonas Berg"}})
	a = annotate(t, "2021-08-27", "Ada Okafor raised their detention directly with Vestrian President Mira Kovac.", []ment{okafor, mira, vesDem})
	expect(t, a, []ev{{"Meeting", "Ada Okafor", "Mira Kovac"}}, nil)
	// "along with" names a companion, not a counterpart
	a = annotate(t, "2021-08-27", "Vestria raised tariffs on Norland along with Ada Okafor.", []ment{vestria, norland, okafor})
	if hasClass(a, "Meeting") {
		t.Errorf("along with gave a meeting: %v", keys(a))
	}
}

func TestGroupMentionsAreAllTargets(t *testing.T) {
	// "the two men" is one mention per person, all with one span
	two := []ment{vestria, okafor, desc("the two men", "Jonas Berg"), desc("the two men", "Lin Hao")}
	a := annotate(t, "2021-08-27", "Vestria detained the two men on allegations of spying.", two)
	expect(t, a, []ev{{"Arrest", "Vestria", "Jonas Berg"}, {"Arrest", "Vestria", "Lin Hao"}}, nil)
	a = annotate(t, "2021-08-27", "Ada Okafor said Vestria's detention of the two men is wrong.", two)
	expect(t, a, []ev{{"Arrest", "Vestria", "Jonas Berg"}, {"Arrest", "Vestria", "Lin Hao"}}, nil)
}

func TestPastVerbTakesTheMonthDayBeforeTheReport(t *testing.T) {
	// a day without a year told in September: a past deed was last December
	a := annotate(t, "2019-09-05", "Jonas Berg was arrested at an airport in Vestria on Dec. 1.", []ment{vestria, berg})
	Extract(a)
	if e := find(a, ev{"Arrest", "Vestria", "Jonas Berg"}); e == nil || e.Date != "2018-12-01" {
		t.Errorf("past arrest date: %+v", e)
	}
	// what is to come keeps the nearest reading
	a = annotate(t, "2019-09-05", "A hearing for Jonas Berg on Dec. 1 in Vestria was announced.", []ment{vestria, berg})
	Extract(a)
	if e := find(a, ev{"LegalProceeding", "Vestria", "Jonas Berg"}); e == nil || e.Date != "2019-12-01" {
		t.Errorf("coming hearing date: %+v", e)
	}
}

func TestProceedingOnAPersonGoesToWhoArrestedThem(t *testing.T) {
	for _, s := range []string{
		"Norland arrested Jonas Berg. Ada Okafor commented on the case against Jonas Berg.",
		"Norland arrested Jonas Berg. Ada Okafor commented on his extradition hearing.",
	} {
		a := annotate(t, "2021-08-27", s, []ment{norland, berg, okafor, pron("his", "Jonas Berg"), name("Berg", "Jonas Berg", schema.Person)})
		expect(t, a, []ev{{"LegalProceeding", "Norland", "Jonas Berg"}}, []ev{{"LegalProceeding", "Ada Okafor", "Jonas Berg"}})
	}
	// "Berg's case", "the Jonas Berg case" name the affair, not a proceeding
	for _, s := range []string{
		"Norland arrested Jonas Berg. Ada Okafor commented on the Jonas Berg case.",
		"Norland arrested Jonas Berg. Ada Okafor said Berg's case is political.",
	} {
		a := annotate(t, "2021-08-27", s, []ment{norland, berg, okafor, name("Berg", "Jonas Berg", schema.Person)})
		expect(t, a, []ev{{"Arrest", "Norland", "Jonas Berg"}}, []ev{{"LegalProceeding", "Norland", "Jonas Berg"}})
	}
	// "case" of no one named is no proceeding
	for _, s := range []string{
		"Norland arrested Jonas Berg. In any case, Vestria will not yield, Ada Okafor said.",
		"Norland arrested Jonas Berg. Ada Okafor said it was a case of bullying against Vestria.",
	} {
		a := annotate(t, "2021-08-27", s, []ment{norland, berg, okafor, vestria})
		if hasClass(a, "LegalProceeding") {
			t.Errorf("%q: %v", s, keys(a))
		}
	}
}

func TestInvertedSpeakerInApposition(t *testing.T) {
	// "…,” said a ministry spokesman, X, at a briefing Friday: X spoke that Friday,
	// and X's undated demand after it was made then, not on the lead's day
	body := "Vestria accused Norland of abusing its power. The orders issued Thursday take effect soon.\n\n" +
		"“Norland frequently abuses national power,” said a ministry spokesman, Lin Hao, at a briefing Friday.\n\n" +
		"Lin, who did not mention names, called on Norland to “correct its wrongdoing” but gave no indication."
	a := annotate(t, "2020-08-07", body, []ment{vestria, norland, lin, name("Lin", "Lin Hao", schema.Person)})
	expect(t, a, []ev{{"Statement", "Lin Hao", ""}, {"Demand", "Lin Hao", "Norland"}}, nil)
	if e := find(a, ev{"Demand", "Lin Hao", "Norland"}); e == nil || e.Date != "2020-08-07" {
		t.Errorf("demand date: %+v", e)
	}
}

func TestJoinedOthersInADeed(t *testing.T) {
	nb := name("Norbank", "Norbank", schema.Corporation)
	a := annotate(t, "2021-08-27", "Vestria followed Norland and Tarsk in banning Norbank from building a network in their countries.",
		[]ment{vestria, norland, tarsk, nb})
	expect(t, a, []ev{{"Sanction", "Vestria", "Norbank"}, {"Sanction", "Norland", "Norbank"}, {"Sanction", "Tarsk", "Norbank"}}, nil)
	// "in" after an object that is no one followed: only the subject acts
	a = annotate(t, "2021-08-27", "Vestria followed the advice of its experts in banning Norbank.", []ment{vestria, nb})
	expect(t, a, nil, []ev{{"Sanction", "Norland", "Norbank"}})
	// the ones followed set off by dashes; the subject that does not follow does nothing
	a = annotate(t, "2021-08-27", "Ada Okafor hopes Vestria does not follow its allies — Norland and Tarsk — in banning Norbank.",
		[]ment{okafor, vestria, norland, tarsk, nb})
	expect(t, a, []ev{{"Sanction", "Norland", "Norbank"}, {"Sanction", "Tarsk", "Norbank"}}, []ev{{"Sanction", "Vestria", "Norbank"}})
}

func TestNoCriticismOfOwnEmbassy(t *testing.T) {
	emb := name("Embassy of Vestria in Norland", "Embassy of Vestria in Norland", schema.GovernmentOrganization)
	a := annotate(t, "2021-08-27", "Ada Okafor said we feel it is backstabbing.",
		[]ment{okafor, emb, norland, {"we", "Embassy of Vestria in Norland", schema.GovernmentOrganization, text.PronounMention}},
		[3]string{"Ada Okafor", string(schema.MemberOf), "Vestria"}, [3]string{"Embassy of Vestria in Norland", string(schema.ParentOrganization), "Vestria"})
	Extract(a)
	for _, e := range a.Events {
		if e.Class == schema.Criticism && len(e.Target) > 0 && e.Target[0] == "Embassy of Vestria in Norland" {
			t.Errorf("own embassy criticised: %v", key(e))
		}
	}
}

func TestAmongThoseDetained(t *testing.T) {
	// the named ones of an arrest of unnamed people: done by its doer, that day
	a := annotate(t, "2024-03-03", "Norlandic police arrested four leaders on Saturday. Among those detained were Jonas Berg, a student, and Lin Hao, a trader.",
		[]ment{norland, berg, lin, dem("Norlandic", "Norland")})
	expect(t, a, []ev{{"Arrest", "Norland", "Jonas Berg"}, {"Arrest", "Norland", "Lin Hao"}}, nil)
	if e := find(a, ev{"Arrest", "Norland", "Lin Hao"}); e == nil || e.Date != "2024-03-02" {
		t.Errorf("date: %+v", e)
	}
}

func TestJointPressConferenceIsAMeeting(t *testing.T) {
	for _, s := range []string{
		"Later, Ada Okafor told a joint press conference with Mira Kovac: “We stand together.”",
		"Ada Okafor said at a joint news conference with Mira Kovac that trade would grow.",
		"Ada Okafor held a joint press conference with Mira Kovac.",
		"In a meeting with the press with Vestrian Foreign Minister Mira Kovac, Ada Okafor claimed that Norland was wrong.",
	} {
		a := annotate(t, "2024-03-03", s, []ment{okafor, mira, norland, vesDem})
		expect(t, a, []ev{{"Meeting", "Ada Okafor", "Mira Kovac"}}, []ev{{"Meeting", "Ada Okafor", "Ada Okafor"}})
	}
	// met the day they spoke
	a := annotate(t, "2024-03-03", "Mira Kovac arrived on Thursday. Trade grew. Prices fell. Ada Okafor said on Friday that ties were strong. Later, Ada Okafor told a joint press conference with Mira Kovac: “We stand together.”", []ment{okafor, mira})
	Extract(a)
	if e := find(a, ev{"Meeting", "Ada Okafor", "Mira Kovac"}); e == nil || e.Date != "2024-03-01" {
		t.Errorf("meeting date: %+v", e)
	}
	// a press conference alone meets no one
	a = annotate(t, "2024-03-03", "Ada Okafor told a press conference that Mira Kovac was wrong.", []ment{okafor, mira})
	if hasClass(a, "Meeting") {
		t.Errorf("press conference gave a meeting: %v", keys(a))
	}
}

func TestThreatOverADeedWarnsItsDoer(t *testing.T) {
	for _, s := range []string{
		"Vestria warned of grave consequences after Norland arrested Jonas Berg.",
		"Vestria warned of serious consequences over the detention of Jonas Berg by Norland.",
		"Vestria threatened retaliation over Norland's sanctions.",
	} {
		a := annotate(t, "2024-03-03", s, []ment{norland, vestria, berg})
		expect(t, a, []ev{{"Threat", "Vestria", "Norland"}}, []ev{{"Threat", "Vestria", "Jonas Berg"}})
	}
}
