package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

const xsdDate = "http://www.w3.org/2001/XMLSchema#date"

// peopleGraph: n people in the shape package graph writes (short IRIs,
// labelled by document), and one event.
func peopleGraph(n int) *memstore.QuadStore {
	doc := quad.IRI("ng:doc/doc-1-txt")
	var qs []quad.Quad
	for i := 0; i < n; i++ {
		id := quad.IRI(fmt.Sprintf("ng:id/person-%03d", i))
		qs = append(qs,
			quad.Quad{Subject: id, Predicate: quad.IRI("rdf:type"), Object: quad.IRI("schema:Person"), Label: doc},
			quad.Quad{Subject: id, Predicate: quad.IRI("schema:name"), Object: quad.String(fmt.Sprintf("Person %03d", i)), Label: doc},
		)
	}
	ev := quad.IRI("ng:event/doc-1-txt/1")
	qs = append(qs,
		quad.Quad{Subject: ev, Predicate: quad.IRI("rdf:type"), Object: quad.IRI("ng:Demand"), Label: doc},
		quad.Quad{Subject: ev, Predicate: quad.IRI("schema:agent"), Object: quad.IRI("ng:id/person-000"), Label: doc},
		quad.Quad{Subject: ev, Predicate: quad.IRI("schema:target"), Object: quad.IRI("ng:id/person-001"), Label: doc},
		quad.Quad{Subject: ev, Predicate: quad.IRI("ng:date"), Object: quad.TypedString{Value: "2021-08-26", Type: xsdDate}, Label: doc},
	)
	return memstore.New(qs...)
}

func start(t *testing.T, qs *memstore.QuadStore, opts Options) *httptest.Server {
	t.Helper()
	s, err := New(qs, opts)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s) // listens on 127.0.0.1
	t.Cleanup(func() { ts.Close(); s.Close() })
	return ts
}

func do(t *testing.T, method, u, contentType, body string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(data)
}

// results decodes {"result": [...]} and returns the "id" of each result.
func results(t *testing.T, body string) []string {
	t.Helper()
	var out struct {
		Result []map[string]interface{} `json:"result"`
		Error  string                   `json:"error"`
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatalf("%v: %.300s", err, body)
	}
	if out.Error != "" {
		t.Fatalf("error: %s", out.Error)
	}
	var ids []string
	for _, r := range out.Result {
		ids = append(ids, fmt.Sprint(r["id"]))
	}
	return ids
}

func distinct(ids []string) int {
	m := map[string]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return len(m)
}

const allPeople = `g.V("<schema:Person>").In("<rdf:type>").All()`

func TestV2QueryReturnsEveryResult(t *testing.T) {
	ts := start(t, peopleGraph(250), Options{})
	code, hdr, body := do(t, "GET", ts.URL+"/api/v2/query?lang=gizmo&qu="+url.QueryEscape(allPeople), "", "")
	if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") {
		t.Fatalf("GET: %d %s", code, hdr.Get("Content-Type"))
	}
	if ids := results(t, body); len(ids) != 250 || distinct(ids) != 250 {
		t.Errorf("GET: %d results (%d distinct), want 250", len(ids), distinct(ids))
	}
	_, _, body = do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "", `g.V("<schema:Person>").In("<rdf:type>").ForEach(function (p) { g.Emit({id: p.id}) })`)
	if ids := results(t, body); len(ids) != 250 || distinct(ids) != 250 {
		t.Errorf("POST g.Emit: %d results, want 250", len(ids))
	}
	_, _, body = do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo&limit=7", "", allPeople)
	if ids := results(t, body); len(ids) != 7 {
		t.Errorf("limit=7: %d results", len(ids))
	}

	capped := start(t, peopleGraph(250), Options{QueryLimit: 120})
	_, _, body = do(t, "POST", capped.URL+"/api/v2/query?lang=gizmo", "", allPeople)
	if ids := results(t, body); len(ids) != 120 {
		t.Errorf("QueryLimit 120: %d results", len(ids))
	}
	_, _, body = do(t, "POST", capped.URL+"/api/v2/query?lang=gizmo&limit=-1", "", allPeople)
	if ids := results(t, body); len(ids) != 250 {
		t.Errorf("QueryLimit 120, limit=-1: %d results", len(ids))
	}

	code, _, body = do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "", `g.V(]`)
	if code != http.StatusBadRequest || !strings.Contains(body, `"error"`) {
		t.Errorf("bad query: %d %s", code, body)
	}
	if code, _, _ = do(t, "POST", ts.URL+"/api/v2/query?lang=nope", "", allPeople); code != http.StatusBadRequest {
		t.Errorf("unknown language: %d", code)
	}
}

func TestV1Query(t *testing.T) {
	ts := start(t, peopleGraph(250), Options{})
	for _, q := range []string{"", "?limit=-1"} {
		code, _, body := do(t, "POST", ts.URL+"/api/v1/query/gizmo"+q, "", allPeople)
		if code != 200 {
			t.Fatalf("%s: %d %s", q, code, body)
		}
		if ids := results(t, body); len(ids) != 250 || distinct(ids) != 250 {
			t.Errorf("v1%s: %d results, want 250", q, len(ids))
		}
	}
	// The visualizer's shape of query: tags source and target; short IRIs as typed.
	_, _, body := do(t, "POST", ts.URL+"/api/v1/query/gizmo", "",
		`g.V("<ng:Demand>").In("<rdf:type>").Tag("ev").Out("<schema:agent>").Tag("source").Back("ev").Out("<schema:target>").Tag("target").All()`)
	var out struct {
		Result []map[string]string `json:"result"`
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Result) != 1 ||
		out.Result[0]["source"] != "<ng:id/person-000>" || out.Result[0]["target"] != "<ng:id/person-001>" {
		t.Errorf("source/target query: %v %s", err, body)
	}
	code, _, body := do(t, "POST", ts.URL+"/api/v1/shape/gizmo", "", allPeople)
	if code != 200 || !strings.Contains(body, `"nodes"`) || !strings.Contains(body, `"links"`) {
		t.Errorf("shape: %d %.200s", code, body)
	}
}

func TestUI(t *testing.T) {
	ts := start(t, peopleGraph(3), Options{})
	checkUI(t, ts.URL)

	// What is served is Cayley's file, byte for byte.
	want, err := os.ReadFile("ui/static/js/cayley_query.js")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, got := do(t, "GET", ts.URL+"/static/js/cayley_query.js", "", ""); got != string(want) {
		t.Error("/static/js/cayley_query.js differs from ui/static/js/cayley_query.js")
	}
	if code, _, _ := do(t, "GET", ts.URL+"/ui/nope", "", ""); code != http.StatusNotFound {
		t.Errorf("/ui/nope: %d", code)
	}
	if code, _, _ := do(t, "GET", ts.URL+"/static/nope.js", "", ""); code != http.StatusNotFound {
		t.Errorf("/static/nope.js: %d", code)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(ts.URL + "/docs/GizmoAPI")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusFound || resp.Header.Get("Location") != docsURL+"gizmoapi.md" {
		t.Errorf("/docs/GizmoAPI: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
}

// checkUI fetches the UI's pages and every static file they reference.
func checkUI(t *testing.T, base string) {
	t.Helper()
	pages := map[string]string{
		"/":               `<textarea id="code">`,
		"/ui/query":       `/static/js/cayley_query.js`,
		"/ui/visualize":   `/static/js/cayley_visualize.js`,
		"/ui/query_shape": `/static/js/cayley_shape.js`,
		"/ui/write":       `/static/js/cayley_write.js`,
	}
	ref := regexp.MustCompile(`(?:src|href)=['"](/static/[^'"]+)['"]`)
	for p, marker := range pages {
		code, hdr, body := do(t, "GET", base+p, "", "")
		if code != 200 || !strings.Contains(body, marker) || !strings.HasPrefix(hdr.Get("Content-Type"), "text/html") {
			t.Errorf("%s: %d %s, has %q: %v", p, code, hdr.Get("Content-Type"), marker, strings.Contains(body, marker))
			continue
		}
		if !strings.Contains(body, "/static/third_party/jquery.min.js") {
			t.Errorf("%s: the head template was not rendered", p)
		}
		for _, m := range ref.FindAllStringSubmatch(body, -1) {
			code, hdr, content := do(t, "GET", base+m[1], "", "")
			if code != 200 || len(content) < 100 {
				t.Errorf("%s -> %s: %d, %d bytes", p, m[1], code, len(content))
			}
			if strings.HasSuffix(m[1], ".css") && !strings.HasPrefix(hdr.Get("Content-Type"), "text/css") {
				t.Errorf("%s: Content-Type %s", m[1], hdr.Get("Content-Type"))
			}
			if strings.HasSuffix(m[1], ".js") && !strings.Contains(hdr.Get("Content-Type"), "javascript") {
				t.Errorf("%s: Content-Type %s", m[1], hdr.Get("Content-Type"))
			}
		}
	}
	code, _, body := do(t, "GET", base+"/static/css/query_editor.css", "", "")
	if code != 200 || !strings.Contains(body, "{") {
		t.Errorf("query_editor.css: %d", code)
	}
}

// TestUIFromEmptyDir: the UI's files are embedded, not read from disk.
func TestUIFromEmptyDir(t *testing.T) {
	t.Chdir(t.TempDir())
	ts := start(t, peopleGraph(3), Options{})
	checkUI(t, ts.URL)
}

func TestReadOnlyByDefault(t *testing.T) {
	qs := peopleGraph(3)
	ts := start(t, qs, Options{})
	before := quadCount(t, qs)
	nq := `<ng:id/x> <schema:name> "X" <ng:doc/d> .` + "\n"
	for _, c := range []struct{ path, ctype, body string }{
		{"/api/v2/write", "application/n-quads", nq},
		{"/api/v2/delete", "application/n-quads", `<ng:id/person-000> <rdf:type> <schema:Person> <ng:doc/doc-1-txt> .` + "\n"},
		{"/api/v2/node/delete", "application/n-quads", `<ng:id/person-000>`},
		{"/api/v1/write", "application/json", `[{"subject":"<ng:id/x>","predicate":"<schema:name>","object":"X"}]`},
		{"/api/v1/delete", "application/json", `[{"subject":"<ng:id/person-000>","predicate":"<rdf:type>","object":"<schema:Person>","label":"<ng:doc/doc-1-txt>"}]`},
	} {
		code, _, body := do(t, "POST", ts.URL+c.path, c.ctype, c.body)
		if code != http.StatusForbidden || !strings.Contains(body, "read-only") {
			t.Errorf("%s: %d %s", c.path, code, body)
		}
	}
	if n := quadCount(t, qs); n != before {
		t.Errorf("the graph changed: %d quads, was %d", n, before)
	}
}

func TestWritable(t *testing.T) {
	qs := peopleGraph(3)
	ts := start(t, qs, Options{Writable: true})
	nq := `<ng:id/x> <schema:name> "X" <ng:doc/d> .` + "\n" + `<ng:id/y> <schema:name> "Y" <ng:doc/d> .` + "\n"
	code, _, body := do(t, "POST", ts.URL+"/api/v2/write", "application/n-quads", nq)
	if code != 200 || !strings.Contains(body, `"count": 2`) {
		t.Fatalf("v2 write: %d %s", code, body)
	}
	code, _, body = do(t, "POST", ts.URL+"/api/v1/write", "application/json", `[{"subject":"<ng:id/z>","predicate":"<schema:name>","object":"Z","label":"<ng:doc/d>"}]`)
	if code != 200 {
		t.Fatalf("v1 write: %d %s", code, body)
	}
	_, _, body = do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "", `g.V("<ng:id/x>", "<ng:id/y>", "<ng:id/z>").Out("<schema:name>").All()`)
	if ids := results(t, body); strings.Join(ids, ",") != "X,Y,Z" {
		t.Errorf("written names: %v", ids)
	}
	code, _, body = do(t, "POST", ts.URL+"/api/v2/delete", "application/n-quads", `<ng:id/x> <schema:name> "X" <ng:doc/d> .`+"\n")
	if code != 200 || !strings.Contains(body, `"count": 1`) {
		t.Fatalf("v2 delete: %d %s", code, body)
	}
	_, _, body = do(t, "GET", ts.URL+"/api/v2/read?format=nquads&sub=<ng:id/y>,<ng:id/x>", "", "")
	if body != `<ng:id/y> <schema:name> "Y" <ng:doc/d> .`+"\n" {
		t.Errorf("read after delete: %q", body)
	}
}

func TestReadAndFormats(t *testing.T) {
	ts := start(t, peopleGraph(3), Options{})
	code, hdr, body := do(t, "GET", ts.URL+"/api/v2/read?pred=<schema:name>", "", "")
	if code != 200 || strings.Count(body, "\n") != 3 || !strings.Contains(body, `<ng:id/person-002> <schema:name> "Person 002" <ng:doc/doc-1-txt> .`) {
		t.Errorf("read: %d %s %q", code, hdr.Get("Content-Type"), body)
	}
	_, _, body = do(t, "GET", ts.URL+"/api/v2/formats", "", "")
	var fs []struct {
		ID    string `json:"id"`
		Read  bool   `json:"read"`
		Write bool   `json:"write"`
	}
	if err := json.Unmarshal([]byte(body), &fs); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range fs {
		found = found || (f.ID == "nquads" && f.Read && f.Write)
	}
	if !found {
		t.Errorf("formats lack nquads: %s", body)
	}
}

func TestListenAndServe(t *testing.T) {
	if host, _, _ := net.SplitHostPort(DefaultAddr); !net.ParseIP(host).IsLoopback() {
		t.Errorf("DefaultAddr %s is not loopback", DefaultAddr)
	}
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan net.Addr, 1)
	errc := make(chan error, 1)
	go func() {
		errc <- ListenAndServe(ctx, "127.0.0.1:0", peopleGraph(3), Options{}, func(a net.Addr) { addrc <- a })
	}()
	var addr net.Addr
	select {
	case addr = <-addrc:
	case err := <-errc:
		t.Fatal(err)
	}
	code, _, body := do(t, "POST", "http://"+addr.String()+"/api/v1/query/gizmo", "", allPeople)
	if code != 200 || len(results(t, body)) != 3 {
		t.Errorf("query: %d %s", code, body)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Errorf("after cancel: %v", err)
	}
}

func quadCount(t *testing.T, qs *memstore.QuadStore) int64 {
	t.Helper()
	st, err := qs.Stats(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	return st.Quads.Size
}
