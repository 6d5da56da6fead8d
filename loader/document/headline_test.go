package document

import "testing"

func TestHeadlineWithClutter(t *testing.T) {
	const body = "\n\nThe foreign ministry of Valdoria said on Monday that it had summoned the envoy of Ostria over the detention.\n\nOfficials said the talks would go on.\n"
	const want = "Valdoria urges Ostria to release detained engineer"
	for _, head := range []string{
		want + " Share Facebook Twitter",
		want + " Facebook Twitter WhatsApp Email",
		want + " | World | Valdoria Daily",
		"Politics | " + want + " | Valdoria Daily",
		want + " - Valdoria Daily",
		"Home / World / " + want,
		want + " 3 min read",
		want + " Advertisement",
		want + "\nShare Facebook Twitter Email",
		want + "\nWorld | Politics | Business",
	} {
		d, err := ParseText("x.txt", []byte(head+body))
		if err != nil {
			t.Fatal(err)
		}
		if d.Info.Title != want || d.Text[d.Title.Start:d.Title.End] != want {
			t.Errorf("%q: title %q (region %q), want %q", head, d.Info.Title, d.Text[d.Title.Start:d.Title.End], want)
		}
		if got := d.BodyText(); got[:20] != "The foreign ministry" {
			t.Errorf("%q: body starts %q", head, got[:20])
		}
	}
	// Headlines that only look cluttered stay whole.
	for _, head := range []string{
		"Valdoria lifts its ban on Twitter",
		"Ostria detains Valdorian engineer - extradition hearing set",
		"Envoy says talks on the border are stalled",
	} {
		d, _ := ParseText("x.txt", []byte(head+body))
		if d.Info.Title != head {
			t.Errorf("%q: title %q", head, d.Info.Title)
		}
	}
	// Clutter alone is no headline.
	d, _ := ParseText("x.txt", []byte("Sign up for our newsletter Facebook Twitter"+body))
	if d.Info.Title != "" {
		t.Errorf("clutter taken for a title: %q", d.Info.Title)
	}
}
