package events

import (
	"testing"

	"newsgraph/schema"
)

// Tests of rules that keep events from being guessed: refusals of abstract
// things, the wronged party of a judged case, an undeniable fact, the
// announcement of a deed, and a titled subject after a demonym. Fictional
// people and countries; sentences written for the tests.

func TestRefusingAnAbstractThingIsNoRejection(t *testing.T) {
	a := annotate(t, "2021-08-27", "\"Norland will never accept any form of coercion or abuse of power,\" Lin Hao said, as he urged Vestria to free Jonas Berg.",
		[]ment{lin, norland, vestria, berg})
	expectNone(t, a, "Rejection", "an abstract thing refused made a Rejection")
	if !hasEvent(a, ev{"Demand", "Lin Hao", "Vestria"}) {
		t.Errorf("the demand is lost: %v", keys(a))
	}
	// what a party put forward, refused, is a Rejection of that party
	a = annotate(t, "2021-08-27", "Lin Hao said Norland would not accept the Vestrian proposal.",
		[]ment{lin, norland, demonym("Vestrian", "Vestria")})
	Extract(a)
	if !hasClass(a, "Rejection") {
		t.Errorf("a refused proposal is no Rejection: %v", keys(a))
	}
	a = annotate(t, "2021-08-27", "Norland does not recognise Tarsk's claims over the islands.", []ment{norland, tarsk})
	expect(t, a, []ev{{"Rejection", "Norland", "Tarsk"}}, nil)
}

func TestUndeniableIsNoDenial(t *testing.T) {
	a := annotate(t, "2021-08-27", "Vestria's sanctions on Norland are unjustified, Lin Hao said. Norland has made great progress, and this is impossible to deny without bias, he stressed.",
		[]ment{lin, norland, vestria, pron("he", "Lin Hao")})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}}, []ev{{"Rejection", "Lin Hao", "Vestria"}, {"Rejection", "Lin Hao", ""}})
}

func TestJudgedCaseIsNotItsVictims(t *testing.T) {
	// the one a case is about is wronged, not judged; the doers are
	a := annotate(t, "2021-08-27", "Noting that the case of Berg is purely a political incident, spokesperson Lin Hao said the case is a political persecution against a Norlandic citizen plotted by Vestria and executed by Tarsk.",
		[]ment{lin, name("Berg", "Jonas Berg", schema.Person), vestria, tarsk, norDem})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}, {"Criticism", "Lin Hao", "Tarsk"}}, []ev{{"Criticism", "Lin Hao", "Jonas Berg"}})
	a = annotate(t, "2021-08-27", "Lin Hao said Jonas Berg's detention was unjustified.", []ment{lin, berg})
	expect(t, a, nil, []ev{{"Criticism", "Lin Hao", "Jonas Berg"}})
	// the possessor of a deed is still the one judged
	a = annotate(t, "2021-08-27", "Lin Hao said Vestria's decision was unjustified.", []ment{lin, vestria})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}}, nil)
}

func TestParticipleDoerIsJudged(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao said it was an unjust persecution of a Norlandic businessman orchestrated by Vestria.",
		[]ment{lin, vestria, norDem})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}}, nil)
	// not across a clause boundary
	a = annotate(t, "2021-08-27", "Lin Hao called it unjust; the ship was seized by Vestria.", []ment{lin, vestria})
	Extract(a)
	for _, k := range keys(a) {
		if k.class == "Criticism" && k.target == "Vestria" {
			t.Errorf("doer of another clause judged: %v", keys(a))
		}
	}
}

func TestAnnouncedDeedIsNoStatement(t *testing.T) {
	a := annotate(t, "2021-08-27", "Lin Hao was asked about the sanctions levied against Norlandic officials for alleged abuses that Vestria's Foreign Minister Ada Okafor announced on Tuesday.",
		[]ment{lin, okafor, vestria, norDem})
	Extract(a)
	for _, e := range a.Events {
		if e.Class == schema.Statement && len(e.Agent) > 0 && e.Agent[0] == "Ada Okafor" {
			t.Errorf("announcing a deed made a Statement: %v", keys(a))
		}
	}
	// an announcement with content of its own remains a Statement
	a = annotate(t, "2021-08-27", "Ada Okafor announced that trade talks would resume.", []ment{okafor})
	expect(t, a, []ev{{"Statement", "Ada Okafor", ""}}, nil)
}

func TestTitledNameAfterDemonymMeets(t *testing.T) {
	a := annotate(t, "2021-08-27", "In a phone call with Jonas Berg on Wednesday, Norlandic Ambassador to Vestria Lin Hao criticised Vestria.",
		[]ment{lin, berg, vestria, norDem})
	expect(t, a, []ev{{"Meeting", "Lin Hao", "Jonas Berg"}}, []ev{{"Meeting", "Norland", "Jonas Berg"}, {"Meeting", "Lin Hao", "Norland"}})
}

func TestDenialBorrowsNoTarget(t *testing.T) {
	// a refusal's target is what it refuses; another demand's target is no guess for it
	a := annotate(t, "2021-08-27", "Lin Hao urged Vestria to free Jonas Berg. He denied the allegations.",
		[]ment{lin, vestria, berg, pron("He", "Lin Hao")})
	expect(t, a, []ev{{"Demand", "Lin Hao", "Vestria"}, {"Rejection", "Lin Hao", ""}}, []ev{{"Rejection", "Lin Hao", "Vestria"}})
	// a named author of what is refused stays its target
	a = annotate(t, "2021-08-27", "Lin Hao rejected Vestria's accusations.", []ment{lin, vestria})
	expect(t, a, []ev{{"Rejection", "Lin Hao", "Vestria"}}, nil)
}

func TestUrgedToReleaseHolds(t *testing.T) {
	// the one urged to release a person is who detained them, when no one else is said to
	a := annotate(t, "2021-08-27", "Norland called on Vestria to release Jonas Berg. Berg has been arbitrarily detained for nearly 1,000 days.",
		[]ment{norland, vestria, berg, name("Berg", "Jonas Berg", schema.Person)})
	expect(t, a, []ev{{"Demand", "Norland", "Vestria"}, {"Arrest", "Vestria", "Jonas Berg"}}, nil)
	// the document's own doer wins over the one urged
	a = annotate(t, "2021-08-27", "Jonas Berg was detained by Tarsk. Norland called on Vestria to release Jonas Berg.",
		[]ment{norland, vestria, tarsk, berg})
	expect(t, a, []ev{{"Arrest", "Tarsk", "Jonas Berg"}}, []ev{{"Arrest", "Vestria", "Jonas Berg"}})
	// not a person urged: an unnamed side urged holds no one
	a = annotate(t, "2021-08-27", "Norland urged Lin Hao to release Jonas Berg. Berg was detained last year.",
		[]ment{norland, lin, berg, name("Berg", "Jonas Berg", schema.Person)})
	expect(t, a, nil, []ev{{"Arrest", "Lin Hao", "Jonas Berg"}})
}
