package document

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkRegions fails the test if a document's regions are out of bounds,
// out of order, or not on character boundaries.
func checkRegions(t testing.TB, d *Document) {
	t.Helper()
	in := func(r Region) bool {
		return 0 <= r.Start && r.Start <= r.End && r.End <= len(d.Text) &&
			startsRune(d.Text, r.Start) && startsRune(d.Text, r.End)
	}
	if !in(d.Title) || !in(d.Dateline.Region) {
		t.Fatalf("title %v or dateline %v out of bounds", d.Title, d.Dateline.Region)
	}
	if len(d.Para) != len(d.Body) {
		t.Fatalf("%d Para for %d Body regions", len(d.Para), len(d.Body))
	}
	end := 0
	for i, r := range d.Body {
		if !in(r) || r.Start < end || r.Empty() {
			t.Fatalf("body region %d %v bad (previous end %d, text %d bytes)", i, r, end, len(d.Text))
		}
		if i > 0 && d.Para[i] != d.Para[i-1] && d.Para[i] != d.Para[i-1]+1 {
			t.Fatalf("Para not consecutive: %v", d.Para)
		}
		end = r.End
	}
}

func startsRune(s string, i int) bool {
	return i == len(s) || i == 0 || (s[i]&0xC0) != 0x80
}

func TestSampleDocs(t *testing.T) {
	want := map[string]struct{ date, title, firstBody, place, agency string }{
		"000_9d741c92ae8c1378.txt": {"2021-08-27", "", "China said on Thursday that it will never allow", "", ""},
		"001_7e7c730a23e087ec.txt": {"", "Foreign Ministry: China never accepts any form of political coercion", "Thursday marks 1,000 days", "", ""},
		"002_54dbbaab12b9b1e4.txt": {"2024-12-12", "China urges Canada to cease interfering in its internal affairs: foreign ministry", "China urges Canada to reflect", "BEIJING", "Xinhua"},
	}
	files, _ := filepath.Glob("../../testdata/docs/*.txt")
	if len(files) != len(want) {
		t.Fatalf("found %d sample docs, want %d", len(files), len(want))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		checkRegions(t, d)
		w := want[filepath.Base(f)]
		sum := sha256.Sum256(data)
		if d.Info.Identifier != filepath.Base(f) || d.Info.Path != f || d.Info.Hash != hex.EncodeToString(sum[:]) || d.Text != string(data) {
			t.Errorf("%s: info %+v", f, d.Info)
		}
		if d.Info.Date != w.date || d.Info.Title != w.title || d.Text[d.Title.Start:d.Title.End] != w.title {
			t.Errorf("%s: date %q title %q, want %q %q", f, d.Info.Date, d.Info.Title, w.date, w.title)
		}
		if len(d.Body) < 8 || !strings.HasPrefix(d.Text[d.Body[0].Start:], w.firstBody) {
			t.Errorf("%s: %d body regions, first %q", f, len(d.Body), d.Text[d.Body[0].Start:d.Body[0].End])
		}
		if d.Dateline.Place != w.place || d.Dateline.Agency != w.agency {
			t.Errorf("%s: dateline %+v", f, d.Dateline)
		}
		body := d.BodyText()
		for _, bad := range []string{"date 20", "Web editor", "(Xinhua) --"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: body holds %q", f, bad)
			}
		}
	}
}

// A web page as a scraper leaves it: menus, a byline, a caption, share bars,
// a related link, credits and a copyright line around the article.
const page = "Skip to main content\r\n" +
	"Home / World / Europe\r\n" +
	"\r\n" +
	"Ministry urges neighbour to free detained engineer\r\n" +
	"\r\n" +
	"By Ana Lind | Daily Ledger\r\n" +
	"Published: March 3, 2020 10:15 AM\r\n" +
	"Share\r\n" +
	"The ministry building in the capital. [Photo/Agency]\r\n" +
	"\r\n" +
	"VALDORA, March 2 (Wire) -- The Foreign Ministry of Norland on Monday urged Estavia to release\r\n" +
	"an engineer detained last month, a spokeswoman said.\r\n" +
	"\r\n" +
	"Advertisement\r\n" +
	"\r\n" +
	"\"We demand his immediate release,\" spokeswoman Mia Dorn told reporters.\r\n" +
	"\r\n" +
	"Estavia has not commented on the arrest. Its embassy did not answer calls on Monday.\r\n" +
	"\r\n" +
	"Read more: Talks stall again\r\n" +
	"(Reporting by Ana Lind; Editing by Tom Roe)\r\n" +
	"Copyright 2020 Daily Ledger. All rights reserved.\r\n"

func TestPage(t *testing.T) {
	d, err := Parse("page.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkRegions(t, d)
	if d.Info.Title != "Ministry urges neighbour to free detained engineer" {
		t.Errorf("title %q", d.Info.Title)
	}
	if d.Info.Date != "2020-03-02" || d.Dateline.Date != "2020-03-02" {
		t.Errorf("date %q (dateline %q), want the dateline's day with the page's year", d.Info.Date, d.Dateline.Date)
	}
	if d.Dateline.Place != "VALDORA" || d.Dateline.Agency != "Wire" || d.Text[d.Dateline.Region.Start:d.Dateline.Region.End] != "VALDORA, March 2 (Wire) --" {
		t.Errorf("dateline %+v", d.Dateline)
	}
	want := "The Foreign Ministry of Norland on Monday urged Estavia to release\r\nan engineer detained last month, a spokeswoman said.\n\n" +
		"\"We demand his immediate release,\" spokeswoman Mia Dorn told reporters.\n\n" +
		"Estavia has not commented on the arrest. Its embassy did not answer calls on Monday."
	if got := d.BodyText(); got != want {
		t.Errorf("body:\n%q\nwant\n%q", got, want)
	}
}

func TestPublishedDate(t *testing.T) {
	doc := "Envoys meet in Lisbon to ease trade row\n\nUpdated: 5 June 2021\n\nThe envoys of the two countries met in Lisbon on Friday, officials said.\n"
	d, err := Parse("x.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if d.Info.Date != "2021-06-05" || d.Info.Title != "Envoys meet in Lisbon to ease trade row" || len(d.Body) != 1 {
		t.Errorf("date %q title %q body %q", d.Info.Date, d.Info.Title, d.BodyText())
	}
	// A date inside the article is not the document's date.
	d, _ = Parse("x.txt", []byte("The court in Lisbon sentenced the two men on March 3, 2020, their lawyer said.\n"))
	if d.Info.Date != "" {
		t.Errorf("date %q from body text", d.Info.Date)
	}
}

func TestDateLineWithBody(t *testing.T) {
	// The rest of the date line: a short line without a final period is the
	// title; a sentence is body; a dateline there is a dateline.
	for _, c := range []struct{ doc, title, body, place string }{
		{" date 2021-08-27 Court frees detained engineer on bail\n\nThe court in Lisbon freed the engineer on bail on Friday, his lawyer said.",
			"Court frees detained engineer on bail", "The court in Lisbon freed the engineer on bail on Friday, his lawyer said.", ""},
		{" date 2021-08-27 Norland said on Thursday that it would never accept the detention of its citizens abroad.\n\nThe ministry gave no details.",
			"", "Norland said on Thursday that it would never accept the detention of its citizens abroad.\n\nThe ministry gave no details.", ""},
		{"date 2020-08-07 NEW YORK (AP) — The president ordered a ban on the two apps on Thursday, officials said.",
			"", "The president ordered a ban on the two apps on Thursday, officials said.", "NEW YORK"},
	} {
		d, err := Parse("x.txt", []byte(c.doc))
		if err != nil {
			t.Fatal(err)
		}
		checkRegions(t, d)
		if d.Info.Date != "2021-08-27" && d.Info.Date != "2020-08-07" {
			t.Errorf("date %q", d.Info.Date)
		}
		if d.Info.Title != c.title || d.BodyText() != c.body || d.Dateline.Place != c.place {
			t.Errorf("%q:\n title %q\n body %q\n place %q", c.doc, d.Info.Title, d.BodyText(), d.Dateline.Place)
		}
	}
}

func TestParagraphs(t *testing.T) {
	// Lines ending mid-sentence followed by lower case are one paragraph;
	// a line per paragraph, as many sites print, stays a paragraph each;
	// a repeated paragraph (a caption printed twice) is kept once.
	doc := "The minister said the sanctions\nwould be lifted soon.\nThe envoy left on Monday for the capital, aides said.\nOfficials met the envoy at the airport in the capital.\nOfficials met the envoy at the airport in the capital.\n"
	d, _ := Parse("x.txt", []byte(doc))
	checkRegions(t, d)
	want := "The minister said the sanctions\nwould be lifted soon.\n\nThe envoy left on Monday for the capital, aides said.\n\nOfficials met the envoy at the airport in the capital."
	if got := d.BodyText(); got != want {
		t.Errorf("got %q", got)
	}
}

func TestStdinAndFormats(t *testing.T) {
	d, err := Parse("-", []byte("The envoy met the minister on Monday, officials said."))
	if err != nil || d.Info.Identifier != "stdin" || d.Info.Path != "-" {
		t.Fatalf("stdin: %v %+v", err, d)
	}
	for path, name := range map[string]string{"a.txt": "text", "a.TXT": "text", "README": "text", "-": "text", "b.md": "markdown", "dir.v2/c.Markdown": "markdown"} {
		f, ok := ForPath(path)
		if !ok || f.Name != name {
			t.Errorf("ForPath(%q) = %q, %v; want %q", path, f.Name, ok, name)
		}
	}
	if _, ok := ForPath("x.pdf"); ok {
		t.Error("ForPath(x.pdf) found a format")
	}
	// A file of unknown extension is read as text.
	if d, err := Parse("x.html", []byte("The envoy met the minister on Monday, officials said.")); err != nil || len(d.Body) != 1 {
		t.Errorf("unknown extension: %v", err)
	}
	names := []string{}
	for _, f := range Formats() {
		names = append(names, f.Name)
	}
	if strings.Join(names, ",") != "markdown,text" {
		t.Errorf("Formats() = %v", names)
	}
	defer func() {
		if recover() == nil {
			t.Error("registering .txt twice did not panic")
		}
	}()
	Register(Format{Name: "other", Exts: []string{".txt"}, Parse: ParseText})
}
