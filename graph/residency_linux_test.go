package graph

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"newsgraph/schema"
)

// mappedRSSKB sums the resident kilobytes of this process's mappings of file
// (from /proc/self/smaps) and tells whether any mapping was found.
func mappedRSSKB(t *testing.T, file string) (int, bool) {
	t.Helper()
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip("no /proc/self/smaps:", err)
	}
	defer f.Close()
	total, found, in := 0, false, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":") {
			in = strings.HasSuffix(line, " "+abs)
			found = found || in
			continue
		}
		if in && fields[0] == "Rss:" && len(fields) >= 2 {
			n, _ := strconv.Atoi(fields[1])
			total += n
		}
	}
	return total, found
}

// After a write with ReleaseMapped, none of the bolt file's mapped pages
// stay resident in the process; without it they do. The store still reads
// and holds exactly what a store written without it holds.
func TestReleaseMappedPages(t *testing.T) {
	dir := t.TempDir()
	write := func(path string, opts ...Option) (int, []string) {
		s, err := Open("bolt", path, true, opts...)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		w := NewWriter(s, WriterOptions{BatchQuads: 10})
		put(t, w, docA(), docB(), docC())
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		rss, found := mappedRSSKB(t, boltFile(path))
		if !found {
			t.Fatalf("no mapping of %s in /proc/self/smaps", boltFile(path))
		}
		return rss, dump(t, s)
	}
	kept, plain := write(filepath.Join(dir, "plain"))
	released, lines := write(filepath.Join(dir, "released"), NoSync(), ReleaseMapped())
	if kept == 0 {
		t.Fatal("a store written without ReleaseMapped has no resident mapped pages: the check sees nothing")
	}
	if released != 0 {
		t.Errorf("after a write with ReleaseMapped %d kB of the store file stay resident, want 0", released)
	}
	sameLines(t, "store written with ReleaseMapped", lines, plain)
}

// Under a mapped-memory budget the writer halves its batch while commits map
// more of the store file than the budget, down to minBatchQuads, and keeps
// its batch when they stay under it.
func TestMappedBudgetShrinksBatch(t *testing.T) {
	for _, c := range []struct {
		budget int64
		shrink bool
	}{{1, true}, {1 << 40, false}} {
		s, err := Open("bolt", filepath.Join(t.TempDir(), "db"), true, NoSync(), ReleaseMapped())
		if err != nil {
			t.Fatal(err)
		}
		w := NewWriter(s, WriterOptions{BatchQuads: 4 * minBatchQuads, MappedBudget: c.budget})
		for _, d := range []func() schema.DocFacts{docA, docB, docC} {
			put(t, w, d())
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
		}
		got := w.Batch()
		s.Close()
		if c.shrink && got != minBatchQuads {
			t.Errorf("budget %d bytes: batch %d after three commits, want %d", c.budget, got, minBatchQuads)
		}
		if !c.shrink && got != 4*minBatchQuads {
			t.Errorf("budget %d bytes: batch %d, want it kept at %d", c.budget, got, 4*minBatchQuads)
		}
	}
}

// The batch grows back once commits map well under the budget.
func TestMappedBudgetGrowsBack(t *testing.T) {
	w := &Writer{opt: WriterOptions{BatchQuads: 20000, MappedBudget: 300}, batch: minBatchQuads}
	w.adaptBatch(500)
	if w.batch != minBatchQuads {
		t.Fatalf("over budget at the minimum: batch %d", w.batch)
	}
	w.adaptBatch(-1)
	if w.batch != minBatchQuads {
		t.Fatalf("not measured: batch changed to %d", w.batch)
	}
	for i := 0; i < 20; i++ {
		w.adaptBatch(10)
	}
	if w.batch != 20000 {
		t.Errorf("after many small commits: batch %d, want BatchQuads 20000", w.batch)
	}
}
