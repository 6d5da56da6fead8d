package document

import "testing"

func TestDateLine(t *testing.T) {
	for _, c := range []struct {
		in, date, rest string
		ok             bool
	}{
		{"date 2021-08-27", "2021-08-27", "", true},
		{" date 2021-08-27 Ministers met in Lisbon on Thursday.", "2021-08-27", "Ministers met in Lisbon on Thursday.", true},
		{"\tdate 2020-02-30 Title here", "", "Title here", true}, // no such day: the line is still the date line
		{"dated 2021-08-27", "", "", false},
		{"The date 2021-08-27 was chosen.", "", "", false},
		{"date 21-08-27", "", "", false},
	} {
		date, n, ok := dateLine(c.in)
		if ok != c.ok || date != c.date || ok && c.in[n:] != c.rest {
			t.Errorf("dateLine(%q) = %q, rest %q, %v; want %q, %q, %v", c.in, date, c.in[n:], ok, c.date, c.rest, c.ok)
		}
	}
}

func TestDateline(t *testing.T) {
	for _, c := range []struct {
		in, place, agency string
		month, day, year  int
		rest              string
	}{
		{"BEIJING, Dec. 11 (Xinhua) -- The ministry said", "BEIJING", "Xinhua", 12, 11, 0, "The ministry said"},
		{"WASHINGTON (Reuters) - The envoy left", "WASHINGTON", "Reuters", 0, 0, 0, "The envoy left"},
		{"OTTAWA, Jan 3 (AP) — Police said", "OTTAWA", "AP", 1, 3, 0, "Police said"},
		{"Beijing, March 17 — A court ruled", "Beijing", "", 3, 17, 0, "A court ruled"},
		{"OTTAWA—Prime Minister Ann Vale said", "OTTAWA", "", 0, 0, 0, "Prime Minister Ann Vale said"},
		{"NEW YORK – The talks ended", "NEW YORK", "", 0, 0, 0, "The talks ended"},
		{"GENEVA, 4 May 2019 (AFP) -- Delegates met", "GENEVA", "AFP", 5, 4, 2019, "Delegates met"},
		{"LONDON, England (AP) — A judge", "LONDON", "AP", 0, 0, 0, "A judge"},
	} {
		m, ok := dateline(c.in)
		if !ok {
			t.Errorf("dateline(%q): no match", c.in)
			continue
		}
		if m.Place != c.place || m.Agency != c.agency || m.Month != c.month || m.Day != c.day || m.Year != c.year || c.in[m.N:] != c.rest {
			t.Errorf("dateline(%q) = %+v rest %q; want %s %s %d-%d-%d rest %q", c.in, m, c.in[m.N:], c.place, c.agency, c.year, c.month, c.day, c.rest)
		}
	}
	for _, s := range []string{
		"Canada — which detained the executive — refused.",
		"The two envoys -- both former ministers -- met.",
		"Hong Kong-based lawyers said",
		"Beijing, Ottawa talking amid detention of citizens",
		"Monday — a day of talks",
		"Mr. Lee said the ministry would respond.",
	} {
		if m, ok := dateline(s); ok {
			t.Errorf("dateline(%q) = %+v, want no match", s, m)
		}
	}
}

func TestFindDates(t *testing.T) {
	for in, want := range map[string]string{
		"Published: March 3, 2020":                  "2020-03-03",
		"Posted Jul 24, 2021 3:44 AM CDT":           "2021-07-24",
		"PUBLISHED : Wednesday, 12 December, 2018":  "2018-12-12",
		"Update: August, 23/2019 - 12:57":           "2019-08-23",
		"Source: Daily Post Published: 2020/11/20":  "2020-11-20",
		"lørdag 20. juni 2020":                      "2020-06-20",
		"24 September 202011:16":                    "2020-09-24",
		"Updated: 2018-12-18 07:37":                 "2018-12-18",
		"Friday, Oct. 1st, 2021":                    "2021-10-01",
		"le 3 février 2022":                         "2022-02-03",
		"Feb 30, 2020":                              "",
		"March 17":                                  "",
		"He served 15 years in 2016 and 2017":       "",
		"The vote was 2019-13-01 according to them": "",
	} {
		if got := firstDate(in); got != want {
			t.Errorf("firstDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWithYear(t *testing.T) {
	if got := withYear(8, 9, "2019-08-12"); got != "2019-08-09" {
		t.Errorf("got %q", got)
	}
	if got := withYear(12, 31, "2020-01-02"); got != "2019-12-31" {
		t.Errorf("a December dateline on a January page: got %q", got)
	}
	if got := withYear(3, 1, ""); got != "" {
		t.Errorf("no reference: got %q", got)
	}
}

func TestLineJudges(t *testing.T) {
	type judge struct {
		name string
		fn   func(string) bool
		yes  []string
		no   []string
	}
	for _, j := range []judge{
		{"byline", byline,
			[]string{"By Jane Doe", "By ANNA LUND | Daily Ledger | Updated: 2019-01-02", "By Rob Kell,  Herald Staff", "By Ana de la Cruz and Tom Hale", "Reporter: Li Ming", "Written by Sam Ode"},
			[]string{"By contrast, the ministry declined to comment.", "By Tuesday the envoy had left the capital.", "Bystanders watched the convoy"}},
		{"credit", credit,
			[]string{"(Web editor: Li Na, Wu Fei)", "(Web editor: Li Na, Wu Fei).", "Editor: Paul Smit", "(Reporting by Ana Lee; Editing by Tom Roe)", "Edited by Rui Costa"},
			[]string{"The editor of the paper was arrested.", "Editors at the paper were questioned on Monday."}},
		{"caption", caption,
			[]string{"Flags of the two countries. [Photo/Agency]", "The minister speaks in Rome, May 8, 2019. [File Photo: Wire/Ann Li]", "Photo: Wire", "The envoy at the airport. Photo: Wire", "Delegates arrive for the talks. (Sam Ode/Daily Ledger)", "Minister Ana Vale File photo: Wire", "Image: Agency"},
			[]string{"The minister said the photo was fake.", "The photographer was detained on Monday."}},
		{"junk", junk,
			[]string{"Share", "Share - Messenger", "Advertisement", "Related: Talks stall again", "Read more", "READ MORE:", "Home / World / Diplomacy", "NEWS / POLITICS", "Facebook Twitter Instagram", "Copyright 2020 Daily Ledger. All rights reserved.", "© Daily Ledger", "We use cookies to improve your experience on our site.", "Skip to main content", "0 Comments", "Newsletter Signup Register / Login", "  • Share this article"},
			[]string{"The ministry shared the statement on Monday.", "China / US trade talks resume in Geneva", "Related talks were held in Oslo on Monday, officials said.", "More than 100 people were arrested."}},
		{"titleLike", titleLike,
			[]string{"Ministry urges release of detained engineer", "Will the talks resume?", "Court frees activist on bail 'after pressure'"},
			[]string{"Talks resume.", "Short title", "the minister said on Monday that talks", "A headline ending in a colon:"}},
		{"prose", prose,
			[]string{"The ministry said on Monday that it would respond to the sanctions.", "The ministry said on Monday that it would respond. Officials gave no details about the measures or their timing today"},
			[]string{"Ministry urges release of detained engineer", "Talks end.", "Foreign ministers meet in Oslo amid row over detained engineer as protests continue"}},
		{"dateOnly", dateOnly,
			[]string{"PUBLISHED : Wednesday, 12 December, 2018, 3:24am", "Jan 14, 2019 | Interview", "Update: August, 23/2019 - 12:57", "March 4, 2021 Updated: March 5, 2021", "2019-08-12 09:47:23", "Tuesday, June 2, 2020"},
			[]string{"The minister was arrested on Jan. 14, 2019.", "Talks between the two sides began on March 4, 2021 in the capital city of the country", "Posted today"}},
		{"placeLine", placeLine,
			[]string{"OTTAWA", "NEW YORK", "ST. PETERSBURG"},
			[]string{"Ottawa", "UN", "WORLD NEWS TODAY PLUS", "2020"}},
	} {
		for _, s := range j.yes {
			if !j.fn(s) {
				t.Errorf("%s(%q) = false, want true", j.name, s)
			}
		}
		for _, s := range j.no {
			if j.fn(s) {
				t.Errorf("%s(%q) = true, want false", j.name, s)
			}
		}
	}
}
