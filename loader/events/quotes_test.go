package events

import (
	"testing"

	"newsgraph/loader/text"
	"newsgraph/schema"
)

func speakers(a *text.Annotated) map[string]string {
	out := map[string]string{}
	for _, q := range a.Quotes {
		out[q.Text] = q.Speaker
	}
	return out
}

func TestQuoteForms(t *testing.T) {
	spokes := name("the spokesperson", "Lin Hao", schema.Person)
	spokes.kind = text.DescriptionMention
	cases := []struct {
		body, quote, speaker string
		ms                   []ment
	}{
		{"“We will never accept this outcome at all,” Lin Hao said.", "We will never accept this outcome at all,", "Lin Hao", []ment{lin}},
		{"“We will never accept this outcome at all,” said Lin Hao.", "We will never accept this outcome at all,", "Lin Hao", []ment{lin}},
		{"Lin Hao said: “We will never accept this outcome at all.”", "We will never accept this outcome at all.", "Lin Hao", []ment{lin}},
		{"Lin Hao said \"we will never accept this outcome at all\".", "we will never accept this outcome at all", "Lin Hao", []ment{lin}},
		{"“We will never accept this outcome at all,” the spokesperson said.", "We will never accept this outcome at all,", "Lin Hao", []ment{spokes}},
		{"Lin Hao spoke first. “We will never accept this outcome at all,” he added.", "We will never accept this outcome at all,", "Lin Hao", []ment{lin, pron("he", "Lin Hao")}},
		{"“We will never accept this outcome at all,” Lin Hao, a ministry spokesman, said.", "We will never accept this outcome at all,", "Lin Hao", []ment{lin}},
	}
	for _, c := range cases {
		a := annotate(t, "", c.body, c.ms)
		Extract(a)
		if got, ok := speakers(a)[c.quote]; !ok || got != c.speaker {
			t.Errorf("%q: quote %q speaker %q (quotes %+v)", c.body, c.quote, got, a.Quotes)
		}
	}
}

func TestQuoteContinuedAcrossParagraphs(t *testing.T) {
	body := "“The decision is wrong and we say so plainly,” Lin Hao said.\n\n“It must be reversed without any further delay,” he went on. “Nobody should doubt our resolve here.”\n\n“This is another paragraph of the same speech, unattributed.”"
	a := annotate(t, "", body, []ment{lin, pron("he", "Lin Hao")})
	Extract(a)
	sp := speakers(a)
	for _, q := range []string{"Nobody should doubt our resolve here.", "This is another paragraph of the same speech, unattributed."} {
		if sp[q] != "Lin Hao" {
			t.Errorf("quote %q: speaker %q, want Lin Hao (quotes %+v)", q, sp[q], a.Quotes)
		}
	}
	if !hasEvent(a, ev{"Statement", "Lin Hao", ""}) {
		t.Errorf("no statement: %v", keys(a))
	}
}

func TestScareQuotesAreNotSpeech(t *testing.T) {
	a := annotate(t, "", "Norland warned Vestria of “grave consequences” on Monday.", []ment{norland, vestria})
	Extract(a)
	if len(a.Quotes) != 0 {
		t.Errorf("a quoted phrase taken as speech: %+v", a.Quotes)
	}
	if !hasEvent(a, ev{"Threat", "Norland", "Vestria"}) {
		t.Errorf("threat with a quoted object missing: %v", keys(a))
	}
}

func TestReportedSpeech(t *testing.T) {
	cases := []struct{ body, speaker string }{
		{"Lin Hao said that the talks had gone well overall.", "Lin Hao"},
		{"The talks had gone well overall, Lin Hao said.", "Lin Hao"},
		{"According to Lin Hao, the talks had gone well overall.", "Lin Hao"},
		{"Lin Hao told reporters the talks had gone well overall.", "Lin Hao"},
	}
	for _, c := range cases {
		a := annotate(t, "", c.body, []ment{lin})
		Extract(a)
		if len(a.Quotes) != 1 || a.Quotes[0].Speaker != c.speaker {
			t.Errorf("%q: quotes %+v", c.body, a.Quotes)
		}
		if !hasEvent(a, ev{"Statement", "Lin Hao", ""}) {
			t.Errorf("%q: no statement: %v", c.body, keys(a))
		}
	}
}

func TestFirstPersonInQuoteIsSpeaker(t *testing.T) {
	a := annotate(t, "", "“We condemn Vestria for this unlawful act,” Lin Hao said.", []ment{lin, vestria, pron("We", "")})
	expect(t, a, []ev{{"Criticism", "Lin Hao", "Vestria"}}, []ev{{"Statement", "Lin Hao", ""}})
}

func TestSpeechDateInherited(t *testing.T) {
	body := "Lin Hao on Monday urged Vestria to act.\n\n“We condemn Vestria for this unlawful act,” Lin Hao said."
	a := annotate(t, "2021-08-27", body, []ment{lin, vestria, pron("We", "")})
	Extract(a)
	e := find(a, ev{"Criticism", "Lin Hao", "Vestria"})
	if e == nil || e.Date != "2021-08-23" {
		t.Errorf("criticism should take the speaker's date: %+v", e)
	}
}

func TestSpeechDateFromLead(t *testing.T) {
	body := "Norland on Monday announced new rules for its ports.\n\n“We condemn Vestria for this unlawful act,” Lin Hao said."
	a := annotate(t, "2021-08-27", body, []ment{lin, vestria, norland})
	Extract(a)
	e := find(a, ev{"Criticism", "Lin Hao", "Vestria"})
	if e == nil || e.Date != "2021-08-23" {
		t.Errorf("undated speech should take the lead's day: %+v", e)
	}
	a = annotate(t, "2021-08-27", "“We condemn Vestria for this unlawful act,” Lin Hao said.", []ment{lin, vestria})
	Extract(a)
	if e := find(a, ev{"Criticism", "Lin Hao", "Vestria"}); e == nil || e.Date != "2021-08-27" {
		t.Errorf("no date in the text: want the document's day, got %+v", e)
	}
	a = annotate(t, "", "“We condemn Vestria for this unlawful act,” Lin Hao said.", []ment{lin, vestria})
	Extract(a)
	if e := find(a, ev{"Criticism", "Lin Hao", "Vestria"}); e == nil || e.Date != "" {
		t.Errorf("no date anywhere: want none, got %+v", e)
	}
}
