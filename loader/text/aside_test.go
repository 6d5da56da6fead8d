package text

import (
	"testing"

	"newsgraph/loader/document"
)

func TestSegmentPutsAsidesLastAndMarksThem(t *testing.T) {
	src := "Talks resume in Lima\n\nThe envoys met on Monday. They agreed.\n\n(Ana Soto/Andes Press)\n\nBy Luis Vera\n"
	d := &document.Document{Text: src}
	d.Title = document.Region{Start: 0, End: 20}
	b := len("Talks resume in Lima\n\n")
	d.Body = []document.Region{{Start: b, End: b + len("The envoys met on Monday. They agreed.")}}
	d.Para = []int{0}
	c := b + len("The envoys met on Monday. They agreed.\n\n")
	d.Aside = []document.Region{{Start: c, End: c + len("(Ana Soto/Andes Press)")}, {Start: len(src) - len("By Luis Vera\n"), End: len(src) - 1}}
	a := Segment(d)
	var got []int
	for _, s := range a.Sentences {
		got = append(got, s.Paragraph)
	}
	want := []int{TitleParagraph, 0, 0, AsideParagraph, AsideParagraph}
	if len(got) != len(want) {
		t.Fatalf("paragraphs %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("paragraphs %v, want %v", got, want)
		}
	}
	if !a.Sentences[3].IsAside() || a.Sentences[1].IsAside() || a.SentenceText(4) != "By Luis Vera" {
		t.Errorf("aside sentences wrong: %q", a.SentenceText(4))
	}
}

func TestLineBreakInsideAPhraseDoesNotEndTheSentence(t *testing.T) {
	got := sentencesOf(t, "said Kim, spokesperson of Korea's\nMinistry of Unification, on Friday\nA new line starts here")
	want := []string{"said Kim, spokesperson of Korea's\nMinistry of Unification, on Friday", "A new line starts here"}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %q, want %q", got, want)
	}
}
