package document

import (
	"regexp"
	"strings"
	"time"
)

// The year of a dateline that gives only a month and day ("BEIJING, Dec. 1
// (Xinhua) --"), when the page shows no date of its own: read from the rest
// of the document.

var (
	// a year in a URL path or a copyright notice: "/2020/", "/2020-12",
	// "© 2020", "(c) 2020", "Copyright 2020"
	urlYear       = regexp.MustCompile(`/((?:19|20)\d\d)(?:/|-\d\d)`)
	copyrightYear = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)[ \t]*((?:19|20)\d\d)\b`)
	bareYear      = regexp.MustCompile(`\b((?:19|20)\d\d)\b`)
	weekdayWord   = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
)

var weekdayNum = map[string]time.Weekday{"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday,
	"Wednesday": time.Wednesday, "Thursday": time.Thursday, "Friday": time.Friday, "Saturday": time.Saturday}

// datelineYear dates a dateline's month and day from the text of the whole
// document and lead, the paragraph the dateline opens:
//   - a full date written anywhere ("Jan 10, 2020", a URL path
//     ".../2020/12/01/...") gives its year, the latest such date being
//     taken, a year back when the month would fall far after it;
//   - else a copyright year or a year in a URL path gives the year;
//   - a weekday the lead names ("said Tuesday") must fall on the day: where
//     it does not in the year found, or where no year was found, the year is
//     the first from the latest year written in the text (or the one found,
//     less one) on which it does, looking three years on.
//
// It returns "" when no year fits: never the current year.
func datelineYear(text, lead string, month, day int) string {
	base := 0
	if ds := findDates(text); len(ds) > 0 {
		latest := ds[0].Date
		for _, d := range ds[1:] {
			if d.Date > latest {
				latest = d.Date
			}
		}
		if d := withYear(month, day, latest); d != "" {
			base = atoi(d[:4])
		} else {
			base = atoi(latest[:4])
		}
	} else {
		for _, re := range []*regexp.Regexp{urlYear, copyrightYear} {
			for _, m := range re.FindAllStringSubmatch(text, -1) {
				if y := atoi(m[1]); y > base {
					base = y
				}
			}
		}
	}
	wd, hasWD := time.Weekday(0), false
	if m := weekdayWord.FindString(lead); m != "" {
		wd, hasWD = weekdayNum[m], true
	}
	if !hasWD {
		if base == 0 {
			return ""
		}
		return ymd(base, month, day)
	}
	from := base - 1
	if base == 0 {
		for _, m := range bareYear.FindAllStringIndex(text, -1) {
			if y := atoi(text[m[0]:m[1]]); y > from && !deadlineBefore(text[:m[0]]) {
				from = y
			}
		}
		if from <= 0 {
			return ""
		}
	} else if onWeekday(base, month, day, wd) {
		return ymd(base, month, day)
	}
	for y := from; y <= from+3; y++ {
		if onWeekday(y, month, day, wd) {
			return ymd(y, month, day)
		}
	}
	if base > 0 {
		return ymd(base, month, day)
	}
	return ""
}

// deadlineBefore reports whether the text before a year ends in a word that
// makes the year a deadline or target ("by 2027", "until 2030"), likely
// after the document's own date.
func deadlineBefore(before string) bool {
	f := strings.Fields(before[max(0, len(before)-16):])
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "by", "until", "till", "through", "before", "to":
		return true
	}
	return false
}

// onWeekday reports whether month/day of year y is a real day falling on wd.
func onWeekday(y, month, day int, wd time.Weekday) bool {
	if ymd(y, month, day) == "" {
		return false
	}
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).Weekday() == wd
}

// publicationLine reports whether a line that is only a date says it is the
// page's date of publication: "Updated: March 3, 2020", "Published 10:15
// EST, 3 March 2020", "2020-03-03 10:15:00".
func publicationLine(s string) bool {
	l := strings.ToLower(s)
	if strings.Contains(l, "published") || strings.Contains(l, "updated") || strings.Contains(l, "posted") {
		return true
	}
	ds := findDates(s)
	return len(ds) == 1 && ds[0].Start == 0 && isoDate.MatchString(s[:ds[0].End]) && timeOfDay.MatchString(s[ds[0].End:])
}
