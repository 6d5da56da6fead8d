package events

import "testing"

func TestFindDates(t *testing.T) {
	cases := []struct {
		text, doc string
		future    bool
		want      string
	}{
		{"The ministry said on Thursday.", "2021-08-27", false, "2021-08-26"}, // Friday paper
		{"The ministry said on Friday.", "2021-08-27", false, "2021-08-27"},   // same day
		{"The ministry said on Saturday.", "2021-08-27", false, "2021-08-21"}, // last Saturday
		{"He spoke on Sunday.", "2021-01-01", false, "2020-12-27"},            // across a year
		{"He spoke on Wednesday.", "2021-03-02", false, "2021-02-24"},         // across a month
		{"A hearing is set for Friday.", "2021-08-25", true, "2021-08-27"},    // ahead
		{"They met next Monday.", "2021-08-23", false, "2021-08-30"},          // next, same weekday
		{"It happened yesterday.", "2021-03-01", false, "2021-02-28"},         // month boundary
		{"It happens today.", "2021-03-01", false, "2021-03-01"},
		{"He was detained on Dec. 11.", "2019-01-14", false, "2018-12-11"}, // nearest year
		{"Talks resume Jan 3.", "2018-12-20", false, "2019-01-03"},
		{"It was signed on December 11, 2018.", "2021-05-05", false, "2018-12-11"},
		{"It was signed on 11 December 2018.", "", false, "2018-12-11"},
		{"Oct 21 is the day.", "2020-10-30", false, "2020-10-21"},
		{"They spoke last week.", "2020-10-30", false, ""},
		{"It began in December 2018.", "2020-10-30", false, ""},
		{"It began earlier this month.", "2020-10-30", false, ""},
		{"He spoke on Thursday.", "", false, ""}, // no document date
	}
	for _, c := range cases {
		ds := FindDates(c.text, c.doc, c.future)
		if len(ds) == 0 {
			t.Errorf("%q: no date found", c.text)
			continue
		}
		if ds[0].Date != c.want {
			t.Errorf("%q (doc %s): got %q (%q), want %q", c.text, c.doc, ds[0].Date, ds[0].Text, c.want)
		}
	}
	if ds := FindDates("The May Fourth movement", "2020-01-01", false); len(ds) != 0 {
		t.Errorf("false date: %+v", ds)
	}
	if ds := FindDates("It was 2019-02-30.", "", false); len(ds) != 1 || ds[0].Date != "" {
		t.Errorf("impossible date resolved: %+v", ds)
	}
}
