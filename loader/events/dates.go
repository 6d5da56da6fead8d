package events

import (
	"strings"
	"time"
)

// DateRef is a date expression found in a text.
type DateRef struct {
	Start, End int    // byte offsets in the text searched
	Text       string // as written
	Date       string // YYYY-MM-DD; "" when it names no single day ("last week", "in December") or cannot be resolved
}

// FindDates finds the date expressions of s and resolves them against the
// document date docDate (YYYY-MM-DD, or "" when unknown: then only dates
// that carry their year resolve). A bare weekday is the most recent such
// day on or before the document date ("on Thursday" in a Friday paper is
// the day before; the same weekday is the document's day), or the next one
// on or after it when future is set (the text speaks of what is to come)
// or it follows "next". Expressions that name no single day ("last week",
// "in December 2018", "earlier this month") are returned with Date "" so
// that callers do not give the event another date.
//
// The expressions it knows (datescan.go scans for them word by word):
//
//	2018-12-01                      an ISO date
//	December 1, 2018 / Dec. 1st     a month and day, the year optional
//	1 December 2018 / 1st of Dec    a day and month, the year optional
//	last week, earlier this month, in (early|late|mid-)December 2018,
//	December 2018, in 2018, in the 1990s, recently, days ago
//	                                vague: no single day
//	the day before yesterday, yesterday, today, tomorrow, tonight, last night
//	Monday … Sunday (also plural)   a weekday
//
// Month and weekday names are matched as written (capitalised); the vague
// and relative expressions in any case.
func FindDates(s, docDate string, future bool) []DateRef {
	base, hasBase := parseDocDate(docDate)
	var buf [64]dateRun
	hits, _ := scanDates(s, base, hasBase, buf[:0])
	out := make([]DateRef, len(hits))
	for i, h := range hits {
		out[i] = h.DateRef
		if future {
			out[i].Date = h.future
		}
	}
	return out
}

// parseDocDate parses a YYYY-MM-DD document date.
func parseDocDate(docDate string) (time.Time, bool) {
	if docDate == "" {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", docDate)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// dateHit is a date expression with its date read both ways: Date as the
// past (or present) reading, future when the text speaks of what is to
// come. They differ only for bare weekdays.
type dateHit struct {
	DateRef
	future string
	past   string // for a month and day without a year read as after the document date: the one before it ("" = Date)
}

// nearestYear places a month and day without a year in the year that puts
// it closest to the base date.
func nearestYear(base time.Time, mon time.Month, day int) string {
	best, bestDist := "", 1<<62
	for _, y := range []int{base.Year() - 1, base.Year(), base.Year() + 1} {
		t := time.Date(y, mon, day, 0, 0, 0, 0, time.UTC)
		if t.Month() != mon {
			continue // no such day that year
		}
		dist := int(t.Sub(base).Hours())
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = t.Format("2006-01-02"), dist
		}
	}
	return best
}

func ymd(y int, m time.Month, d int) string {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Month() != m || t.Day() != d {
		return ""
	}
	return t.Format("2006-01-02")
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " \t\n")
	i := strings.LastIndexAny(s, " \t\n(")
	return s[i+1:]
}
