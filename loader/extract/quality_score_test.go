package extract

// A Go port of the scoring of /work/shared/eval/score.py, reading
// schema.DocFacts instead of N-Quads: entities are merged corpus-wide by
// their node (schema.EntityIRI of the canonical name), as the graph does.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"newsgraph/schema"
)

// goldDoc is one gold file, in the format of the annotation guidelines.
type goldDoc struct {
	Doc      string  `json:"doc"`
	Date     *string `json:"date"`
	Entities []struct {
		Name    string   `json:"name"`
		Type    string   `json:"type"`
		Aliases []string `json:"aliases"`
	} `json:"entities"`
	Relations [][3]string `json:"relations"`
	Events    []goldEvent `json:"events"`
}

type goldEvent struct {
	Type   string   `json:"type"`
	Agent  []string `json:"agent"`
	Target []string `json:"target"`
	About  []string `json:"about"`
	Date   *string  `json:"date"`
}

// goldSet is the gold of a corpus: entities and relations corpus-wide,
// events per document stem.
type goldSet struct {
	entities  map[string]*goldEntity // canonical name ->
	relations map[[3]string]bool
	events    map[string][]goldEvent
	docs      []string
	byName    map[string]map[string]bool // normalized name -> canonical names
}

type goldEntity struct {
	typ   string
	names map[string]bool
}

func stem(name string) string { return strings.TrimSuffix(name, filepath.Ext(name)) }

func loadGold(dir string) (*goldSet, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	g := &goldSet{entities: map[string]*goldEntity{}, relations: map[[3]string]bool{},
		events: map[string][]goldEvent{}, byName: map[string]map[string]bool{}}
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			return nil, err
		}
		var d goldDoc
		if err := json.Unmarshal(b, &d); err != nil {
			return nil, fmt.Errorf("%s: %v", fn, err)
		}
		s := stem(d.Doc)
		if d.Doc == "" {
			s = stem(filepath.Base(fn))
		}
		g.docs = append(g.docs, s)
		for _, e := range d.Entities {
			ent := g.entities[e.Name]
			if ent == nil {
				ent = &goldEntity{typ: e.Type, names: map[string]bool{}}
				g.entities[e.Name] = ent
			}
			ent.names[normName(e.Name)] = true
			for _, a := range e.Aliases {
				if a != "" {
					ent.names[normName(a)] = true
				}
			}
		}
		for _, r := range d.Relations {
			g.relations[r] = true
		}
		g.events[s] = d.Events
	}
	for canon, ent := range g.entities {
		for n := range ent.names {
			if g.byName[n] == nil {
				g.byName[n] = map[string]bool{}
			}
			g.byName[n][canon] = true
		}
	}
	return g, nil
}

// resolve is the gold canonical name a predicted entity with these
// (normalized) names stands for, "" if none: score.py's Gold.resolve.
func (g *goldSet) resolve(names map[string]bool, primary string) string {
	cands := map[string]bool{}
	order := []string{primary}
	order = append(order, sortedKeys(names)...)
	for _, n := range order {
		hit := g.byName[n]
		if len(hit) == 0 {
			continue
		}
		if n == primary && len(hit) == 1 {
			for c := range hit {
				return c
			}
		}
		for c := range hit {
			cands[c] = true
		}
	}
	if len(cands) == 0 {
		return ""
	}
	sorted := sortedKeys(cands)
	for _, c := range sorted {
		if normName(c) == primary {
			return c
		}
	}
	return sorted[0]
}

var (
	folder   = cases.Fold()
	spacesRe = regexp.MustCompile(`\s+`)
)

// normName is score.py's norm(): NFKC, case folding, a possessive "'s" and
// punctuation dropped, a leading "the" dropped, spaces collapsed.
func normName(name string) string {
	s := folder.String(norm.NFKC.String(name))
	s = strings.ReplaceAll(s, "\u2019", "'")
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\'' && i+1 < len(rs) && rs[i+1] == 's' && (i+2 == len(rs) || !isWord(rs[i+2])) {
			i++
			continue
		}
		b.WriteRune(rs[i])
	}
	var c strings.Builder
	for _, r := range b.String() {
		if isWord(r) || unicode.IsSpace(r) {
			c.WriteRune(r)
		}
	}
	s = strings.TrimSpace(c.String())
	if rest, ok := strings.CutPrefix(s, "the"); ok && rest != "" && unicode.IsSpace([]rune(rest)[0]) {
		s = rest
	}
	return strings.TrimSpace(spacesRe.ReplaceAllString(s, " "))
}

func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// prf is precision, recall and F1 with the counts behind them.
type prf struct {
	P, R            float64
	Predicted, Gold int
}

func (m prf) F1() float64 {
	if m.P+m.R == 0 {
		return 0
	}
	return 2 * m.P * m.R / (m.P + m.R)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// qualityScore is the outcome of scoring a corpus's facts against its gold.
type qualityScore struct {
	Entities, Relations, Events prf
	DateAccuracy, AboutRecall   float64
	DatesJudged                 int

	MissingEntities, DuplicatedEntities []string
	MissingRelations, SpuriousRelations []string
	MissedEvents, SpuriousEvents        []string
	WrongDates                          []string
}

// predEntity is one entity node of the graph the facts would make.
type predEntity struct {
	primary string          // normalized first name written
	names   map[string]bool // normalized names and aliases
	types   map[string]bool // local class names
}

// scoreFacts scores the facts of the documents of a corpus against gold,
// as score.py scores the graph they make.
func scoreFacts(facts []schema.DocFacts, g *goldSet) qualityScore {
	var res qualityScore

	// entity nodes, merged across documents by IRI
	nodes := map[string]*predEntity{}
	var order []string
	for _, f := range facts {
		for _, e := range f.Entities {
			if e.Name == "" {
				continue
			}
			iri := schema.EntityIRI(e.Name)
			n := nodes[iri]
			if n == nil {
				n = &predEntity{primary: normName(e.Name), names: map[string]bool{}, types: map[string]bool{}}
				nodes[iri] = n
				order = append(order, iri)
			}
			n.names[normName(e.Name)] = true
			for _, a := range e.Aliases {
				n.names[normName(a)] = true
			}
			if e.Class.IsEntity() {
				n.types[e.Class.Local()] = true
			}
		}
	}
	assign := map[string]string{} // entity IRI -> gold canonical
	typedOK, predEnts := 0, 0
	found := map[string][]string{}
	for _, iri := range order {
		n := nodes[iri]
		if len(n.types) == 0 {
			continue // not an entity node for the scorer
		}
		predEnts++
		c := g.resolve(n.names, n.primary)
		if c == "" {
			continue
		}
		assign[iri] = c
		found[c] = append(found[c], iri)
		if n.types[g.entities[c].typ] {
			typedOK++
		}
	}
	typedFound := map[string]bool{}
	for c, iris := range found {
		for _, iri := range iris {
			if nodes[iri].types[g.entities[c].typ] {
				typedFound[c] = true
			}
		}
		if len(iris) > 1 {
			res.DuplicatedEntities = append(res.DuplicatedEntities, c)
		}
	}
	sort.Strings(res.DuplicatedEntities)
	res.Entities = prf{ratio(typedOK, predEnts), ratio(len(typedFound), len(g.entities)), predEnts, len(g.entities)}
	for _, c := range sortedKeys(g.entities) {
		if !typedFound[c] {
			res.MissingEntities = append(res.MissingEntities, c+" ("+g.entities[c].typ+")")
		}
	}
	resolved := func(name string) string {
		iri := schema.EntityIRI(name)
		if c, ok := assign[iri]; ok {
			return c
		}
		return "?" + iri
	}

	// relations, corpus-wide, between resolved entities
	predRels := map[[3]string]bool{}
	for _, f := range facts {
		for _, r := range f.Relations {
			s := nodes[schema.EntityIRI(r.Subject)]
			if r.Subject == "" || r.Object == "" || s == nil || len(s.types) == 0 {
				continue // score.py reads relations only out of entity nodes
			}
			predRels[[3]string{resolved(r.Subject), r.Predicate.Local(), resolved(r.Object)}] = true
		}
	}
	relTP := 0
	for r := range predRels {
		if g.relations[r] {
			relTP++
		} else {
			res.SpuriousRelations = append(res.SpuriousRelations, fmt.Sprint(r))
		}
	}
	for r := range g.relations {
		if !predRels[r] {
			res.MissingRelations = append(res.MissingRelations, fmt.Sprint(r))
		}
	}
	sort.Strings(res.SpuriousRelations)
	sort.Strings(res.MissingRelations)
	res.Relations = prf{ratio(relTP, len(predRels)), ratio(relTP, len(g.relations)), len(predRels), len(g.relations)}

	// events, per document
	byDoc := map[string][]schema.Event{}
	for _, f := range facts {
		s := stem(f.Doc.Identifier)
		byDoc[s] = append(byDoc[s], f.Events...)
	}
	predKeys, goldN, tpGold, dateOK, dateN, aboutOK, aboutN, spurious := 0, 0, 0, 0, 0, 0, 0, 0
	for _, s := range g.docs {
		gevs := g.events[s]
		goldN += len(gevs)
		type evKey struct{ typ, agent, target string }
		type keyInfo struct{ about, dates map[string]bool }
		keys := map[evKey]*keyInfo{}
		var klist []evKey
		for _, e := range byDoc[s] {
			if !e.Class.IsEvent() {
				continue
			}
			agents, targets := rolesOf(e.Agent, resolved), rolesOf(e.Target, resolved)
			for _, a := range agents {
				for _, t := range targets {
					k := evKey{e.Class.Local(), a, t}
					info := keys[k]
					if info == nil {
						info = &keyInfo{map[string]bool{}, map[string]bool{}}
						keys[k] = info
						klist = append(klist, k)
					}
					for _, ab := range e.About {
						info.about[resolved(ab)] = true
					}
					if len(e.Date) >= 10 {
						info.dates[e.Date[:10]] = true
					}
				}
			}
		}
		predKeys += len(klist)
		fits := make([][]int, len(gevs))
		correct := map[int]bool{}
		for i, ev := range gevs {
			for j, k := range klist {
				if k.typ == ev.Type && contains(ev.Agent, k.agent) && (len(ev.Target) == 0 || contains(ev.Target, k.target)) {
					fits[i] = append(fits[i], j)
					correct[j] = true
				}
			}
		}
		owner := maxMatching(fits)
		match := map[int]int{} // gold event -> key
		for j, i := range owner {
			match[i] = j
		}
		for i, ev := range gevs {
			j, ok := match[i]
			if !ok {
				res.MissedEvents = append(res.MissedEvents, fmt.Sprintf("%s: %s %v -> %v", s, ev.Type, first(ev.Agent), first(ev.Target)))
				continue
			}
			tpGold++
			info := keys[klist[j]]
			if ev.Date != nil && *ev.Date != "" {
				dateN++
				if info.dates[*ev.Date] {
					dateOK++
				} else {
					res.WrongDates = append(res.WrongDates, fmt.Sprintf("%s: %s %v: want %s, got %v", s, ev.Type, first(ev.Agent), *ev.Date, sortedKeys(info.dates)))
				}
			}
			for _, ab := range ev.About {
				aboutN++
				if info.about[ab] {
					aboutOK++
				}
			}
		}
		for j, k := range klist {
			if !correct[j] {
				spurious++
				res.SpuriousEvents = append(res.SpuriousEvents, fmt.Sprintf("%s: %s %s -> %s", s, k.typ, k.agent, k.target))
			}
		}
	}
	res.Events = prf{ratio(predKeys-spurious, predKeys), ratio(tpGold, goldN), predKeys, goldN}
	res.DateAccuracy, res.DatesJudged = ratio(dateOK, dateN), dateN
	res.AboutRecall = ratio(aboutOK, aboutN)
	return res
}

// rolesOf resolves the names of an event role; "-" stands for an empty role.
func rolesOf(names []string, resolved func(string) string) []string {
	if len(names) == 0 {
		return []string{"-"}
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = resolved(n)
	}
	return out
}

// maxMatching pairs gold events with the predicted keys that fit them, one
// key per gold event, as many pairs as possible (augmenting paths). It
// returns key index -> gold event index.
func maxMatching(fits [][]int) map[int]int {
	owner := map[int]int{}
	var augment func(i int, seen map[int]bool) bool
	augment = func(i int, seen map[int]bool) bool {
		for _, j := range fits[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if o, taken := owner[j]; !taken || augment(o, seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	for i := range fits {
		augment(i, map[int]bool{})
	}
	return owner
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func first(list []string) string {
	if len(list) == 0 {
		return "-"
	}
	return list[0]
}

// TestNormNameAsScorePy checks normName against what score.py's norm()
// gives for the same names.
func TestNormNameAsScorePy(t *testing.T) {
	for in, want := range map[string]string{
		"The United States":        "united states",
		"China’s Foreign Ministry": "china foreign ministry",
		"U.S.":                     "us",
		"Straße":                   "strasse",
		"  Mélanie   Joly ":        "mélanie joly",
		"Theresa May":              "theresa may",
		"Kevin O'Donnell":          "kevin odonnell",
		"Lena Hoffmann-Weiß":       "lena hoffmannweiss",
		"ＡＢＣ Corp.":                "abc corp",
		"the":                      "the",
	} {
		if got := normName(in); got != want {
			t.Errorf("normName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestScoreFactsCounts scores hand-made facts whose scores are known.
func TestScoreFactsCounts(t *testing.T) {
	dir := t.TempDir()
	gold := `{"doc": "a.txt", "date": "2024-01-02",
	 "entities": [{"name": "Ana Lima", "type": "Person", "aliases": []},
	  {"name": "Brazil", "type": "Country", "aliases": ["Brasilia"]},
	  {"name": "Chile", "type": "Country", "aliases": []}],
	 "relations": [["Ana Lima", "memberOf", "Brazil"]],
	 "events": [
	  {"type": "Demand", "agent": ["Ana Lima", "Brazil"], "target": ["Chile"], "about": [], "date": "2024-01-01"},
	  {"type": "Demand", "agent": ["Brazil"], "target": ["Chile"], "about": [], "date": null},
	  {"type": "Statement", "agent": ["Ana Lima"], "target": [], "about": [], "date": "2024-01-01"}]}`
	if err := os.WriteFile(filepath.Join(dir, "a.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := loadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	facts := []schema.DocFacts{{
		Doc: schema.DocumentInfo{Identifier: "a.txt"},
		Entities: []schema.Entity{
			{Name: "Ana Lima", Class: schema.Person},
			{Name: "Brasilia", Class: schema.Country}, // resolves to Brazil by its name
			{Name: "Chile", Class: schema.Place},      // wrong type
			{Name: "Peru", Class: schema.Country},     // not in gold
		},
		Relations: []schema.Relation{
			{Subject: "Ana Lima", Predicate: schema.MemberOf, Object: "Brasilia"},
			{Subject: "Ana Lima", Predicate: schema.Nationality, Object: "Peru"},
		},
		Events: []schema.Event{
			// one predicted key fits both Demands, but counts for one of them only
			{Class: schema.Demand, Agent: []string{"Brasilia"}, Target: []string{"Chile"}, Date: "2024-01-01"},
			{Class: schema.Statement, Agent: []string{"Ana Lima"}, Date: "2024-01-03"},
			{Class: schema.Arrest, Agent: []string{"Peru"}, Target: []string{"Ana Lima"}},
		},
	}}
	r := scoreFacts(facts, g)
	check := func(what string, got, want float64) {
		t.Helper()
		if got < want-1e-9 || got > want+1e-9 {
			t.Errorf("%s = %.4f, want %.4f", what, got, want)
		}
	}
	check("entity P", r.Entities.P, 2.0/4)
	check("entity R", r.Entities.R, 2.0/3)
	check("relation P", r.Relations.P, 1.0/2)
	check("relation R", r.Relations.R, 1)
	check("event P", r.Events.P, 2.0/3)
	check("event R", r.Events.R, 2.0/3)
	check("date accuracy", r.DateAccuracy, 1.0/2)
	if len(r.MissedEvents) != 1 || len(r.SpuriousEvents) != 1 || len(r.MissingEntities) != 1 {
		t.Errorf("misses: %v / %v / %v", r.MissedEvents, r.SpuriousEvents, r.MissingEntities)
	}
}
