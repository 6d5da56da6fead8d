package document

import (
	"bufio"
	"embed"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed data
var data embed.FS

var (
	months   = map[string]int{} // lower-case name -> 1..12
	weekdays = map[string]bool{}

	isoDate   *regexp.Regexp // 2020-11-20, 2020/11/20
	mdyDate   *regexp.Regexp // Jan 14, 2019; August, 23/2019
	dmyDate   *regexp.Regexp // 12 December, 2018; 20. juni 2020
	monthDay  *regexp.Regexp // Dec. 11 (no year), anchored
	dayMonth  *regexp.Regexp // 11 Dec (no year), anchored
	timeOfDay = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?\b`)
)

func init() {
	readWords("data/months.txt", func(fields []string) {
		n, err := strconv.Atoi(fields[0])
		if err != nil {
			panic("document: data/months.txt: " + err.Error())
		}
		for _, f := range fields[1:] {
			months[f] = n
		}
	})
	readWords("data/weekdays.txt", func(fields []string) {
		for _, f := range fields {
			weekdays[f] = true
		}
	})
	names := make([]string, 0, len(months))
	for m := range months {
		names = append(names, regexp.QuoteMeta(m))
	}
	// Longest first, so that "sept" is tried before "sep".
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	month := `(` + strings.Join(names, "|") + `)\.?`
	// Full dates match any word where the month goes and check it after:
	// much faster than the alternation of all month names.
	const word = `(\pL{3,10})\.?`
	const year = `((?:19|20)\d\d)`
	const day = `(\d{1,2})(?:st|nd|rd|th)?`
	isoDate = regexp.MustCompile(`\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	mdyDate = regexp.MustCompile(`\b` + word + `,?\s+` + day + `(?:,\s*|\s+|/)` + year)
	dmyDate = regexp.MustCompile(`\b` + day + `\.?\s+(?:of\s+)?` + word + `,?\s+` + year)
	buildDateline(month)
	monthDay = regexp.MustCompile(`(?i)^` + month + `\s+` + day + `\b`)
	dayMonth = regexp.MustCompile(`(?i)^` + day + `\.?\s+` + month + `(?:\s|$)`)
}

// readWords calls fn with the fields of each line of an embedded data file,
// skipping blank lines and # comments.
func readWords(name string, fn func([]string)) {
	b, err := data.ReadFile(name)
	if err != nil {
		panic("document: " + err.Error())
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Fields(strings.ToLower(line)))
	}
}

// ymd formats a date, or returns "" if it does not exist.
func ymd(y, m, d int) string {
	if y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// dateMatch is a full date (with year) found in a line.
type dateMatch struct {
	Start, End int
	Date       string // YYYY-MM-DD
}

// findDates returns the full dates (with a year) written in s, in order:
// "2020-11-20", "2020/11/20", "Jan 14, 2019", "Friday, July 24, 2020",
// "12 December, 2018", "20. juni 2020", "August, 23/2019".
func findDates(s string) []dateMatch {
	if !hasYear(s) {
		return nil
	}
	var out []dateMatch
	add := func(re *regexp.Regexp, conv func(m []string) string) {
		for _, ix := range re.FindAllStringSubmatchIndex(s, -1) {
			m := make([]string, len(ix)/2)
			for i := range m {
				if ix[2*i] >= 0 {
					m[i] = s[ix[2*i]:ix[2*i+1]]
				}
			}
			if d := conv(m); d != "" {
				out = append(out, dateMatch{ix[0], ix[1], d})
			}
		}
	}
	add(isoDate, func(m []string) string { return ymd(atoi(m[1]), atoi(m[2]), atoi(m[3])) })
	add(mdyDate, func(m []string) string { return ymd(atoi(m[3]), months[strings.ToLower(m[1])], atoi(m[2])) })
	add(dmyDate, func(m []string) string { return ymd(atoi(m[3]), months[strings.ToLower(m[2])], atoi(m[1])) })
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	// Drop matches overlapping an earlier one.
	keep := out[:0]
	end := -1
	for _, d := range out {
		if d.Start >= end {
			keep = append(keep, d)
			end = d.End
		}
	}
	return keep
}

// hasYear reports whether s holds four digits starting 19 or 20.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// firstDate returns the first full date in s as YYYY-MM-DD, or "".
func firstDate(s string) string {
	if ds := findDates(s); len(ds) > 0 {
		return ds[0].Date
	}
	return ""
}

// monthDayPrefix reads a date without a year at the start of s ("Dec. 11",
// "March 17", "11 Dec"): its month, day and length in bytes.
func monthDayPrefix(s string) (month, day, n int, ok bool) {
	if m := monthDay.FindStringSubmatchIndex(s); m != nil {
		month, day = months[strings.ToLower(s[m[2]:m[3]])], atoi(s[m[4]:m[5]])
		n = m[1]
	} else if m := dayMonth.FindStringSubmatchIndex(s); m != nil {
		day, month = atoi(s[m[2]:m[3]]), months[strings.ToLower(s[m[4]:m[5]])]
		n = m[5]
		if n < len(s) && s[n] == '.' {
			n++
		}
	} else {
		return 0, 0, 0, false
	}
	if month == 0 || day < 1 || day > 31 {
		return 0, 0, 0, false
	}
	return month, day, n, true
}

// withYear gives a month and day the year of a reference date (YYYY-MM-DD),
// stepping back a year when the day would fall far after the reference
// (a "Dec. 31" dateline on a page dated January 2).
func withYear(month, day int, ref string) string {
	if len(ref) != 10 {
		return ""
	}
	y, rm := atoi(ref[:4]), atoi(ref[5:7])
	if month-rm > 6 {
		y--
	}
	return ymd(y, month, day)
}

// notAfter gives a month and day the year that puts it on or before a
// publication date (YYYY-MM-DD), two days' grace allowed for time zones
// and updates: a "Dec. 1" dateline on a page published "Jan 10, 2021" is
// 2020-12-01, an "Aug. 1" one on a page of March 2021 is 2020-08-01.
func notAfter(month, day int, pub string) string {
	if len(pub) != 10 {
		return ""
	}
	y := atoi(pub[:4])
	p := time.Date(y, time.Month(atoi(pub[5:7])), atoi(pub[8:10]), 0, 0, 0, 0, time.UTC)
	if time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).After(p.AddDate(0, 0, 2)) {
		y--
	}
	return ymd(y, month, day)
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}
