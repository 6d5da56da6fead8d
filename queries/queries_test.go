package queries

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

// pick renders each row as its values for keys, joined by " | ".
func pick(rows []Row, keys ...string) []string {
	var out []string
	for _, r := range rows {
		var vs []string
		for _, k := range keys {
			vs = append(vs, Cell(r[k]))
		}
		out = append(out, strings.Join(vs, " | "))
	}
	return out
}

func runSaved(t *testing.T, name string, params map[string]string) []Row {
	t.Helper()
	s, ok := Lookup(name)
	if !ok {
		t.Fatalf("no saved script %q", name)
	}
	var rows []Row
	err := RunScript(context.Background(), newsGraph(t), s, params, func(r Row) error {
		rows = append(rows, r)
		return nil
	})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return rows
}

func same(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\ngot\n  %s\nwant\n  %s", what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestSavedScripts(t *testing.T) {
	var names []string
	for _, s := range Saved() {
		names = append(names, s.Name)
		if s.Summary == "" || !strings.HasPrefix(s.Source, "// "+s.Name+":") {
			t.Errorf("%s: header should start with %q, summary %q", s.Name, "// "+s.Name+":", s.Summary)
		}
	}
	same(t, "saved", names, []string{"entity", "evidence", "sanctions", "spokesperson-demands", "timeline"})

	for _, name := range []string{"timeline", "timeline.js"} {
		s, ok := Lookup(name)
		if !ok || s.Name != "timeline" {
			t.Fatalf("Lookup(%q) = %q, %v", name, s.Name, ok)
		}
		if len(s.Params) == 0 || s.Params[0].Name != "entity" || !s.Params[0].Required || len(s.Missing(nil)) != 1 {
			t.Errorf("timeline params: %+v", s.Params)
		}
	}
	if s, _ := Lookup("spokesperson-demands"); len(s.Params) == 0 || s.Params[0].Name != "spokesperson" || len(s.Missing(nil)) != 0 {
		t.Errorf("spokesperson-demands params: %+v", s.Params)
	}
	if _, ok := Lookup("prelude"); ok {
		t.Error("the prelude is not a saved query")
	}
}

func TestSpokespersonDemands(t *testing.T) {
	keys := []string{"spokesperson", "speaksFor", "target", "date", "about", "document", "evidence"}
	want := []string{
		"Wang Wenbin | Ministry of Foreign Affairs of China | United States | 2021-09-02 | Huawei | doc-2.txt | Wang Wenbin demanded that the United States stop suppressing Huawei.",
		"Wang Wenbin | Ministry of Foreign Affairs of China | Canada | 2021-08-26 | Meng Wanzhou | doc-1.txt | Wang Wenbin demanded that Canada release Meng Wanzhou immediately.",
	}
	// Canada's own demand is not a spokesperson's.
	same(t, "all spokespersons", pick(runSaved(t, "spokesperson-demands", nil), keys...), want)
	same(t, "by alias", pick(runSaved(t, "spokesperson-demands", map[string]string{"spokesperson": "Wang"}), keys...), want)
	same(t, "by name, other case", pick(runSaved(t, "spokesperson-demands", map[string]string{"spokesperson": "wang wenbin"}), keys...), want)
	if rows := runSaved(t, "spokesperson-demands", map[string]string{"spokesperson": "Nobody Atall"}); len(rows) != 0 {
		t.Errorf("unknown spokesperson: %v", rows)
	}
}

func TestTimeline(t *testing.T) {
	rows := runSaved(t, "timeline", map[string]string{"entity": "Ottawa"})
	same(t, "Canada's timeline", pick(rows, "date", "type", "role", "agent", "target", "about", "document"), []string{
		"2021-09-04 | Demand | agent | Canada | China | Michael Kovrig | doc-2.txt",
		"2021-09-03 | Criticism | target | China | Canada |  | doc-2.txt",
		"2021-08-26 | Demand | target | Wang Wenbin | Canada | Meng Wanzhou | doc-1.txt",
		"2018-12-01 | Arrest | agent | Canada | Meng Wanzhou |  | doc-1.txt",
		" | Statement | agent | Canada |  |  | doc-2.txt",
	})
	rows = runSaved(t, "timeline", map[string]string{"entity": "Huawei"})
	same(t, "Huawei's timeline", pick(rows, "date", "event", "role"), []string{
		"2021-09-02 | Demand: Wang Wenbin → United States | about",
		"2019-05-15 | Sanction: United States → Huawei | target",
	})
}

func TestSanctions(t *testing.T) {
	same(t, "sanctions", pick(runSaved(t, "sanctions", nil), "sanctioner", "sanctioned", "date", "document", "evidence"), []string{
		"United States | Huawei | 2019-05-15 | doc-2.txt | The United States sanctioned Huawei in May 2019.",
	})
}

func TestEntity(t *testing.T) {
	rows := runSaved(t, "entity", map[string]string{"entity": "Wang Wenbin"})
	same(t, "Wang Wenbin", pick(rows, "entity", "kind", "relation", "value", "date"), []string{
		"Wang Wenbin | name |  | Wang Wenbin | ",
		"Wang Wenbin | alias |  | Wang | ",
		"Wang Wenbin | type |  | Person | ",
		"Wang Wenbin | jobTitle |  | spokesperson | ",
		"Wang Wenbin | relation | nationality | China | ",
		"Wang Wenbin | relation | spokespersonFor | Ministry of Foreign Affairs of China | ",
		"Wang Wenbin | event | agent | Demand: Wang Wenbin → United States | 2021-09-02",
		"Wang Wenbin | event | agent | Demand: Wang Wenbin → Canada | 2021-08-26",
	})
	rows = runSaved(t, "entity", map[string]string{"entity": "<ng:id/huawei>"})
	same(t, "Huawei by IRI", pick(rows, "kind", "relation", "value"), []string{
		"name |  | Huawei",
		"type |  | Corporation",
		"inverse relation | worksFor | Meng Wanzhou",
		"event | about | Demand: Wang Wenbin → United States",
		"event | target | Sanction: United States → Huawei",
	})
}

func TestEvidence(t *testing.T) {
	rows := runSaved(t, "evidence", map[string]string{"entity": "Meng Wanzhou"})
	same(t, "Meng Wanzhou", pick(rows, "document", "start", "kind", "fact", "evidence", "headline"), []string{
		"doc-1.txt | 9 | event | Arrest: Canada → Meng Wanzhou | Canada arrested Meng Wanzhou in December 2018. | China demands Canada free Meng Wanzhou",
		"doc-1.txt | 60 | event | Demand: Wang Wenbin → Canada | Wang Wenbin demanded that Canada release Meng Wanzhou immediately. | China demands Canada free Meng Wanzhou",
		"doc-1.txt |  | relation | Meng Wanzhou worksFor Huawei | Meng Wanzhou is the chief financial officer of Huawei. | China demands Canada free Meng Wanzhou",
	})
}

func TestMissingParam(t *testing.T) {
	s, _ := Lookup("timeline")
	err := RunScript(context.Background(), newsGraph(t), s, nil, func(Row) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "entity") {
		t.Fatalf("want a missing-parameter error naming entity, got %v", err)
	}
	// The script itself also refuses (for Run without the check).
	_, err = Collect(context.Background(), newsGraph(t), s.Source, nil)
	if err == nil || !strings.Contains(err.Error(), "missing parameter entity") {
		t.Fatalf("want the script's own error, got %v", err)
	}
}

func TestParamsAndPrelude(t *testing.T) {
	qs := newsGraph(t)
	rows, err := Collect(context.Background(), qs,
		`g.Emit({who: params.who, n: entityIDs(params.who).length, name: nameOf(entityIDs(params.who)[0])});
		 entity(params.who).Out("<schema:nationality>").All()`,
		map[string]string{"who": "Foreign Ministry"})
	if err != nil {
		t.Fatal(err)
	}
	same(t, "rows", pick(rows, "who", "n", "name", "id"), []string{
		"Foreign Ministry | 1 | Ministry of Foreign Affairs of China | ",
	})
	rows, err = Collect(context.Background(), qs, `entity("Wang").Out("<schema:nationality>").All()`, nil)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "path result", pick(rows, "id"), []string{"<ng:id/china>"})
}

// TestAllResults: no 100-row cap, for path results and for g.Emit.
func TestAllResults(t *testing.T) {
	var quads []quad.Quad
	for i := 0; i < 250; i++ {
		quads = append(quads, quad.MakeIRI(fmt.Sprintf("ng:id/p%03d", i), "rdf:type", "schema:Person", "ng:doc/d"))
	}
	qs := memstore.New(quads...)
	for _, q := range []string{
		`g.V("<schema:Person>").In("<rdf:type>").All()`,
		`g.V("<schema:Person>").In("<rdf:type>").ForEach(function (r) { g.Emit({person: r.id}) })`,
	} {
		rows, err := Collect(context.Background(), qs, q, nil)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, r := range rows {
			for _, v := range r {
				seen[fmt.Sprint(v)] = true
			}
		}
		if len(rows) != 250 || len(seen) != 250 || !seen["<ng:id/p249>"] {
			t.Errorf("%s: %d rows, %d distinct, want 250", q, len(rows), len(seen))
		}
	}
}

func TestEmitErrorStops(t *testing.T) {
	stop := fmt.Errorf("enough")
	n := 0
	err := Run(context.Background(), newsGraph(t), `g.V().All()`, nil, func(Row) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if err != stop || n != 3 {
		t.Fatalf("err %v after %d rows, want %v after 3", err, n, stop)
	}
}

func TestLoadFromFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "docs.js")
	src := "// docs: the documents\ng.V(\"<schema:NewsArticle>\").In(\"<rdf:type>\").ForEach(function (d) { g.Emit({doc: nameOf(d.id)}) })\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if s.Name != "docs" || s.Summary != "the documents" {
		t.Errorf("loaded %q %q", s.Name, s.Summary)
	}
	rows, err := Collect(context.Background(), newsGraph(t), s.Source, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := pick(rows, "doc")
	sortStrings(got)
	same(t, "docs", got, []string{"doc-1.txt", "doc-2.txt"})

	if s, err := Load("sanctions"); err != nil || s.Name != "sanctions" {
		t.Errorf("Load(sanctions) = %q, %v", s.Name, err)
	}
	if _, err := Load("no-such-query"); err == nil || !strings.Contains(err.Error(), "spokesperson-demands") {
		t.Errorf("Load(no-such-query): %v", err)
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// TestErrorLineNumbers: errors count lines from the query, not the prelude.
func TestErrorLineNumbers(t *testing.T) {
	_, err := Collect(context.Background(), newsGraph(t), "g.V().All()\nthis.is.not.defined", nil)
	if err == nil || !strings.Contains(err.Error(), "<eval>:2:") {
		t.Errorf("runtime error: %v", err)
	}
	_, err = Collect(context.Background(), newsGraph(t), "\n\ng.V(]", nil)
	if err == nil || !strings.Contains(err.Error(), "Line 3:") {
		t.Errorf("syntax error: %v", err)
	}
}
