package entities

import (
	"testing"

	"newsgraph/loader/text"
	"newsgraph/schema"
)

// TestSampleDocuments runs segmentation and the entity stage on the sample
// documents of testdata/ and checks what a reader takes from them.
func TestSampleDocuments(t *testing.T) {
	docs := sampleDocuments(t)
	if len(docs) == 0 {
		t.Fatal("no sample documents")
	}
	rels := map[string]bool{}
	ents := map[string]schema.Class{}
	for _, doc := range docs {
		a := text.Segment(doc)
		Annotate(a)
		for _, r := range relStrings(a) {
			rels[r] = true
		}
		for n, e := range a.Entities {
			ents[n] = e.Class
			for _, al := range e.Aliases {
				switch al {
				case "Wang", "Mao", "Meng", "He", "She", "he", "she":
					t.Errorf("%s: alias %q of %q", doc.Info.Identifier, al, n)
				}
			}
		}
		for _, m := range a.Mentions {
			if m.Entity != "" {
				if _, ok := a.Entities[m.Entity]; !ok && m.Kind != text.DemonymMention {
					t.Errorf("%s: mention %q refers to %q, not an entity of the document", doc.Info.Identifier, m.Text, m.Entity)
				}
			}
		}
	}
	for _, want := range []string{
		"Wang Wenbin spokespersonFor Ministry of Foreign Affairs of China",
		"Mao Ning spokespersonFor Ministry of Foreign Affairs of China",
		"Ministry of Foreign Affairs of China parentOrganization China",
		"Meng Wanzhou worksFor Huawei Technologies",
		"Cong Peiwu memberOf China",
		"Mélanie Joly memberOf Canada",
	} {
		if !rels[want] {
			t.Errorf("missing relation %q", want)
		}
	}
	if ents["Mélanie Joly"] != schema.Person {
		t.Errorf("Mélanie Joly: %q", ents["Mélanie Joly"])
	}
	for _, bad := range []string{"Wang", "Mao", "Meng", "He", "She", "Chinese", "Canadian"} {
		if _, ok := ents[bad]; ok {
			t.Errorf("entity %q", bad)
		}
	}
	if ents["Huawei Technologies"] != schema.Corporation || ents["China"] != schema.Country {
		t.Errorf("classes: %v", ents)
	}
}
