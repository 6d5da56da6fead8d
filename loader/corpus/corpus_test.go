package corpus

import (
	"bytes"
	"crypto/sha256"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/loader/document"
)

func generate(t testing.TB, seed int64, n int) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	if err := Generate(seed, n, func(name string, b []byte) error {
		out[name] = b
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDeterministic(t *testing.T) {
	a, b := generate(t, 7, 40), generate(t, 7, 40)
	for name, x := range a {
		if !bytes.Equal(x, b[name]) {
			t.Fatalf("%s differs between two runs with one seed", name)
		}
	}
	// A longer corpus starts with the shorter one.
	c := generate(t, 7, 60)
	for name, x := range a {
		if !bytes.Equal(x, c[name]) {
			t.Fatalf("%s differs in a longer corpus", name)
		}
	}
	d := generate(t, 8, 40)
	same := 0
	for name, x := range a {
		if bytes.Equal(x, d[name]) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d articles equal under another seed", same)
	}
}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := WriteDir(dir, 3, 5); err != nil {
		t.Fatal(err)
	}
	want := generate(t, 3, 5)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) != 5 {
		t.Fatalf("%d files", len(files))
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if !bytes.Equal(b, want[filepath.Base(f)]) {
			t.Errorf("%s differs from Generate", f)
		}
	}
}

func TestArticles(t *testing.T) {
	const n = 300
	arts := generate(t, 42, n)
	if len(arts) != n {
		t.Fatalf("%d articles", len(arts))
	}
	titles, firsts, skeletons := map[string]bool{}, map[string]bool{}, map[string]bool{}
	events := map[string]int{}
	for name, b := range arts {
		s := string(b)
		if len(b) < MinSize || len(b) > MaxSize+100 {
			t.Errorf("%s: %d bytes", name, len(b))
		}
		if strings.ContainsAny(s, "{}") || strings.Contains(s, `\n`) {
			t.Errorf("%s: unfilled template: %s", name, s)
		}
		d, err := document.Parse(name, b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.Info.Date == "" {
			t.Errorf("%s: no date found:\n%s", name, s)
		}
		if d.Info.Title != "" {
			titles[d.Info.Title] = true
		}
		if len(d.Body) < 3 {
			t.Errorf("%s: %d body paragraphs", name, len(d.Body))
		}
		firsts[d.Text[d.Body[0].Start:d.Body[0].End]] = true
		skeletons[strings.SplitN(s, "\n", 2)[0][:4]] = true
		for _, w := range []string{"urged", "sanctions", "arrested", "released", "met ", "court", "criticized", "rejected"} {
			if strings.Contains(s, w) {
				events[w]++
			}
		}
	}
	if len(titles) < n/2 || len(firsts) < n*9/10 {
		t.Errorf("little variety: %d titles, %d first paragraphs in %d articles", len(titles), len(firsts), n)
	}
	if len(skeletons) < 4 {
		t.Errorf("%d article layouts", len(skeletons))
	}
	for _, w := range []string{"urged", "sanctions", "arrested", "released", "met ", "court", "criticized", "rejected"} {
		if events[w] < n/10 {
			t.Errorf("%q in only %d articles", w, events[w])
		}
	}
}

// Every template of every section expands (no unknown slot).
func TestTemplates(t *testing.T) {
	tb, err := loadTables()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	slots := map[string]string{}
	// The slots an article fills, from one generated article's run.
	for _, k := range []string{"A", "B", "Adem", "Bdem", "Acap", "Bcap", "ACAP", "BCAP", "C", "Xrole", "Orole", "agency", "Region",
		"charge", "issue", "n", "days", "iso", "Month", "day", "Y", "wday", "md", "court", "title", "title2", "lead", "body"} {
		slots[k] = "v"
	}
	for _, p := range []string{"P", "D", "O", "E", "J", "X", "R", "R2"} {
		for _, s := range []string{"", "s", "p", "poss", "obj"} {
			slots[p+s] = "v"
		}
	}
	for sec, lines := range tb.sections {
		for _, l := range lines {
			func() {
				defer func() {
					if e := recover(); e != nil {
						t.Errorf("[%s] %q: %v", sec, l, e)
					}
				}()
				expand(l, slots, r)
			}()
		}
	}
}

func BenchmarkGenerate(b *testing.B) {
	var size int64
	h := sha256.New()
	for b.Loop() {
		Generate(1, 100, func(_ string, d []byte) error {
			size += int64(len(d))
			h.Write(d)
			return nil
		})
	}
	b.SetBytes(size / int64(b.N))
}
