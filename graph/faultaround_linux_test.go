//go:build linux && (amd64 || arm64)

package graph

import (
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

// mappedFile maps a fresh, cached file of n pages the way bolt maps its
// store (opened read-write, mapped read-only and shared).
func mappedFile(t *testing.T, pages int) (string, []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pages")
	size := pages * os.Getpagesize()
	data := make([]byte, size)
	for i := range data {
		data[i] = byte(i)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Munmap(m) })
	return path, m
}

// readSink keeps a read of a mapping from being optimised away.
var readSink byte

// Reading one page of a mapping covered by faultAroundOff makes that page
// resident and no other; without it the kernel maps its cached neighbours
// too.
func TestFaultAroundOff(t *testing.T) {
	page := os.Getpagesize()
	touch := func(cover bool) int {
		path, m := mappedFile(t, 64)
		if cover {
			fa := newFaultAroundOff()
			if fa == nil {
				t.Skip("this kernel cannot turn fault-around off (userfaultfd asynchronous write-protect needs Linux 6.7)")
			}
			defer fa.close()
			spans, err := mappingsOf(path)
			if err != nil || len(spans) != 1 {
				t.Fatalf("mappings of %s: %v, %v", path, spans, err)
			}
			fa.cover(spans)
			if len(fa.done) != 1 {
				t.Fatalf("the mapping of %s was not registered", path)
			}
		}
		readSink = m[32*page] // one read in the middle of the file
		rss, found := mappedRSSKB(t, path)
		if !found {
			t.Fatalf("no mapping of %s", path)
		}
		return rss
	}
	around := touch(false)
	if around <= page>>10 {
		t.Skipf("fault-around is already off on this system (one read made %d kB resident)", around)
	}
	if got := touch(true); got != page>>10 {
		t.Errorf("one read of a covered mapping made %d kB resident, want %d kB (one page; %d kB uncovered)", got, page>>10, around)
	}
}

// A store opened with ReleaseMapped has fault-around off on its mapping,
// also on the bigger mapping bolt makes when a commit grows the file.
func TestReleaseMappedTurnsFaultAroundOff(t *testing.T) {
	if fa := newFaultAroundOff(); fa == nil {
		t.Skip("this kernel cannot turn fault-around off")
	} else {
		fa.close()
	}
	path := filepath.Join(t.TempDir(), "db")
	s, err := Open("bolt", path, true, NoSync(), ReleaseMapped(1<<30))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	registered := func(when string) {
		t.Helper()
		maps := smapsOf(t, boltFile(path))
		if len(maps) == 0 {
			t.Fatalf("%s: no mapping of the store file", when)
		}
		for _, m := range maps {
			if !slices.Contains(m.flags, "uw") {
				t.Errorf("%s: the store file's mapping is not registered for write-protect tracking (VmFlags %v)", when, m.flags)
			}
		}
	}
	registered("after open")
	before, err := os.Stat(boltFile(path))
	if err != nil {
		t.Fatal(err)
	}
	writeABC(t, s)
	after, err := os.Stat(boltFile(path))
	if err != nil {
		t.Fatal(err)
	}
	if after.Size() <= before.Size() {
		t.Fatalf("the store file did not grow (%d bytes, then %d): no remap to check", before.Size(), after.Size())
	}
	registered("after commits that grew the file")
}
