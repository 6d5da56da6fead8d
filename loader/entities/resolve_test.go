package entities

import (
	"testing"

	"newsgraph/loader/text"
	"newsgraph/schema"
)

func TestSurnamesAndPronouns(t *testing.T) {
	a := annotate("Li Urges Calm",
		"Foreign Ministry spokesman Li Jianguo said on Monday that Tokyo must act. Li added that he hoped for talks.\n\n"+
			"Ms. Hana Sato, a Japanese lawmaker, replied. Sato said she disagreed, and Ms. Sato later left.\n\n"+
			"Li Ming, a farmer, was also quoted. Li said the harvest was poor.")
	wantEntity(t, a, "Li Jianguo", schema.Person)
	wantEntity(t, a, "Hana Sato", schema.Person)
	wantEntity(t, a, "Li Ming", schema.Person)
	noEntity(t, a, "Li", "Sato", "He", "She", "Ms. Hana Sato")
	check := func(s string, n int, want string) {
		t.Helper()
		m, ok := mentionOf(a, s, n)
		if !ok || m.Entity != want {
			t.Errorf("%q #%d -> %q, want %q", s, n, m.Entity, want)
		}
	}
	check("Li", 0, "Li Jianguo") // in the title, before the full name
	check("Li", 1, "Li Jianguo")
	check("he", 0, "Li Jianguo")
	check("Sato", 0, "Hana Sato")
	check("she", 0, "Hana Sato")
	check("Li", 2, "Li Ming") // the most recent Li
	if e := a.Entities["Hana Sato"]; e != nil && len(e.Aliases) != 0 {
		t.Errorf("aliases of a person must be full names: %q", e.Aliases)
	}
	wantRels(t, a, [3]string{"Hana Sato", "memberOf", "Japan"})
}

func TestMetonymsAndDescriptions(t *testing.T) {
	a := annotate("", "The Kenyan government rejected the claim. The Ugandan side said Nairobi was wrong, and Ugandan authorities detained a trader. "+
		"Nairobi-based analysts disagreed.\n\n"+
		"Zorvex Technologies said its executive Ruth Njeri was held. The Zorvex executive denied wrongdoing.")
	for _, c := range []struct{ s, ent string }{
		{"Kenyan government", "Kenya"}, {"Ugandan side", "Uganda"}, {"Ugandan authorities", "Uganda"}, {"Nairobi", "Kenya"},
	} {
		m, ok := mentionOf(a, c.s, 0)
		if !ok || m.Kind != text.MetonymMention || m.Entity != c.ent {
			t.Errorf("%q: %+v", c.s, m)
		}
	}
	m, ok := mentionOf(a, "The Zorvex executive", 0)
	if !ok || m.Kind != text.DescriptionMention || m.Entity != "Ruth Njeri" {
		t.Errorf("description: %+v (%v)", m, ok)
	}
	m, ok = mentionOf(a, "its", 0)
	if !ok || m.Kind != text.PronounMention || m.Entity != "Zorvex Technologies" {
		t.Errorf("its: %+v", m)
	}
	wantRels(t, a, [3]string{"Ruth Njeri", "worksFor", "Zorvex Technologies"})
}

func TestMentionsSorted(t *testing.T) {
	a := annotate("Peru and Chile Meet", "Peru's president met Chile's. Lima said it was pleased.")
	for i := 1; i < len(a.Mentions); i++ {
		if a.Mentions[i].Start < a.Mentions[i-1].Start {
			t.Fatalf("mentions not sorted: %+v", a.Mentions)
		}
	}
	if len(a.Mentions) < 4 {
		t.Errorf("too few mentions: %+v", a.Mentions)
	}
}
