package graph

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
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
