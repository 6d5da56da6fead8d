package queries

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// consoleLines runs the console over input (not interactive) and returns its
// output lines.
func consoleLines(t *testing.T, input string) []string {
	t.Helper()
	var out bytes.Buffer
	if err := Console(context.Background(), newsGraph(t), strings.NewReader(input), &out, false, ""); err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
}

func TestConsoleManyQueries(t *testing.T) {
	input := `g.V("<ng:id/wang-wenbin>").Out("<schema:name>").All()
g.V("<ng:id/canada>").Out("<schema:alternateName>").All()
g.V("<ng:doc/doc-1-txt>")
  .Out("<schema:identifier>")
  .All()
g.Emit({
  demands: g.V("<ng:Demand>").In("<rdf:type>").ToArray().length,
  who: "all"
})
g.V("<ng:id/canada>").Out(  // an error: unbalanced, then closed wrongly
  "<schema:name>"]).All()
g.V("<ng:id/huawei>").Out("<schema:name>").All()
this.is.not.defined
g.V("<ng:id/china>").Out("<schema:name>").All()
`
	got := consoleLines(t, input)
	want := []string{
		`{"id":"Wang Wenbin"}`,
		`{"id":"Ottawa"}`,
		`{"id":"doc-1.txt"}`,
		`{"demands":3,"who":"all"}`,
		`error:`,
		`{"id":"Huawei"}`,
		`error:`,
		`{"id":"China"}`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("line %d: got %q, want %q", i+1, got[i], want[i])
		}
	}
}

func TestConsoleRunAndCommands(t *testing.T) {
	input := `:queries
:run timeline entity="Meng Wanzhou"
:run timeline
:param who=Huawei
entity(params.who).In("<schema:target>").Out("<schema:name>").All()
:format table
:run sanctions
:run no-such-query
:bogus
:q
g.V().All()
`
	got := consoleLines(t, input)
	text := strings.Join(got, "\n")
	for _, s := range Saved() {
		if !strings.Contains(text, s.Name) || !strings.Contains(text, s.Summary) {
			t.Errorf(":queries does not list %s", s.Name)
		}
	}
	var timeline []string
	for _, l := range got {
		if strings.HasPrefix(l, "{") {
			var r Row
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Fatalf("%q: %v", l, err)
			}
			timeline = append(timeline, Cell(r["date"])+" "+Cell(r["type"])+Cell(r["id"]))
		}
	}
	same(t, "JSON rows", timeline, []string{
		"2021-08-26 Demand", // newest first
		"2018-12-01 Arrest",
		" Sanction: United States → Huawei", // the ad-hoc query with :param
	})
	for _, s := range []string{
		"error: timeline: missing parameter entity",
		"sanctioned  sanctioner\n", // the sanctions table
		"2019-05-15  doc-2.txt  The United States sanctioned Huawei in May 2019.  Huawei      United States\n",
		`error: no saved query or file named "no-such-query"`,
		"error: unknown command :bogus",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("output lacks %q:\n%s", s, text)
		}
	}
	if strings.Contains(text, "<ng:") {
		t.Errorf("the query after :q ran:\n%s", text)
	}
}

func TestSplitArgs(t *testing.T) {
	got, err := splitArgs(`:run timeline entity="Wang Wenbin" 'x=a b' y=`)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "args", got, []string{":run", "timeline", "entity=Wang Wenbin", "x=a b", "y="})
	if _, err := splitArgs(`:run x="open`); err == nil {
		t.Error("unterminated quote accepted")
	}
}
