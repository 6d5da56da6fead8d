package loader

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"newsgraph/loader/corpus"
	"newsgraph/loader/document"
)

func loadAll(t *testing.T, paths []string, workers int) []Result {
	t.Helper()
	var rs []Result
	err := Load(context.Background(), paths, Options{Workers: workers}, func(r Result) error {
		rs = append(rs, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// The result does not depend on the number of workers: same documents, same
// facts, same (sorted) order.
func TestOrderAndFactsIndependentOfWorkers(t *testing.T) {
	dir := t.TempDir()
	if err := corpus.WriteDir(dir, 3, 60); err != nil {
		t.Fatal(err)
	}
	one := loadAll(t, []string{dir}, 1)
	four := loadAll(t, []string{dir}, 4)
	if len(one) != 60 || len(four) != 60 {
		t.Fatalf("got %d and %d results for 60 documents", len(one), len(four))
	}
	for i := range one {
		if one[i].Err != nil {
			t.Fatalf("%s: %v", one[i].Path, one[i].Err)
		}
		if !reflect.DeepEqual(one[i].Facts, four[i].Facts) {
			t.Fatalf("document %d (%s) differs between 1 and 4 workers", i, one[i].Path)
		}
		if i > 0 && one[i-1].Path >= one[i].Path {
			t.Fatalf("results out of order: %s before %s", one[i-1].Path, one[i].Path)
		}
	}
	events := 0
	for _, r := range one {
		events += len(r.Facts.Events)
	}
	if events == 0 {
		t.Error("60 generated news documents gave no events")
	}
}

func TestBadFilesAreResultsNotFailures(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("date 2022-02-02\n\nPeru urged Chile to act, minister Ana Ruiz said on Tuesday.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte{0xff, 0xfe, 0, 0, 1}, 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), nil, 0o644)
	rs := loadAll(t, []string{dir, filepath.Join(dir, "missing.txt")}, 2)
	if len(rs) != 4 {
		t.Fatalf("want 4 results, got %d", len(rs))
	}
	var bad []string
	for _, r := range rs {
		if r.Err != nil {
			bad = append(bad, filepath.Base(r.Path))
			var de *document.Error
			if !errors.As(r.Err, &de) && !errors.Is(r.Err, os.ErrNotExist) {
				t.Errorf("%s: unexpected error type %T: %v", r.Path, r.Err, r.Err)
			}
		}
	}
	if strings.Join(bad, ",") != "b.txt,c.txt,missing.txt" {
		t.Errorf("bad files: %v", bad)
	}
	if rs[0].Err != nil || rs[0].Facts.Doc.Date != "2022-02-02" {
		t.Errorf("good file: %+v", rs[0])
	}
}

// Two files with the same base name in different folders stay two documents.
func TestSameBaseNameStaysDistinct(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"x", "y"} {
		os.MkdirAll(filepath.Join(dir, sub), 0o755)
		os.WriteFile(filepath.Join(dir, sub, "report.txt"), []byte("Chile urged Peru to act on "+sub+".\n"), 0o644)
	}
	rs := loadAll(t, []string{dir}, 2)
	ids := map[string]bool{}
	for _, r := range rs {
		ids[r.Facts.Doc.IRI()] = true
	}
	if len(ids) != 2 {
		t.Errorf("two documents named report.txt share an identity: %v", ids)
	}
}

func TestStopsOnCallbackError(t *testing.T) {
	dir := t.TempDir()
	corpus.WriteDir(dir, 1, 40)
	stop := errors.New("stop")
	n := 0
	err := Load(context.Background(), []string{dir}, Options{Workers: 2}, func(r Result) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("err %v after %d results", err, n)
	}
}
