package events

import (
	"strings"
	"testing"

	"newsgraph/schema"
)

func TestInflect(t *testing.T) {
	cases := map[string][4]string{
		"urge":    {"urges", "urged", "urging", ""},
		"ban":     {"bans", "banned", "banning", ""},
		"deny":    {"denies", "denied", "denying", ""},
		"detain":  {"detains", "detained", "detaining", ""},
		"press":   {"presses", "pressed", "pressing", ""},
		"release": {"releases", "released", "releasing", ""},
		"free":    {"frees", "freed", "freeing", ""},
	}
	for base, want := range cases {
		if got := inflect(base, ""); got != want {
			t.Errorf("inflect(%q) = %v, want %v", base, got, want)
		}
	}
	if got := inflect("meet", "meets/met/meeting"); got[1] != "met" {
		t.Errorf("irregular forms not used: %v", got)
	}
}

// trigMatch is a trigger found by trig with its matched words.
type trigMatch struct {
	match
	text string
}

func trig(t *testing.T, s string) []trigMatch {
	t.Helper()
	toks := tokenize(s, 0, len(s))
	words := make([]string, len(toks))
	for i, tk := range toks {
		words[i] = normWord(tk.Text)
	}
	var out []trigMatch
	for _, m := range findTriggers(words, make([]bool, len(words))) {
		var parts []string
		for _, k := range m.toks {
			parts = append(parts, words[k])
		}
		out = append(out, trigMatch{m, strings.Join(parts, " ")})
	}
	return out
}

func TestTriggerForms(t *testing.T) {
	cases := []struct {
		sentence string
		class    schema.Class
		text     string
	}{
		{"The minister urges restraint.", schema.Demand, "urges"},
		{"They were urging calm.", schema.Demand, "urging"},
		{"She called on the council to act.", schema.Demand, "called on"},
		{"A call for calm was issued.", schema.Demand, "call for"},
		{"The group condemned the move.", schema.Criticism, "condemned"},
		{"The ministry lodged stern representations with the embassy.", schema.Criticism, "lodged representations"},
		{"Officials imposed sweeping new sanctions on the firm.", schema.Sanction, "imposed sanctions"},
		{"The country expelled two diplomats.", schema.Sanction, "expelled"},
		{"Police detained the man.", schema.Arrest, "detained"},
		{"His detention drew protests.", schema.Arrest, "detention"},
		{"An extradition hearing began.", schema.LegalProceeding, "extradition hearing"},
		{"The two leaders held a phone call.", schema.Meeting, "held call"},
		{"The ministers met in Geneva.", schema.Meeting, "met"},
		{"The government warned of serious consequences.", schema.Threat, "warned"},
		{"We will take resolute countermeasures.", schema.Threat, "take countermeasures"},
		{"The court freed the activist.", schema.Release, "freed"},
		{"He denied the report.", schema.Rejection, "denied"},
	}
	for _, c := range cases {
		ms := trig(t, c.sentence)
		found := false
		for _, m := range ms {
			if m.class == c.class && m.text == c.text {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s %q, got %+v", c.sentence, c.class.Local(), c.text, ms)
		}
	}
}

func TestNonTriggers(t *testing.T) {
	for _, s := range []string{
		"She spoke at a press conference.",
		"The countries agreed to lift sanctions.",
		"He warned that the weather would turn.", // a warning with no consequence is not a threat
		"They signed a free trade pact.",
		"The chargé d'affaires was present.",
	} {
		for _, m := range trig(t, s) {
			if m.class != schema.Statement {
				t.Errorf("%q: unexpected trigger %s %q", s, m.class.Local(), m.text)
			}
		}
	}
}

func TestLexiconCoversEveryClass(t *testing.T) {
	seen := map[schema.Class]bool{}
	for _, ps := range getLexicon().byFirst {
		for _, p := range ps {
			seen[p.e.class] = true
		}
	}
	for _, c := range schema.EventClasses {
		if !seen[c] {
			t.Errorf("no trigger for %s", c)
		}
	}
	if !isSpeechVerb("said") || !isSpeechVerb("told") || isSpeechVerb("urged") {
		t.Error("speech verb forms wrong")
	}
	if strings.TrimSpace(string(schema.Demand)) == "" {
		t.Fatal("schema")
	}
}
