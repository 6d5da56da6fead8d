package document

import "testing"

func TestDatelineYear(t *testing.T) {
	cases := []struct{ name, doc, want string }{
		{"a full date later in the text",
			"ARDENVILLE, Dec. 3 (Wire) -- The council met.\n\nIt first met on Jan 10, 2020, in the capital.\n", "2019-12-03"},
		{"the lead's weekday over a full date's year",
			"ARDENVILLE, Dec. 3 (Wire) -- The council said Thursday it would meet.\n\nIt first met on Jan 10, 2020, in the capital.\n", "2020-12-03"},
		{"a full date of the same season",
			"ARDENVILLE, Oct. 3 (Wire) -- The council met.\n\nThe vote had been set on Sept 20, 2021, by the assembly.\n", "2021-10-03"},
		{"a year in a URL path",
			"ARDENVILLE, May 4 (Wire) -- The council met.\n\nSee https://example.org/news/2017/05/story for more.\n", "2017-05-04"},
		{"a copyright year",
			"ARDENVILLE, May 4 (Wire) -- The council met.\n\n© 2016 Example Wire\n", "2016-05-04"},
		{"the weekday of the lead after a past year",
			"ARDENVILLE, Dec. 1 (Wire) -- The minister said Tuesday the talks would go on.\n\nThe dispute began in 2018 over tariffs.\n", "2020-12-01"},
		{"a target year is no year of the past",
			"ARDENVILLE, Dec. 1 (Wire) -- The minister said Tuesday the talks would go on.\n\nThe dispute began in 2018 and must end by 2027.\n", "2020-12-01"},
		{"no year anywhere",
			"ARDENVILLE, Dec. 1 (Wire) -- The minister said Tuesday the talks would go on.\n\nThe dispute began two years ago.\n", ""},
		{"a year only in passing, no weekday",
			"ARDENVILLE, Dec. 1 (Wire) -- The minister said the talks would go on.\n\nThe dispute began in 2018 over tariffs.\n", ""},
		{"a publication line in the body",
			"ARDENVILLE, Dec. 30 (Wire) -- The minister said the talks would go on.\n\nThe dispute began over tariffs and has lasted months.\n\nPublished 10:15 EST, 2 January 2021\n\nOfficials said they expected more talks in the spring.\n", "2020-12-30"},
	}
	for _, c := range cases {
		d, err := ParseText("x.txt", []byte(c.doc))
		if err != nil {
			t.Fatal(err)
		}
		if d.Info.Date != c.want || d.Dateline.Date != c.want {
			t.Errorf("%s: date %q, dateline date %q, want %q", c.name, d.Info.Date, d.Dateline.Date, c.want)
		}
	}
}

func TestPublicationLineDatesDocument(t *testing.T) {
	body := "The ministers of the two states met in the capital on Monday to discuss trade.\n\n" +
		"Both sides said the talks had been useful and would go on next month.\n\n"
	for _, c := range []struct{ line, want string }{
		{"Updated: March 3, 2020", "2020-03-03"},
		{"Published 10:15 EST, 3 March 2020", "2020-03-03"},
		{"2020-03-03 10:15:00", "2020-03-03"},
	} {
		doc := body + c.line + "\n\nA third paragraph says the talks will resume after the holidays end.\n"
		d, err := ParseText("x.txt", []byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		if d.Info.Date != c.want {
			t.Errorf("%q: date %q, want %q", c.line, d.Info.Date, c.want)
		}
	}
	// A date in a sentence is no publication line.
	d, _ := ParseText("x.txt", []byte(body+"The treaty was signed on March 3, 2020, in the capital by both ministers.\n"))
	if d.Info.Date != "" {
		t.Errorf("a date in prose dated the document: %q", d.Info.Date)
	}
}

func TestNotAfter(t *testing.T) {
	for _, c := range []struct {
		m, d      int
		pub, want string
	}{
		{12, 31, "2021-01-02", "2020-12-31"},
		{8, 1, "2021-03-03", "2020-08-01"},
		{3, 4, "2021-03-03", "2021-03-04"},
		{3, 3, "2021-03-03", "2021-03-03"},
	} {
		if got := notAfter(c.m, c.d, c.pub); got != c.want {
			t.Errorf("notAfter(%d, %d, %s) = %s, want %s", c.m, c.d, c.pub, got, c.want)
		}
	}
}
