package events

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"newsgraph/loader/corpus"
)

// dateProbes are sentences written to exercise the edges of the date
// expressions: word boundaries, case, suffixes, years, overlaps.
var dateProbes = []string{
	"On May 5th, 2020 and on 6 May 2021 and 7th of June, officials met.",
	"Talks on Sept. 3, on Sep 4 and on Sept 31 and Dec.11 ended.",
	"The May 45 rally, the 32 March march and 0 April.",
	"It began in mid-March 2019, in midapril, in mid March and in early June 2020.",
	"since late may, by june 2019, until Dec 2018, from Jan, during the summer.",
	"IN 2019, in the 1990s, In The 1980S and in 20190 and in the 199s.",
	"Earlier this week, later this month, early this year, late last year, the same day.",
	"the following week, The Previous weekend, last weeks, this fall and next winter.",
	"It happened the day before yesterday, yesterday, Today, TOMORROW, tonight, Last night.",
	"the day before yesterdays and todays and yesterday's visit.",
	"Meetings on Mondays, MONDAY, next Friday, last Sunday, since Tuesday, coming Thursday.",
	"The 2019-02-30 and 2020-13-01 and 12019-01-01 and 2019-01-011 dates.",
	"2019-01-05T10:00 and (2018-12-01) and 2018-12-1.",
	"Ten days ago, weeks  ago, months ago and Years Ago.",
	"It was recently reported; recentlyish not.",
	"From March 2018 to April, 2019, and May, 2020 and June 2021s.",
	"5 March., 2020 and March 5., 2020 and March 5, 20201 and 5 of March 2020.",
	"On the 5 of of March and 5 ofMarch and 5th  of\tMarch\n2020.",
	"Éin 2019 and éMay 5 and May 5é and 5 Mayé.",
	"He said Mayday 5 and March_5 and 5_March and Marching 5.",
	"In January, 12 January, January 12 and January 2012 and Jan. 2012.",
	"early March, late April 2020, mid-May; in early March, in late April 2020.",
	"by the 2000s and in  the  2000s and in the 2000S.",
	"yesterday's, today-ish, tonight: last night? the day before yesterday!",
	"Monday-Friday, Mondays' and Friday's.",
	"",
	"no dates here at all",
	"2021",
	"May",
	"in",
	"5 May",
}

func checkDates(t *testing.T, s string) {
	t.Helper()
	for _, doc := range []string{"", "2021-08-27", "2019-01-01", "2020-02-29"} {
		for _, fut := range []bool{false, true} {
			got := FindDates(s, doc, fut)
			want := findDatesRegexp(s, doc, fut)
			if len(got) == 0 && len(want) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q (doc %q, future %v):\n got %+v\nwant %+v", s, doc, fut, got, want)
				return
			}
		}
	}
}

// TestFindDatesMatchesReference checks the scanner against the regular
// expressions it replaced on written probes, the generated corpus and the
// sample documents.
func TestFindDatesMatchesReference(t *testing.T) {
	for _, s := range dateProbes {
		checkDates(t, s)
	}
	n := 0
	corpus.Generate(1, 60, func(name string, data []byte) error {
		for _, line := range strings.Split(string(data), "\n") {
			checkDates(t, line)
			n++
		}
		return nil
	})
	files, _ := filepath.Glob("../../testdata/docs/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			checkDates(t, line)
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d lines checked", n)
	}
}

// FuzzFindDates compares the scanner with the reference on any text.
func FuzzFindDates(f *testing.F) {
	for _, s := range dateProbes {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDates(t, s)
	})
}
