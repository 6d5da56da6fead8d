package main

// End-to-end tests of the newsgraph command: a real binary, real Cayley
// stores in temporary directories, real subprocesses.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

var ngBin string // the newsgraph binary under test

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "newsgraph-cli-")
	if err != nil {
		panic(err)
	}
	ngBin = filepath.Join(dir, "newsgraph")
	out, err := exec.Command("go", "build", "-o", ngBin, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building newsgraph: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

// ng runs the binary in dir with args and optional stdin.
func ng(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(ngBin, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running newsgraph %v: %v", args, err)
	}
	return result{o.String(), e.String(), code}
}

func mustNG(t *testing.T, dir, stdin string, args ...string) string {
	t.Helper()
	r := ng(t, dir, stdin, args...)
	if r.code != 0 {
		t.Fatalf("newsgraph %v: exit %d\nstdout: %s\nstderr: %s", args, r.code, r.stdout, r.stderr)
	}
	return r.stdout
}

func testdataDocs(t *testing.T) string {
	p, err := filepath.Abs("../../testdata/docs")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// sampleStore builds the sample documents into a fresh bolt store and returns its directory.
func sampleStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	mustNG(t, dir, "", "build", testdataDocs(t))
	return dir
}

func TestBuildSummaryAndIdempotence(t *testing.T) {
	dir := t.TempDir()
	out := mustNG(t, dir, "", "build", testdataDocs(t))
	for _, want := range []string{"3 read: 3 written", "entities", "Person", "events", "Demand", "quads", "time"} {
		if !strings.Contains(out, want) {
			t.Errorf("build summary lacks %q:\n%s", want, out)
		}
	}
	first := mustNG(t, dir, "", "export", "--format", "nquads")
	out = mustNG(t, dir, "", "build", testdataDocs(t))
	if !strings.Contains(out, "0 written, 3 unchanged") || !strings.Contains(out, "0 written: the store already holds") {
		t.Errorf("second build should write nothing:\n%s", out)
	}
	if second := mustNG(t, dir, "", "export", "--format", "nquads"); second != first {
		t.Error("building the same documents twice changed the graph")
	}
	// A fresh build elsewhere is byte-identical.
	other := t.TempDir()
	mustNG(t, other, "", "build", testdataDocs(t))
	if again := mustNG(t, other, "", "export", "--format", "nquads"); again != first {
		t.Error("two builds of the same input export differently")
	}
	if st := mustNG(t, dir, "", "stats"); !strings.Contains(st, "NewsArticle") || !strings.Contains(st, "spokespersonFor") {
		t.Errorf("stats output:\n%s", st)
	}
}

// The facts the sample documents must yield (issue: newsgraph end to end).
func TestSampleFacts(t *testing.T) {
	dir := sampleStore(t)
	nq := mustNG(t, dir, "", "export", "--format", "nquads")
	const ng, sc = "https://newsgraph.dev/ns#", "http://schema.org/"
	id := func(s string) string { return "<" + ng + "id/" + s + ">" }
	for _, rel := range [][3]string{
		{id("wang-wenbin"), "<" + ng + "spokespersonFor>", id("ministry-of-foreign-affairs-of-china")},
		{id("mao-ning"), "<" + ng + "spokespersonFor>", id("ministry-of-foreign-affairs-of-china")},
		{id("meng-wanzhou"), "<" + sc + "worksFor>", id("huawei-technologies")},
	} {
		if !strings.Contains(nq, strings.Join(rel[:], " ")+" ") {
			t.Errorf("missing relation %v", rel)
		}
	}
	rows := queryRows(t, dir, "spokesperson-demands")
	have := map[string]bool{}
	for _, r := range rows {
		have[fmt.Sprint(r["spokesperson"], " -> ", r["target"])] = true
	}
	for _, want := range []string{"Wang Wenbin -> Canada", "Wang Wenbin -> United States", "Mao Ning -> Canada"} {
		if !have[want] {
			t.Errorf("no demand %s; have %v", want, have)
		}
	}
	arrest := false
	for _, r := range queryRows(t, dir, "timeline", "--param", "entity=Meng Wanzhou") {
		if strings.HasPrefix(fmt.Sprint(r["event"]), "Arrest: Canada") {
			arrest = true
		}
	}
	if !arrest {
		t.Error("no Arrest of Meng Wanzhou by Canada")
	}
	sanction := false
	for _, r := range queryRows(t, dir, "sanctions") {
		if strings.Contains(fmt.Sprint(r), "Canada") || strings.Contains(fmt.Sprint(r), "Mélanie Joly") {
			sanction = true
		}
	}
	if !sanction {
		t.Error("no Canadian Sanction (announced by Mélanie Joly)")
	}
}

func queryRows(t *testing.T, dir, script string, args ...string) []map[string]interface{} {
	t.Helper()
	out := mustNG(t, dir, "", append([]string{"query", script}, args...)...)
	var rows []map[string]interface{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var r map[string]interface{}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("query %s printed a line that is not JSON: %q", script, line)
		}
		rows = append(rows, r)
	}
	return rows
}

func TestEverySavedQueryRuns(t *testing.T) {
	dir := sampleStore(t)
	for _, c := range []struct {
		script string
		args   []string
	}{
		{"spokesperson-demands", nil},
		{"spokesperson-demands", []string{"--param", "spokesperson=Mao Ning"}},
		{"timeline", []string{"--param", "entity=Canada"}},
		{"sanctions", nil},
		{"entity", []string{"--param", "entity=Wang Wenbin"}},
		{"evidence", []string{"--param", "entity=Meng Wanzhou"}},
	} {
		rows := queryRows(t, dir, c.script, c.args...)
		if len(rows) == 0 && c.script != "sanctions" {
			t.Errorf("%s %v: no rows", c.script, c.args)
		}
		if c.script == "spokesperson-demands" && len(c.args) > 0 {
			for _, r := range rows {
				if r["spokesperson"] != "Mao Ning" {
					t.Errorf("spokesperson filter leaked %v", r)
				}
			}
		}
	}
	// Every fact says why it exists: the rule that produced it.
	for _, r := range queryRows(t, dir, "evidence", "--param", "entity=Wang Wenbin") {
		if rule, _ := r["rule"].(string); rule == "" {
			t.Errorf("evidence row without its rule: %v", r)
		}
	}
	// Also as a table.
	tab := mustNG(t, dir, "", "query", "timeline", "--param", "entity=Canada", "--format", "table")
	if !strings.Contains(tab, "Canada") || !strings.Contains(tab, "---") {
		t.Errorf("table output:\n%s", tab)
	}
}

func TestConsoleRunsManyQueries(t *testing.T) {
	dir := sampleStore(t)
	in := `g.V("<ng:id/wang-wenbin>").Out("<schema:name>").All()
g.V("<ng:id/canada>").In("<schema:target>").Out("<rdf:type>").Unique().All()
this is not javascript(
)
g.V("<ng:id/mao-ning>")
  .Out("<ng:spokespersonFor>")
  .Out("<schema:name>")
  .All()
`
	out := mustNG(t, dir, in, "console")
	for _, want := range []string{"Wang Wenbin", "ng:Demand", "Ministry of Foreign Affairs of China"} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
}

func TestExportFormatsCarryNames(t *testing.T) {
	dir := sampleStore(t)
	for _, f := range []string{"nquads", "jsonld", "graphml", "gexf", "dot", "cytoscape"} {
		out := filepath.Join(dir, "out."+f)
		mustNG(t, dir, "", "export", "--format", f, "-o", out)
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		switch f {
		case "graphml", "gexf":
			d := xml.NewDecoder(bytes.NewReader(b))
			for {
				if _, err := d.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s is not XML: %v", f, err)
				}
			}
		case "jsonld", "cytoscape":
			var v interface{}
			if err := json.Unmarshal(b, &v); err != nil {
				t.Fatalf("%s is not JSON: %v", f, err)
			}
		case "nquads":
			line := regexp.MustCompile(`^<[^>]+> <[^>]+> (<[^>]+>|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]+>|@[a-zA-Z-]+)?) <[^>]+> \.$`)
			for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
				if !line.MatchString(l) {
					t.Fatalf("not a labelled N-Quad: %s", l)
				}
			}
		case "dot":
			if !strings.HasPrefix(strings.TrimSpace(s), "digraph") {
				t.Fatalf("dot output does not start with digraph")
			}
		}
		if f != "nquads" && f != "jsonld" {
			if !strings.Contains(s, "Mélanie Joly") || strings.Contains(s, `\"Mélanie Joly\"`) || strings.Contains(s, "&#34;Mélanie") {
				t.Errorf("%s: nodes are not labelled with readable names", f)
			}
			if !strings.Contains(s, "spokespersonFor") || !strings.Contains(s, "Person") {
				t.Errorf("%s: edge labels or node types missing", f)
			}
		}
	}
	if r := ng(t, dir, "", "export", "--format", "nope"); r.code == 0 || !strings.Contains(r.stderr, "unknown export format") {
		t.Errorf("unknown format: exit %d, %s", r.code, r.stderr)
	}
}

func TestServeAPIAndUI(t *testing.T) {
	dir := sampleStore(t)
	cmd := exec.Command(ngBin, "serve", "--addr", "127.0.0.1:0")
	cmd.Dir = dir
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("serve printed nothing: %v", err)
	}
	m := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("serve did not say where it listens: %q", line)
	}
	base := "http://" + m[1]
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	q := url.QueryEscape(`g.V().Has("<rdf:type>", "<schema:Person>").Out("<schema:name>").All()`)
	if code, body := get("/api/v2/query?lang=gizmo&qu=" + q); code != 200 || !strings.Contains(body, "Wang Wenbin") {
		t.Errorf("v2 query: %d %s", code, body)
	}
	resp, err := http.Post(base+"/api/v1/query/gizmo", "text/plain", strings.NewReader(`g.V("<ng:id/mao-ning>").Out("<schema:name>").All()`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "Mao Ning") {
		t.Errorf("v1 query: %d %s", resp.StatusCode, b)
	}
	for _, p := range []string{"/", "/ui/visualize", "/ui/query"} {
		if code, body := get(p); code != 200 || !strings.Contains(body, "<html") {
			t.Errorf("UI %s: %d", p, code)
		}
	}
	_, page := get("/")
	js := regexp.MustCompile(`src="(/?static/[^"]+\.js)"`).FindStringSubmatch(page)
	if js == nil {
		t.Fatal("UI page references no script")
	}
	if code, body := get("/" + strings.TrimPrefix(js[1], "/")); code != 200 || len(body) < 100 {
		t.Errorf("UI script %s: %d, %d bytes", js[1], code, len(body))
	}
}

// A store newsgraph writes opens in the stock cayley binary with the same quads.
func TestStockCayleyReadsStore(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the stock cayley binary")
	}
	dir := sampleStore(t)
	cayley := filepath.Join(t.TempDir(), "cayley")
	build := exec.Command("go", "build", "-o", cayley, "github.com/cayleygraph/cayley/cmd/cayley")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building stock cayley: %v\n%s", err, out)
	}
	dump := filepath.Join(dir, "stock.nq")
	c := exec.Command(cayley, "dump", "--db", "bolt", "--dbpath", "newsgraph.db", "-o", dump)
	c.Dir = dir
	if out, err := c.CombinedOutput(); err != nil {
		t.Fatalf("cayley dump: %v\n%s", err, out)
	}
	stock := sortedLines(t, dump)
	ours := mustNG(t, dir, "", "extract", testdataDocs(t))
	if len(stock) == 0 {
		t.Fatal("stock cayley dumped nothing")
	}
	// The stock dump has the short IRIs as stored; compare against our own
	// N-Quads of the same store, shortened the same way.
	exp := mustNG(t, dir, "", "export", "--format", "nquads")
	short := strings.NewReplacer("https://newsgraph.dev/ns#", "ng:", "http://schema.org/", "schema:",
		"<http://www.w3.org/1999/02/22-rdf-syntax-ns#", "<rdf:").Replace(exp)
	want := strings.Split(strings.TrimSpace(short), "\n")
	sort.Strings(want)
	if strings.Join(stock, "\n") != strings.Join(want, "\n") {
		t.Errorf("stock cayley dump (%d quads) differs from newsgraph's export (%d quads)", len(stock), len(want))
	}
	if len(strings.Split(strings.TrimSpace(ours), "\n")) != len(want) {
		t.Errorf("extract gives %d quads, the store %d", len(strings.Split(strings.TrimSpace(ours), "\n")), len(want))
	}
	q := exec.Command(cayley, "query", "--db", "bolt", "--dbpath", "newsgraph.db")
	q.Dir = dir
	q.Stdin = strings.NewReader(`g.V("<ng:id/wang-wenbin>").Out("<ng:spokespersonFor>").Out("<schema:name>").All()`)
	out, err := q.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Ministry of Foreign Affairs of China") {
		t.Errorf("stock cayley query: %v\n%s", err, out)
	}
}

func sortedLines(t *testing.T, path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ls []string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if l != "" {
			ls = append(ls, l)
		}
	}
	sort.Strings(ls)
	return ls
}

func TestBadInputIsReportedAndGoodFilesLoad(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	good, _ := os.ReadFile(filepath.Join(testdataDocs(t), "002_54dbbaab12b9b1e4.txt"))
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(docs, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", good)
	write("binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0, 0})
	write("latin1.txt", []byte("Beijing urged Ottawa to act, said the caf\xe9 owner.\n"))
	write("empty.txt", nil)
	write("nul.txt", append([]byte("China said on Monday"), 0, 'x'))
	big, err := os.Create(filepath.Join(docs, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	big.Truncate(50 << 20) // 50 MB, sparse
	big.Close()
	os.Symlink(docs, filepath.Join(docs, "loop"))

	r := ng(t, dir, "", "build", "docs")
	if r.code == 0 {
		t.Fatalf("a build with bad files must exit non-zero\n%s", r.stderr)
	}
	for _, name := range []string{"binary.txt", "latin1.txt", "empty.txt", "nul.txt", "huge.txt"} {
		n := 0
		for _, l := range strings.Split(r.stderr, "\n") {
			if strings.Contains(l, name) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("want one error line naming %s, got %d:\n%s", name, n, r.stderr)
		}
	}
	if !strings.Contains(r.stdout, "1 written") {
		t.Errorf("the good file should load:\n%s\n%s", r.stdout, r.stderr)
	}
	if !strings.Contains(mustNG(t, dir, "", "export"), "Mao Ning") {
		t.Error("the good document's facts are not in the store")
	}
}

func TestChangedDocumentReplacesItsFacts(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	a := "date 2023-05-04\n\nPeru urged Chile to release Ana Torres, foreign ministry spokesperson Luis Vega said on Wednesday.\n"
	b := "date 2023-05-04\n\nPeru urged Bolivia to release Ana Torres, foreign ministry spokesperson Luis Vega said on Wednesday.\n"
	other, _ := os.ReadFile(filepath.Join(testdataDocs(t), "002_54dbbaab12b9b1e4.txt"))
	os.WriteFile(filepath.Join(docs, "other.txt"), other, 0o644)
	os.WriteFile(filepath.Join(docs, "peru.txt"), []byte(a), 0o644)
	mustNG(t, dir, "", "build", "docs")
	os.WriteFile(filepath.Join(docs, "peru.txt"), []byte(b), 0o644)
	out := mustNG(t, dir, "", "build", "docs")
	if !strings.Contains(out, "1 written, 1 unchanged") {
		t.Errorf("changed document should be rewritten, the other skipped:\n%s", out)
	}
	got := mustNG(t, dir, "", "export")

	clean := t.TempDir()
	mustNG(t, clean, "", "build", docs)
	want := mustNG(t, clean, "", "export")
	if stripPaths(got) != stripPaths(want) {
		t.Error("incremental rebuild differs from a clean build of the changed documents")
	}
	if strings.Contains(got, "ns#id/chile>") {
		t.Error("the old version's facts survived")
	}

	// remove, then prune
	out = mustNG(t, dir, "", "remove", "peru.txt")
	if !strings.Contains(out, "removed peru.txt") || strings.Contains(mustNG(t, dir, "", "export"), "Bolivia") {
		t.Errorf("remove did not remove: %s", out)
	}
	os.Remove(filepath.Join(docs, "other.txt"))
	mustNG(t, dir, "", "build", "--prune", "docs")
	if strings.Contains(mustNG(t, dir, "", "export"), "Mao Ning") {
		t.Error("--prune kept a document that is gone")
	}
}

// stripPaths drops the ng:path quads, which name where a build ran.
func stripPaths(nq string) string {
	var keep []string
	for _, l := range strings.Split(nq, "\n") {
		if !strings.Contains(l, "ns#path>") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

func TestLockedStoreFailsFast(t *testing.T) {
	dir := sampleStore(t)
	srv := exec.Command(ngBin, "serve", "--addr", "127.0.0.1:0")
	srv.Dir = dir
	out, _ := srv.StdoutPipe()
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { srv.Process.Kill(); srv.Wait() }()
	bufio.NewReader(out).ReadString('\n') // serving: the store is open
	start := time.Now()
	r := ng(t, dir, "", "build", testdataDocs(t))
	if r.code == 0 || !strings.Contains(r.stderr, "in use") {
		t.Errorf("build on a locked store: exit %d, %q", r.code, r.stderr)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("locked store took %s to report", d)
	}
}

func TestCorruptStoreIsAnError(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "newsgraph.db"), 0o755)
	os.WriteFile(filepath.Join(dir, "newsgraph.db", "indexes.bolt"), []byte("this is not a bolt database\n"), 0o644)
	r := ng(t, dir, "", "stats")
	if r.code == 0 || strings.Contains(r.stderr, "panic") || !strings.Contains(r.stderr, "newsgraph.db") {
		t.Errorf("corrupt store: exit %d, %q", r.code, r.stderr)
	}
	r = ng(t, t.TempDir(), "", "stats")
	if r.code == 0 || !strings.Contains(r.stderr, "newsgraph build") {
		t.Errorf("missing store: exit %d, %q", r.code, r.stderr)
	}
}
