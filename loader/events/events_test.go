package events

import (
	"testing"

	"newsgraph/schema"
)

// Fictional people; real country names only as ordinary vocabulary.
var (
	lin      = person("Lin Hao")
	okafor   = person("Ada Okafor")
	berg     = person("Jonas Berg")
	norland  = country("Norland")
	vestria  = country("Vestria")
	tarsk    = country("Tarsk")
	ministry = name("Foreign Ministry", "Ministry of Foreign Affairs of Norland", schema.GovernmentOrganization)
)

func TestDemandWithTargetAndAbout(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland on Thursday urged Vestria to release Jonas Berg immediately.",
		[]ment{norland, vestria, berg})
	expect(t, a, []ev{{"Demand", "Norland", "Vestria"}}, []ev{{"Release", "Vestria", "Jonas Berg"}})
	e := find(a, ev{"Demand", "Norland", "Vestria"})
	if e == nil {
		return
	}
	if e.Date != "2021-08-26" {
		t.Errorf("date = %q", e.Date)
	}
	if len(e.About) != 1 || e.About[0] != "Jonas Berg" {
		t.Errorf("about = %v", e.About)
	}
	if e.Rule == "" || e.Trigger != "urged" || e.CAMEO == "" || e.Evidence.Text == "" {
		t.Errorf("provenance missing: %+v", e)
	}
}

func TestEachClass(t *testing.T) {
	cases := []struct {
		text string
		ms   []ment
		want ev
	}{
		{"Norland condemned Vestria over the incident.", []ment{norland, vestria}, ev{"Criticism", "Norland", "Vestria"}},
		{"Lin Hao accused Vestria of hypocrisy.", []ment{lin, vestria}, ev{"Criticism", "Lin Hao", "Vestria"}},
		{"Vestria rejected the accusation by Norland.", []ment{norland, vestria}, ev{"Rejection", "Vestria", "Norland"}},
		{"Norland threatened Vestria with countermeasures.", []ment{norland, vestria}, ev{"Threat", "Norland", "Vestria"}},
		{"Norland warned Vestria of grave consequences.", []ment{norland, vestria}, ev{"Threat", "Norland", "Vestria"}},
		{"Vestria imposed sanctions on Tarsk.", []ment{tarsk, vestria}, ev{"Sanction", "Vestria", "Tarsk"}},
		{"Vestria expelled Tarsk diplomats.", []ment{tarsk, vestria}, ev{"Sanction", "Vestria", "Tarsk"}},
		{"Vestria detained Jonas Berg in March.", []ment{berg, vestria}, ev{"Arrest", "Vestria", "Jonas Berg"}},
		{"Tarsk freed Jonas Berg after a year.", []ment{berg, tarsk}, ev{"Release", "Tarsk", "Jonas Berg"}},
		{"Lin Hao met Ada Okafor in Geneva.", []ment{lin, okafor}, ev{"Meeting", "Lin Hao", "Ada Okafor"}},
		{"Lin Hao held talks with Ada Okafor.", []ment{lin, okafor}, ev{"Meeting", "Lin Hao", "Ada Okafor"}},
		{"Lin Hao and Ada Okafor met on the sidelines.", []ment{lin, okafor}, ev{"Meeting", "Lin Hao", "Ada Okafor"}},
		{"Lin Hao stressed the point again.", []ment{lin}, ev{"Statement", "Lin Hao", ""}},
		{"Vestria's extradition request for Jonas Berg was heard.", []ment{berg, vestria}, ev{"LegalProceeding", "Vestria", "Jonas Berg"}},
		{"Lin Hao called on Vestria to respect the law.", []ment{lin, vestria}, ev{"Demand", "Lin Hao", "Vestria"}},
		{"Vestria announced visa restrictions against Tarsk.", []ment{tarsk, vestria}, ev{"Sanction", "Vestria", "Tarsk"}},
		{"Vestria's sanctions on Tarsk took effect.", []ment{tarsk, vestria}, ev{"Sanction", "Vestria", "Tarsk"}},
	}
	for _, c := range cases {
		a := annotate(t, "2021-08-27", c.text, c.ms)
		Extract(a)
		if !hasEvent(a, c.want) {
			t.Errorf("%q: want %v, got %v", c.text, c.want, keys(a))
		}
	}
}

func TestPassive(t *testing.T) {
	a := annotate(t, "", "Jonas Berg was detained by Vestria last year.", []ment{berg, vestria})
	expect(t, a, []ev{{"Arrest", "Vestria", "Jonas Berg"}}, []ev{{"Arrest", "Jonas Berg", "Vestria"}})
	if e := find(a, ev{"Arrest", "Vestria", "Jonas Berg"}); e != nil && e.Rule != "passive-by" {
		t.Errorf("rule = %q", e.Rule)
	}
	a = annotate(t, "", "Jonas Berg was arrested in Vestria.", []ment{berg, vestria})
	expect(t, a, []ev{{"Arrest", "Vestria", "Jonas Berg"}}, nil)
	// no agent anywhere: dropped
	a = annotate(t, "", "Jonas Berg was arrested at an airport.", []ment{berg})
	expectNone(t, a, "Arrest", "agentless arrest kept")
	// no agent here, but the document says who: merged into it
	a = annotate(t, "", "Jonas Berg was arrested at an airport. Vestria arrested Jonas Berg on a warrant.", []ment{berg, vestria})
	Extract(a)
	n := 0
	for _, k := range keys(a) {
		if k.class == "Arrest" {
			n++
		}
	}
	if n != 1 || !hasEvent(a, ev{"Arrest", "Vestria", "Jonas Berg"}) {
		t.Errorf("want one arrest by Vestria, got %v", keys(a))
	}
}

func TestDemonymAuthorities(t *testing.T) {
	a := annotate(t, "", "Vestrian authorities detained Jonas Berg.", []ment{berg, demonym("Vestrian", "Vestria")})
	expect(t, a, []ev{{"Arrest", "Vestria", "Jonas Berg"}}, nil)
	a = annotate(t, "", "Vestrian citizen Jonas Berg criticised Tarsk.", []ment{berg, tarsk, demonym("Vestrian", "Vestria")})
	expect(t, a, []ev{{"Criticism", "Jonas Berg", "Tarsk"}}, []ev{{"Criticism", "Vestria", "Tarsk"}})
}

func TestNegationBlocks(t *testing.T) {
	for _, s := range []string{
		"Vestria did not detain Jonas Berg.",
		"Vestria has never detained Jonas Berg.",
		"Vestria didn't detain Jonas Berg.",
		"Vestria has yet to detain Jonas Berg.",
	} {
		a := annotate(t, "", s, []ment{berg, vestria})
		Extract(a)
		if hasClass(a, "Arrest") {
			t.Errorf("%q: negated arrest extracted: %v", s, keys(a))
		}
	}
}

func TestModality(t *testing.T) {
	cases := []struct{ text, not string }{
		{"Norland urged Vestria to release Jonas Berg.", "Release"},
		{"Norland called for the release of Jonas Berg.", "Release"},
		{"Norland threatened to impose sanctions on Vestria.", "Sanction"},
		{"Vestria could expel Tarsk diplomats.", "Sanction"},
		{"Vestria plans to expel Tarsk diplomats.", "Sanction"},
		{"Norland warned of consequences if Vestria detained Jonas Berg.", "Arrest"},
		{"Vestria refused to release Jonas Berg.", "Release"},
	}
	for _, c := range cases {
		a := annotate(t, "", c.text, []ment{berg, vestria, norland, tarsk})
		Extract(a)
		if hasClass(a, c.not) {
			t.Errorf("%q: %s should not be extracted: %v", c.text, c.not, keys(a))
		}
	}
	// a reported fact next to a criticism stays
	a := annotate(t, "", "Norland condemned Vestria, which detained Jonas Berg in May.", []ment{berg, vestria, norland})
	expect(t, a, []ev{{"Criticism", "Norland", "Vestria"}, {"Arrest", "Vestria", "Jonas Berg"}}, nil)
}

func TestSpeakerPreferredOverCountry(t *testing.T) {
	a := annotate(t, "2021-08-27", "Norland urges Vestria to stop, ministry spokesperson Lin Hao said on Thursday.",
		[]ment{norland, vestria, lin}, [3]string{"Lin Hao", "ng:spokespersonFor", "Ministry of Foreign Affairs of Norland"},
		[3]string{"Ministry of Foreign Affairs of Norland", "schema:parentOrganization", "Norland"})
	Extract(a)
	e := find(a, ev{"Demand", "Lin Hao", "Vestria"})
	if e == nil {
		t.Fatalf("want Lin Hao's demand, got %v", keys(a))
	}
	want := []string{"Lin Hao", "Ministry of Foreign Affairs of Norland", "Norland"}
	if len(e.Agent) != 3 || e.Agent[1] != want[1] || e.Agent[2] != want[2] {
		t.Errorf("agent chain = %v, want %v", e.Agent, want)
	}
	if e.Date != "2021-08-26" {
		t.Errorf("date = %q", e.Date)
	}
	if hasEvent(a, ev{"Statement", "Lin Hao", ""}) {
		t.Errorf("statement beside a demand in the same sentence: %v", keys(a))
	}
}

func TestMergeAndStatementOncePerSpeaker(t *testing.T) {
	body := "Lin Hao condemned Vestria on Monday. Lin Hao also condemned Vestria over Jonas Berg on Tuesday.\n\n" +
		"“We have always acted within the law in this matter,” Lin Hao said.\n\n" +
		"“Our position is firm and clear on all of this,” Lin Hao said."
	a := annotate(t, "2021-08-27", body, []ment{lin, vestria, berg})
	Extract(a)
	crit, stat := 0, 0
	for _, k := range keys(a) {
		switch k {
		case ev{"Criticism", "Lin Hao", "Vestria"}:
			crit++
		case ev{"Statement", "Lin Hao", ""}:
			stat++
		}
	}
	if crit != 1 || stat != 1 {
		t.Fatalf("want one criticism and one statement, got %v", keys(a))
	}
	e := find(a, ev{"Criticism", "Lin Hao", "Vestria"})
	if e.Date != "2021-08-23" {
		t.Errorf("merged event should keep the earliest evidence's date, got %q", e.Date)
	}
	if len(e.About) != 1 || e.About[0] != "Jonas Berg" {
		t.Errorf("about should be the union: %v", e.About)
	}
	if e.Evidence.Start != 0 {
		t.Errorf("evidence should be the earliest sentence: %+v", e.Evidence)
	}
}

func TestNominalTargetResolvedFromDocument(t *testing.T) {
	body := "Vestria arrested Jonas Berg in May. Norland condemned the arrest of Jonas Berg."
	a := annotate(t, "", body, []ment{vestria, norland, berg})
	expect(t, a, []ev{{"Criticism", "Norland", "Vestria"}, {"Arrest", "Vestria", "Jonas Berg"}},
		[]ev{{"Criticism", "Norland", "Jonas Berg"}, {"Arrest", "Norland", "Jonas Berg"}})
}

func TestSharedSubject(t *testing.T) {
	a := annotate(t, "", "Lin Hao met Ada Okafor and urged Vestria to act.", []ment{lin, okafor, vestria})
	expect(t, a, []ev{{"Meeting", "Lin Hao", "Ada Okafor"}, {"Demand", "Lin Hao", "Vestria"}},
		[]ev{{"Demand", "Ada Okafor", "Vestria"}})
}

func TestAppositiveSkipped(t *testing.T) {
	a := annotate(t, "", "Lin Hao, who met Ada Okafor last year, criticized Vestria.", []ment{lin, okafor, vestria})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}}, []ev{{"Criticism", "Ada Okafor", "Vestria"}})
}

func TestCoordinatedTargets(t *testing.T) {
	a := annotate(t, "", "Norland demanded Vestria and Tarsk explain the decision.", []ment{norland, vestria, tarsk})
	expect(t, a, []ev{{"Demand", "Norland", "Vestria"}, {"Demand", "Norland", "Tarsk"}}, nil)
}
