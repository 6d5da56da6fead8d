package document

import (
	"strings"
	"testing"
)

func asides(d *Document) []string {
	var out []string
	for _, r := range d.Aside {
		out = append(out, d.Text[r.Start:r.End])
	}
	return out
}

func TestAsidesKeepCreditsOutOfTheBody(t *testing.T) {
	src := "Lagos and Accra agree to resume their trade talks\n\n" +
		"By ADA OKORO | Harbour Daily | Updated: 2023-05-02 10:15\n\n" +
		"Femi Adeyemi\n\n" +
		"LAGOS, May 1 (Harbour News) -- The ministry said the talks would continue next week in the capital, officials told reporters on Monday.\n\n" +
		"President Ada Okoro waves to supporters in Lagos on Sunday. (Femi Adeyemi/Harbour Daily)\n\n" +
		"Both sides are expected to publish a joint statement after the meeting ends, according to the same officials.\n\n" +
		"Source: Harbour Times Published: 2023/05/02 10:15\n"
	d, err := ParseText("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(asides(d), "\n")
	for _, want := range []string{"By ADA OKORO | Harbour Daily", "Femi Adeyemi", "LAGOS, May 1 (Harbour News) --", "(Femi Adeyemi/Harbour Daily)", "Source: Harbour Times"} {
		if !strings.Contains(got, want) {
			t.Errorf("asides lack %q:\n%s", want, got)
		}
	}
	body := d.BodyText()
	for _, bad := range []string{"ADA OKORO", "Femi Adeyemi/", "Source:", "(Harbour News)"} {
		if strings.Contains(body, bad) {
			t.Errorf("body holds %q", bad)
		}
	}
	if !strings.HasPrefix(body, "The ministry said") {
		t.Errorf("body starts %q", body[:min(40, len(body))])
	}
	for _, r := range d.Aside {
		if r.Empty() || r.End > len(d.Text) {
			t.Errorf("bad aside region %v", r)
		}
	}
}

func TestLineEndingMidPhraseContinues(t *testing.T) {
	src := "Seoul says talks will go on as planned this week\n\n" +
		"Nothing has changed in the plan for the talks, Kim Soo-jin, spokesperson of South Korea's\n" +
		"Ministry of Foreign Affairs, said at a routine press conference on Friday.\n"
	d, err := ParseText("x.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Para) == 0 || d.Para[len(d.Para)-1] != 0 {
		t.Errorf("paragraphs %v, want one: %q", d.Para, d.BodyText())
	}
}
