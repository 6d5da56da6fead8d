package entities

import (
	"reflect"
	"testing"

	"newsgraph/loader/text"
)

func runsOf(title, body string) []string {
	a := text.Segment(docOf(title, body))
	d := newDocState(a)
	d.findRuns()
	var out []string
	for _, r := range d.runs {
		out = append(out, d.span(r.sent, r.ti, r.tj))
	}
	return out
}

func TestRuns(t *testing.T) {
	cases := []struct {
		body string
		want []string
	}{
		{"The Ministry of Foreign Affairs of Norway said on Monday that Oslo would respond.",
			[]string{"Ministry of Foreign Affairs of Norway", "Oslo"}},
		{"The members of the Committee on Foreign Relations met Ursula von der Leyen and Seán O'Brien.",
			[]string{"Committee on Foreign Relations", "Ursula von der Leyen", "Seán O'Brien"}},
		{"Peru's Foreign Ministry spokesman Luis Mora spoke in Lima.",
			[]string{"Peru", "Foreign Ministry", "Luis Mora", "Lima"}},
		{"Then Acme Technologies and Bolt Motors signed a deal with the Lagos and Abuja Affairs Office on Friday.",
			[]string{"Acme Technologies", "Bolt Motors", "Lagos and Abuja Affairs Office"}},
		{"The Chilean Ambassador to Peru Ana Torres arrived in March.",
			[]string{"Chilean Ambassador to Peru Ana Torres"}},
		{"Indonesia-Malaysia ties are strong, a Jakarta-based analyst said.",
			nil},
		{"It happened at the Norwegian Embassy in Lima on Tuesday.",
			[]string{"Norwegian Embassy in Lima"}},
	}
	for _, c := range cases {
		if got := runsOf("", c.body); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.body, got, c.want)
		}
	}
}

func TestHeadlineCapitalization(t *testing.T) {
	got := runsOf("Peru Says Chile’s Detention of 2 Fishermen Is Unacceptable",
		"Peru said the detention of two fishermen was unacceptable and the arrest must end.")
	want := []string{"Peru", "Chile", "Peru"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestSentenceInitialCommonWord(t *testing.T) {
	got := runsOf("", "Meanwhile Jakarta waited. However, Lima said no. Detention is wrong, said Ana Ruiz; the detention ended.")
	want := []string{"Jakarta", "Lima", "Ana Ruiz"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q want %q", got, want)
	}
}
