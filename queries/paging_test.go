package queries

import (
	"context"
	"newsgraph/schema"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
)

// runNotes runs a saved script on the test graph and returns its rows and notes.
func runNotes(t *testing.T, name string, params map[string]string) ([]Row, []string) {
	t.Helper()
	s, ok := Lookup(name)
	if !ok {
		t.Fatalf("no saved script %q", name)
	}
	var rows []Row
	var notes []string
	err := RunScriptNotes(context.Background(), newsGraph(t), s, params, func(r Row) error {
		rows = append(rows, r)
		return nil
	}, func(n string) { notes = append(notes, n) })
	if err != nil {
		t.Fatalf("%s %v: %v", name, params, err)
	}
	return rows, notes
}

func TestTimelinePaging(t *testing.T) {
	all := pick(runSaved(t, "timeline", map[string]string{"entity": "Canada"}), "date", "type")
	same(t, "all", all, []string{"2021-09-04 | Demand", "2021-09-03 | Criticism", "2021-08-26 | Demand", "2018-12-01 | Arrest", " | Statement"})

	rows, notes := runNotes(t, "timeline", map[string]string{"entity": "Canada", "limit": "2"})
	same(t, "limit 2", pick(rows, "date", "type"), all[:2])
	same(t, "limit 2 note", notes, []string{"showing 1-2 of 5 events; give offset=2 for the next rows, limit=0 for all"})

	rows, notes = runNotes(t, "timeline", map[string]string{"entity": "Canada", "limit": "2", "offset": "4"})
	same(t, "last page", pick(rows, "date", "type"), all[4:])
	same(t, "last page note", notes, []string{"showing 5-5 of 5 events"})

	rows, notes = runNotes(t, "timeline", map[string]string{"entity": "Canada", "limit": "0"})
	if len(rows) != 5 || len(notes) != 0 {
		t.Errorf("limit=0: %d rows, notes %v", len(rows), notes)
	}

	rows, _ = runNotes(t, "timeline", map[string]string{"entity": "Canada", "order": "asc"})
	same(t, "oldest first", pick(rows, "date", "type"), []string{"2018-12-01 | Arrest", "2021-08-26 | Demand", "2021-09-03 | Criticism", "2021-09-04 | Demand", " | Statement"})

	rows, _ = runNotes(t, "timeline", map[string]string{"entity": "Canada", "from": "2021-08", "to": "2021-09-03"})
	same(t, "from/to", pick(rows, "date", "type"), []string{"2021-09-03 | Criticism", "2021-08-26 | Demand"})
	rows, _ = runNotes(t, "timeline", map[string]string{"entity": "Canada", "to": "2020"})
	same(t, "to a year", pick(rows, "date", "type"), []string{"2018-12-01 | Arrest"})

	rows, _ = runNotes(t, "timeline", map[string]string{"entity": "Canada", "type": "Demand, ng:Arrest"})
	same(t, "types", pick(rows, "date", "type"), []string{"2021-09-04 | Demand", "2021-08-26 | Demand", "2018-12-01 | Arrest"})

	for _, bad := range []map[string]string{
		{"entity": "Canada", "limit": "-1"},
		{"entity": "Canada", "from": "last week"},
		{"entity": "Canada", "order": "up"},
	} {
		s, _ := Lookup("timeline")
		if _, err := Collect(context.Background(), newsGraph(t), s.Source, bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}

// TestCalendarWalk: with _heavy=1 every entity counts as heavy, so pages
// newest first are found by walking the calendar; they must be the same
// rows as reading every event gives.
func TestCalendarWalk(t *testing.T) {
	for _, c := range []struct {
		script string
		params map[string]string
		keys   []string
	}{
		{"timeline", map[string]string{"entity": "Canada"}, []string{"date", "event", "role"}},

		{"timeline", map[string]string{"entity": "Canada", "from": "2021-09"}, []string{"date", "event", "role"}},
		{"timeline", map[string]string{"entity": "Canada", "from": "2019", "order": "asc"}, []string{"date", "event", "role"}},
		{"entity", map[string]string{"entity": "Canada"}, []string{"kind", "relation", "value", "date"}},
		{"evidence", map[string]string{"entity": "Meng Wanzhou"}, []string{"kind", "fact", "document"}},
		{"sanctions", nil, []string{"sanctioner", "sanctioned", "date"}},
		{"spokesperson-demands", nil, []string{"spokesperson", "target", "date"}},
	} {
		for _, limit := range []string{"1", "2", "200"} {
			p := map[string]string{"limit": limit}
			for k, v := range c.params {
				p[k] = v
			}
			want, _ := runNotes(t, c.script, p)
			p["_heavy"] = "1"
			got, notes := runNotes(t, c.script, p)
			same(t, c.script+" walked, limit "+limit, pick(got, c.keys...), pick(want, c.keys...))
			if limit == "1" && c.script != "evidence" && c.script != "entity" && c.script != "sanctions" && (len(notes) != 1 || !strings.Contains(notes[0], "showing 1-1 of more than")) {
				t.Errorf("%s %v: notes %q", c.script, p, notes)
			}
		}
	}
}

func TestSanctionsAndDemandsPaging(t *testing.T) {
	rows, notes := runNotes(t, "spokesperson-demands", map[string]string{"limit": "1"})
	same(t, "newest demand", pick(rows, "spokesperson", "target"), []string{"Wang Wenbin | United States"})
	same(t, "note", notes, []string{"showing 1-1 of 2 demands; give offset=1 for the next rows, limit=0 for all"})
	rows, _ = runNotes(t, "spokesperson-demands", map[string]string{"spokesperson": "Wang", "to": "2021-08"})
	same(t, "to", pick(rows, "target"), []string{"Canada"})
	rows, _ = runNotes(t, "sanctions", map[string]string{"from": "2020"})
	if len(rows) != 0 {
		t.Errorf("sanctions from 2020: %v", rows)
	}
}

// TestEntityNames: a name is found in other cases by index lookups only.
func TestEntityNames(t *testing.T) {
	for _, name := range []string{"meng wanzhou", "MENG WANZHOU", "Meng Wanzhou", "meng Wanzhou", "<ng:id/meng-wanzhou>"} {
		rows, err := Collect(context.Background(), newsGraph(t), `g.Emit({ids: entityIDs(params.n)})`, map[string]string{"n": name})
		if err != nil || len(rows) != 1 || Cell(rows[0]["ids"]) != "<ng:id/meng-wanzhou>" {
			t.Errorf("%q: %v %v", name, rows, err)
		}
	}
	rows, _ := Collect(context.Background(), newsGraph(t), `g.Emit({n: entityIDs("Nobody Atall").length})`, nil)
	same(t, "unknown", pick(rows, "n"), []string{"0"})

	// the slug helper agrees with schema.Slug on ASCII names, and gives up
	// (null) on others, which are then looked up by value
	for _, name := range []string{"Meng Wanzhou", "U.S. Department of Commerce", "  G7 -- summit!", "X", "AT&T Inc."} {
		rows, err := Collect(context.Background(), newsGraph(t), `g.Emit({s: asciiSlug(params.n)})`, map[string]string{"n": name})
		if err != nil || len(rows) != 1 || Cell(rows[0]["s"]) != schema.Slug(name) {
			t.Errorf("asciiSlug(%q) = %v %v, want %q", name, rows, err, schema.Slug(name))
		}
	}
	rows, _ = Collect(context.Background(), newsGraph(t), `g.Emit({s: asciiSlug("Mélanie Joly") === null})`, nil)
	same(t, "non-ASCII slug", pick(rows, "s"), []string{"true"})
}

func TestNotesAreNotRows(t *testing.T) {
	var rows []Row
	var notes []string
	err := RunNotes(context.Background(), newsGraph(t), `g.Emit({a: 1}); note("cut"); g.Emit({_note: "x", b: 2})`, nil,
		func(r Row) error { rows = append(rows, r); return nil }, func(n string) { notes = append(notes, n) })
	if err != nil {
		t.Fatal(err)
	}
	same(t, "notes", notes, []string{"cut"})
	if len(rows) != 2 {
		t.Errorf("rows %v", rows)
	}
}

// entity: the entities related to it by one relation (a country's nationals)
// are cut at limit, with a note; limit=0 shows them all.
func TestEntityInverseRelationsLimit(t *testing.T) {
	var b graphBuilder
	b.doc("doc-1.txt", "doc-1-txt", "Three nationals", "2021-08-26")
	vestria := b.entity("vestria", "schema:Country", "Vestria")
	for i, name := range []string{"Ana Berg", "Bo Lind", "Cai Tor"} {
		p := b.entity(strings.ToLower(strings.ReplaceAll(name, " ", "-")), "schema:Person", name)
		b.relation("doc-1-txt", i+1, p, "schema:nationality", vestria, name+" is a Vestrian.")
	}
	qs := memstore.New(b.quads...)
	run := func(params map[string]string) ([]string, []string) {
		s, _ := Lookup("entity")
		var rels, notes []string
		err := RunScriptNotes(context.Background(), qs, s, params, func(r Row) error {
			if r["kind"] == "inverse relation" {
				rels = append(rels, r["value"].(string))
			}
			return nil
		}, func(n string) { notes = append(notes, n) })
		if err != nil {
			t.Fatal(err)
		}
		return rels, notes
	}
	rels, notes := run(map[string]string{"entity": "Vestria", "limit": "2"})
	same(t, "limit 2", rels, []string{"Ana Berg", "Bo Lind"})
	same(t, "limit 2 note", notes, []string{"showing 2 of more than 2 entities with nationality ng:id/vestria; give limit=0 for all"})
	rels, notes = run(map[string]string{"entity": "Vestria", "limit": "0"})
	same(t, "limit 0", rels, []string{"Ana Berg", "Bo Lind", "Cai Tor"})
	if len(notes) != 0 {
		t.Errorf("limit=0: notes %v", notes)
	}
}
