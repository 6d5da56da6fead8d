package entities

import (
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"newsgraph/loader/corpus"
	"newsgraph/loader/document"
	"newsgraph/loader/text"
)

// A document state taken from the pool after other documents gives the
// same annotations as a fresh one.
func TestAnnotateReusedState(t *testing.T) {
	docs := sampleDocuments(t)
	if len(docs) < 2 {
		t.Skip("no sample documents")
	}
	if err := corpus.Generate(7, 40, func(name string, data []byte) error {
		d, err := document.Parse(name, data)
		docs = append(docs, d)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	docs = append(docs, docOf("Acme Corp Names New Chief", "Acme Corp named Jane Doe chief executive on Monday. She said the company would grow."))
	run := func(d *document.Document) *text.Annotated {
		a := text.Segment(d)
		Annotate(a)
		return a
	}
	first := make([]*text.Annotated, len(docs))
	for i, d := range docs {
		first[i] = run(d)
	}
	for round := 0; round < 2; round++ {
		for i := len(docs) - 1; i >= 0; i-- {
			if got := run(docs[i]); !reflect.DeepEqual(got, first[i]) {
				t.Errorf("round %d, document %d: annotations differ after reusing a state", round, i)
			}
		}
	}
	// and from several goroutines at once, as extraction workers run
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += 2 {
				if got := run(docs[i]); !reflect.DeepEqual(got, first[i]) {
					t.Errorf("worker %d, document %d: annotations differ", w, i)
				}
			}
		}()
	}
	wg.Wait()
}

func TestRuneCounter(t *testing.T) {
	texts := []string{
		"",
		"plain ASCII text. Two sentences.",
		"“Curly quotes” — and accents: François, Zürich; 中文 too.",
		"bad \xff\xfe bytes \xe2\x80 cut and \xe2\x80\x9d whole",
	}
	for _, s := range texts {
		var rc runeCounter
		// offsets out of order and repeated, as relations ask for them
		for _, x := range []int{len(s), 0, len(s) / 2, len(s) / 3, len(s) / 2, 1, len(s) - 1, 5, 7, 6} {
			if x < 0 || x > len(s) {
				continue
			}
			if got, want := rc.count(s, x), utf8.RuneCountInString(s[:x]); got != want {
				t.Errorf("%q: count(%d) = %d, want %d", s, x, got, want)
			}
		}
	}
}

func TestLowerASCII(t *testing.T) {
	for _, s := range []string{"", "ABC", "Hello, World", "ÉCOLE Zürich ÄB", "already lower"} {
		want := []byte(s)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := lowerASCII(s); got != string(want) {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestFieldCount(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "a\tb\nc", "non\u00a0breaking", "x\u2003y", "\xff z"} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// mayStartLower is only a shortcut: a word it rejects starts no pronoun,
// government body phrase or title.
func TestMayStartLower(t *testing.T) {
	w := words()
	var cands []string
	for _, name := range []string{"data/common.txt", "data/timewords.txt", "data/portfolio.txt", "data/adminwords.txt", "data/nationality.txt"} {
		for _, f := range lines(name) {
			cands = append(cands, strings.ToLower(strings.TrimSpace(f[0])))
		}
	}
	for t := range w.titles {
		cands = append(cands, t, t+"s", t+"es", "vice-"+t, firstOfPhrase(t)+"x")
	}
	for g := range w.govSurface {
		cands = append(cands, firstOfPhrase(g), g)
	}
	cands = append(cands, "spokesprson", "spokeman", "minister", "ministry", "them", "ours")
	for _, c := range cands {
		if c == "" || w.mayStartLower(c) {
			continue
		}
		if _, ok := w.titleOf(c); ok || pronounWords[c] || w.govFirst[firstOfPhrase(c)] || w.portfolio[c] || w.titleFirst[firstOfPhrase(c)] > 0 || w.spokesTypo(c) {
			t.Errorf("mayStartLower(%q) = false, but it starts a phrase", c)
		}
	}
}

// The document's lookup, with its remembered country and capital answers,
// answers as the package's lookup does, asked once or again.
func TestDocLookup(t *testing.T) {
	d := newDocState(text.Segment(docOf("", "China and Canada met in Ottawa.")))
	defer d.release()
	for round := 0; round < 2; round++ {
		for _, s := range []string{"China", "CHINA", "Chinese", "Beijing", "BEIJING", "Ottawa", "United States", "the United States", "Huawei", "Acme", "", "Foreign Ministry"} {
			gk, gok := d.lookup(s)
			wk, wok := lookup(s)
			if gk != wk || gok != wok {
				t.Errorf("round %d: d.lookup(%q) = %v %v, want %v %v", round, s, gk, gok, wk, wok)
			}
		}
	}
}
