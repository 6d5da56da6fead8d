package entities

import (
	"testing"

	"newsgraph/loader/document"
	"newsgraph/loader/text"
)

func annotateFile(t *testing.T, src string) *text.Annotated {
	t.Helper()
	doc, err := document.ParseText("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a := text.Segment(doc)
	Annotate(a)
	return a
}

func TestWireCreditLine(t *testing.T) {
	a := annotateFile(t, "Chile protests detention of engineer\n\n"+
		"LIMA, May 3 (Reuters) - Chile on Tuesday urged Peru to free an engineer held in Lima.\n\n"+
		"The foreign ministry said the detention was unlawful.\n\n"+
		"(Reporting by Laura Quispe Mamani in Lima and Jorge Ellis Varga in Santiago; Additional reporting by Paul Hendry; Editing by Susan Marlow)\n")
	wantRels(t, a,
		[3]string{"Laura Quispe Mamani", "worksFor", "Reuters"},
		[3]string{"Jorge Ellis Varga", "worksFor", "Reuters"},
		[3]string{"Paul Hendry", "worksFor", "Reuters"},
		[3]string{"Susan Marlow", "worksFor", "Reuters"})
	for _, r := range a.Relations {
		if r.Subject == "Lima" || r.Subject == "Santiago" {
			t.Errorf("a place is not a reporter: %v", r)
		}
	}
}

func TestBylineWithoutOutlet(t *testing.T) {
	a := annotateFile(t, "Talks stall\n\nBy Karen Oduya\n\n"+
		"NAIROBI, June 2 (AP) - Kenya and Uganda failed to agree on Monday, officials said.\n")
	wantRels(t, a, [3]string{"Karen Oduya", "worksFor", "Associated Press"})
}
