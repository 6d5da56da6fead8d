package graph

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsgraph/schema"
)

// smapsEntry is what /proc/self/smaps tells of one mapping.
type smapsEntry struct {
	rssKB int
	flags []string // VmFlags
}

// smapsOf returns this process's mappings of file, from /proc/self/smaps.
func smapsOf(t *testing.T, file string) []smapsEntry {
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
	var out []smapsEntry
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":") {
			in = strings.HasSuffix(line, " "+abs)
			if in {
				out = append(out, smapsEntry{})
			}
			continue
		}
		if !in {
			continue
		}
		switch e := &out[len(out)-1]; fields[0] {
		case "Rss:":
			if len(fields) >= 2 {
				e.rssKB, _ = strconv.Atoi(fields[1])
			}
		case "VmFlags:":
			e.flags = fields[1:]
		}
	}
	return out
}

// mappedRSSKB sums the resident kilobytes of this process's mappings of file
// and tells whether any mapping was found.
func mappedRSSKB(t *testing.T, file string) (int, bool) {
	t.Helper()
	total := 0
	maps := smapsOf(t, file)
	for _, m := range maps {
		total += m.rssKB
	}
	return total, len(maps) > 0
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
		writeABC(t, s)
		rss, found := mappedRSSKB(t, boltFile(path))
		if !found {
			t.Fatalf("no mapping of %s in /proc/self/smaps", boltFile(path))
		}
		return rss, dump(t, s)
	}
	kept, plain := write(filepath.Join(dir, "plain"))
	released, lines := write(filepath.Join(dir, "released"), NoSync(), ReleaseMapped(0))
	if kept == 0 {
		t.Fatal("a store written without ReleaseMapped has no resident mapped pages: the check sees nothing")
	}
	if released != 0 {
		t.Errorf("after a write with ReleaseMapped %d kB of the store file stay resident, want 0", released)
	}
	sameLines(t, "store written with ReleaseMapped", lines, plain)
}

// Under a budget, the store file's pages stay resident up to it: a commit
// that leaves more resident releases them, one that leaves fewer keeps them
// (the next transaction reads many of the same pages). Under a resident
// limit as well, the budget grows to what the anonymous memory leaves of it.
func TestReleaseMappedBudget(t *testing.T) {
	for _, c := range []struct {
		budget, limit int64
		kept          bool
	}{
		{1, 0, false},
		{1 << 40, 0, true},
		{1, 1 << 40, true},  // the limit leaves room
		{1, 1 << 20, false}, // the heap alone is over the limit
	} {
		path := filepath.Join(t.TempDir(), "db")
		s, err := Open("bolt", path, true, NoSync(), ReleaseMapped(c.budget), ResidentLimit(c.limit))
		if err != nil {
			t.Fatal(err)
		}
		w := NewWriter(s, WriterOptions{})
		for _, d := range []func() schema.DocFacts{docA, docB, docC} {
			put(t, w, d())
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
		}
		rss, _ := mappedRSSKB(t, boltFile(path))
		s.Close()
		if c.kept && rss == 0 {
			t.Errorf("budget %d bytes, limit %d: no page of the store file resident after the commits, want them kept", c.budget, c.limit)
		}
		if !c.kept && int64(rss)<<10 > c.budget {
			t.Errorf("budget %d bytes, limit %d: %d kB of the store file resident after the commits", c.budget, c.limit, rss)
		}
	}
}

// The watcher releases pages mapped by reads too, with no commit to trigger
// it, within a few of its periods.
func TestReleaseMappedWatcher(t *testing.T) {
	path := filepath.Join(t.TempDir(), "db")
	s, err := Open("bolt", path, true, NoSync(), ReleaseMapped(1))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	writeABC(t, s)
	before := dump(t, s) // reads every quad through the mapping
	deadline := time.Now().Add(2 * time.Second)
	for {
		rss, found := mappedRSSKB(t, boltFile(path))
		if !found {
			t.Fatal("no mapping of the store file")
		}
		if rss == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d kB of the store file still resident 2 s after reading it", rss)
		}
		time.Sleep(releaseEvery)
	}
	sameLines(t, "store after its pages were released", dump(t, s), before)
}
