package document

import (
	"strings"
	"testing"
)

func TestMarkdown(t *testing.T) {
	doc := "---\nauthor: someone\ndate: 2022-04-05\n---\n\n" +
		"# Ministry urges release of *detained* engineer #\n\n" +
		"![the ministry](http://example.org/a.jpg)\n\n" +
		"The **Foreign Ministry** of Norland on Monday urged [Estavia](http://example.org/e.html?x=1.2)\n" +
		"to release an engineer, a spokeswoman said.\n\n" +
		"## Reaction\n\n" +
		"- Estavia's embassy in the capital did not answer calls on Monday.\n" +
		"> \"We demand his release,\" said spokeswoman Mia_Dorn.\n\n" +
		"```\ncode that is not text.\n```\n"
	d, err := Parse("a.md", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	checkRegions(t, d)
	if d.Info.Date != "2022-04-05" {
		t.Errorf("date %q", d.Info.Date)
	}
	if d.Info.Title != "Ministry urges release of detained engineer" {
		t.Errorf("title %q", d.Info.Title)
	}
	want := "The Foreign Ministry of Norland on Monday urged Estavia\nto release an engineer, a spokeswoman said.\n\n" +
		"Reaction\n\n" +
		"Estavia's embassy in the capital did not answer calls on Monday.\n\n" +
		"\"We demand his release,\" said spokeswoman Mia_Dorn."
	if got := d.BodyText(); got != want {
		t.Errorf("body\n%q\nwant\n%q", got, want)
	}
	// The first paragraph is one paragraph made of several regions.
	if d.Para[0] != 0 || d.Para[1] != 0 || len(d.Body) < 6 {
		t.Errorf("regions %v para %v", d.Body, d.Para)
	}
	for _, r := range d.Body {
		s := d.Text[r.Start:r.End]
		if strings.ContainsAny(s, "*[]#`") || strings.Contains(s, "http") {
			t.Errorf("markup in body region %q", s)
		}
	}
}

func TestMarkdownFrontMatterTitle(t *testing.T) {
	doc := "---\ntitle: \"Envoys meet in Oslo\"\n---\nThe envoys met in Oslo on Friday, officials said.\n"
	d, err := Parse("b.markdown", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if d.Info.Title != "Envoys meet in Oslo" || d.Text[d.Title.Start:d.Title.End] != "Envoys meet in Oslo" || d.BodyText() != "The envoys met in Oslo on Friday, officials said." {
		t.Errorf("title %q body %q", d.Info.Title, d.BodyText())
	}
}
