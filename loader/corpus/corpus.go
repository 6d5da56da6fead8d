// Package corpus generates a deterministic corpus of synthetic news
// articles (for benchmarks and scale tests): invented people, real
// countries, ministries, companies, courts and dates, put into templates of
// demands, criticism, sanctions, arrests, releases, meetings and court
// hearings read from an embedded data file. The same seed always gives the
// same bytes.
package corpus

import (
	"bufio"
	"embed"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

//go:embed data
var data embed.FS

// Size bounds of a generated article, in bytes.
const (
	MinSize = 1500
	MaxSize = 4000
)

// Generate makes n articles from seed and calls fn with each one's file
// name ("synth_000001.txt", ...) and bytes, in order. Article i depends only
// on seed and i, so a larger n extends a corpus without changing it.
func Generate(seed int64, n int, fn func(name string, data []byte) error) error {
	t, err := loadTables()
	if err != nil {
		return err
	}
	for i := 1; i <= n; i++ {
		if err := fn(Name(i), t.article(seed, i)); err != nil {
			return err
		}
	}
	return nil
}

// Name is the file name of the i-th article (from 1).
func Name(i int) string { return fmt.Sprintf("synth_%06d.txt", i) }

// WriteDir writes n articles from seed as files into dir, creating it.
func WriteDir(dir string, seed int64, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return Generate(seed, n, func(name string, b []byte) error {
		return os.WriteFile(filepath.Join(dir, name), b, 0o644)
	})
}

type country struct {
	name, demonym, capital string
	the                    bool
}

type tables struct {
	countries    []country
	female, male []string
	family       []string
	sections     map[string][]string
}

var (
	loadOnce sync.Once
	loaded   *tables
	loadErr  error
)

func loadTables() (*tables, error) {
	loadOnce.Do(func() { loaded, loadErr = readTables() })
	return loaded, loadErr
}

func readTables() (*tables, error) {
	t := &tables{sections: map[string][]string{}}
	b, err := data.ReadFile("data/countries.tsv")
	if err != nil {
		return nil, err
	}
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("corpus: countries.tsv: bad line %q", l)
		}
		t.countries = append(t.countries, country{f[0], f[1], f[2], f[3] == "1"})
	}
	names, err := readSections("data/names.txt")
	if err != nil {
		return nil, err
	}
	for _, l := range names["female"] {
		t.female = append(t.female, strings.Fields(l)...)
	}
	for _, l := range names["male"] {
		t.male = append(t.male, strings.Fields(l)...)
	}
	for _, l := range names["family"] {
		t.family = append(t.family, strings.Fields(l)...)
	}
	if t.sections, err = readSections("data/templates.txt"); err != nil {
		return nil, err
	}
	for _, s := range []string{"skeleton", "title", "lead", "para", "agency", "region", "role", "charge", "issue", "company_word", "company_kind", "exec_role", "court"} {
		if len(t.sections[s]) == 0 {
			return nil, fmt.Errorf("corpus: templates.txt: no [%s] section", s)
		}
	}
	if len(t.countries) < 2 || len(t.female) == 0 || len(t.male) == 0 || len(t.family) < 8 {
		return nil, fmt.Errorf("corpus: data files too small")
	}
	return t, nil
}

// readSections reads an embedded file of [section] headers and lines,
// skipping blank lines and # comments.
func readSections(name string) (map[string][]string, error) {
	b, err := data.ReadFile(name)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	sec := ""
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		l := sc.Text()
		switch t := strings.TrimSpace(l); {
		case t == "" || strings.HasPrefix(t, "#"):
		case strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]"):
			sec = t[1 : len(t)-1]
		case sec == "":
			return nil, fmt.Errorf("corpus: %s: line outside a section: %q", name, l)
		default:
			out[sec] = append(out[sec], l)
		}
	}
	return out, sc.Err()
}

type person struct {
	given, family string
	female        bool
}

// article builds the i-th article of a seed.
func (t *tables) article(seed int64, i int) []byte {
	r := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	slots := map[string]string{}

	// Two distinct countries.
	ai := r.IntN(len(t.countries))
	bi := (ai + 1 + r.IntN(len(t.countries)-1)) % len(t.countries)
	for k, c := range map[string]country{"A": t.countries[ai], "B": t.countries[bi]} {
		name := c.name
		if c.the {
			name = "the " + name
		}
		slots[k] = name
		slots[k+"dem"] = c.demonym
		slots[k+"cap"] = c.capital
		slots[k+"CAP"] = strings.ToUpper(c.capital)
	}

	// People, with distinct family names.
	used := map[string]bool{}
	for _, k := range []string{"P", "D", "O", "E", "J", "X", "R", "R2"} {
		p := person{female: r.IntN(2) == 0}
		if p.female {
			p.given = pick(t.female)
		} else {
			p.given = pick(t.male)
		}
		for {
			p.family = pick(t.family)
			if !used[p.family] {
				break
			}
		}
		used[p.family] = true
		slots[k] = p.given + " " + p.family
		slots[k+"s"] = p.family
		slots[k+"p"], slots[k+"poss"], slots[k+"obj"] = "he", "his", "him"
		if p.female {
			slots[k+"p"], slots[k+"poss"], slots[k+"obj"] = "she", "her", "her"
		}
	}
	slots["C"] = pick(t.sections["company_word"]) + " " + pick(t.sections["company_kind"])
	slots["Xrole"] = pick(t.sections["exec_role"])
	slots["Orole"] = pick(t.sections["role"])
	slots["agency"] = pick(t.sections["agency"])
	slots["Region"] = pick(t.sections["region"])
	slots["charge"] = pick(t.sections["charge"])
	slots["issue"] = pick(t.sections["issue"])
	slots["n"] = fmt.Sprint(2 + r.IntN(38))
	slots["days"] = fmt.Sprint(10 + r.IntN(900))

	// Dates: published between 2015 and 2024, the events the day before.
	pub := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(3650))
	ev := pub.AddDate(0, 0, -1)
	slots["iso"] = pub.Format("2006-01-02")
	slots["Month"] = pub.Month().String()
	slots["day"] = fmt.Sprint(pub.Day())
	slots["Y"] = fmt.Sprint(pub.Year())
	slots["wday"] = ev.Weekday().String()
	slots["md"] = apMonth(ev.Month()) + " " + fmt.Sprint(ev.Day())

	fill := func(tmpl string) string { return expand(tmpl, slots, r) }
	slots["court"] = fill(pick(t.sections["court"]))
	slots["title"] = fill(pick(t.sections["title"]))
	slots["title2"] = fill(pick(t.sections["title"]))
	slots["lead"] = fill(pick(t.sections["lead"]))
	skeleton := strings.ReplaceAll(pick(t.sections["skeleton"]), `\n`, "\n")

	// Body paragraphs, in a shuffled order, until the article is big enough.
	target := MinSize + r.IntN(MaxSize-MinSize-400)
	slots["body"] = ""
	base := len(fill(skeleton))
	var body []string
	size := base
	for _, k := range r.Perm(len(t.sections["para"])) {
		p := fill(t.sections["para"][k])
		if size+len(p)+2 > MaxSize {
			continue
		}
		body = append(body, p)
		size += len(p) + 2
		if size >= target {
			break
		}
	}
	slots["body"] = strings.Join(body, "\n\n")
	return []byte(fill(skeleton) + "\n")
}

// expand fills a template's {slots} and {alternatives|of|words}.
func expand(tmpl string, slots map[string]string, r *rand.Rand) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		key := tmpl[i+1 : i+j]
		tmpl = tmpl[i+j+1:]
		if strings.Contains(key, "|") {
			alts := strings.Split(key, "|")
			b.WriteString(alts[r.IntN(len(alts))])
			continue
		}
		upper := strings.HasPrefix(key, "^")
		v, ok := slots[strings.TrimPrefix(key, "^")]
		if !ok {
			panic("corpus: template slot {" + key + "} unknown")
		}
		if upper {
			v = capitalize(v)
		}
		b.WriteString(v)
	}
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// apMonth is a month as wire datelines abbreviate it: "Jan.", "March", "Sept.".
func apMonth(m time.Month) string {
	switch m {
	case time.March, time.April, time.May, time.June, time.July:
		return m.String()
	case time.September:
		return "Sept."
	}
	return m.String()[:3] + "."
}
