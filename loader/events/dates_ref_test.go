package events

// The regular expressions the date scanner replaced, kept as the
// reference it is checked against: FindDates must find what they find.

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

const refMonthRE = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`

var (
	refWeekday  = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b`)
	refRelative = regexp.MustCompile(`(?i)\b(the day before yesterday|yesterday|today|tomorrow|tonight|last night)\b`)
	refMonthDay = regexp.MustCompile(`\b` + refMonthRE + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	refDayMonth = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + refMonthRE + `\b\.?(?:,?\s+(\d{4})\b)?`)
	refISO      = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	refVague    = regexp.MustCompile(`(?i)\b(?:(?:last|this|next|past|previous|earlier this|later this|early this|late last|earlier|later|the same|the following|the previous)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)|` +
		`(?:in|since|during|by|until|from)\s+(?:early\s+|late\s+|mid-?)?` + refMonthRE + `(?:\s+\d{4})?|` + refMonthRE + `\s+\d{4}|in\s+(?:\d{4}|the\s+\d{4}s)|recently|days ago|weeks ago|months ago|years ago)\b`)
)

var refWeekdays = map[string]time.Weekday{
	"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday, "Wednesday": time.Wednesday,
	"Thursday": time.Thursday, "Friday": time.Friday, "Saturday": time.Saturday,
}

func refMonthNum(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) > 3 {
		s = s[:3]
	}
	i := strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", s)
	if i < 0 || i%3 != 0 {
		return 0
	}
	return time.Month(i/3 + 1)
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
func findDatesRegexp(s, docDate string, future bool) []DateRef {
	var base time.Time
	hasBase := false
	if t, err := time.Parse("2006-01-02", docDate); err == nil {
		base, hasBase = t, true
	}
	var out []DateRef
	taken := make([]bool, len(s)+1)
	add := func(start, end int, date string) {
		for i := start; i < end; i++ {
			if taken[i] {
				return
			}
		}
		for i := start; i < end; i++ {
			taken[i] = true
		}
		out = append(out, DateRef{Start: start, End: end, Text: s[start:end], Date: date})
	}
	for _, m := range refISO.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		add(m[0], m[1], ymd(y, time.Month(mo), d))
	}
	for _, re := range []*regexp.Regexp{refMonthDay, refDayMonth} {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			var mon time.Month
			var day int
			if re == refMonthDay {
				mon = refMonthNum(s[m[2]:m[3]])
				day, _ = strconv.Atoi(s[m[4]:m[5]])
			} else {
				day, _ = strconv.Atoi(s[m[2]:m[3]])
				mon = refMonthNum(s[m[4]:m[5]])
			}
			if mon == 0 || day < 1 || day > 31 {
				continue
			}
			if m[6] >= 0 {
				y, _ := strconv.Atoi(s[m[6]:m[7]])
				add(m[0], m[1], ymd(y, mon, day))
				continue
			}
			if !hasBase {
				add(m[0], m[1], "")
				continue
			}
			add(m[0], m[1], nearestYear(base, mon, day))
		}
	}
	for _, m := range refVague.FindAllStringIndex(s, -1) {
		add(m[0], m[1], "")
	}
	for _, m := range refRelative.FindAllStringSubmatchIndex(s, -1) {
		if !hasBase {
			add(m[0], m[1], "")
			continue
		}
		var d time.Time
		switch strings.ToLower(s[m[2]:m[3]]) {
		case "the day before yesterday":
			d = base.AddDate(0, 0, -2)
		case "yesterday", "last night":
			d = base.AddDate(0, 0, -1)
		case "today", "tonight":
			d = base
		case "tomorrow":
			d = base.AddDate(0, 0, 1)
		}
		add(m[0], m[1], d.Format("2006-01-02"))
	}
	for _, m := range refWeekday.FindAllStringSubmatchIndex(s, -1) {
		if !hasBase {
			add(m[0], m[1], "")
			continue
		}
		wd := refWeekdays[s[m[2]:m[3]]]
		prev := strings.ToLower(lastWord(s[:m[0]]))
		var delta int
		switch {
		case prev == "next" || prev == "coming" || (future && prev != "last" && prev != "since" && prev != "past"):
			delta = (int(wd) - int(base.Weekday()) + 7) % 7
			if prev == "next" && delta == 0 {
				delta = 7
			}
		default:
			delta = -((int(base.Weekday()) - int(wd) + 7) % 7)
			if prev == "last" && delta == 0 {
				delta = -7
			}
		}
		add(m[0], m[1], base.AddDate(0, 0, delta).Format("2006-01-02"))
	}
	// text order
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Start < out[j-1].Start; j-- {
			out[j-1], out[j] = out[j], out[j-1]
		}
	}
	return out
}
