package graph

import (
	"path/filepath"
	"testing"
)

// A bolt store written with NoSync holds the same quads after Close and a
// plain reopen as one written with a sync at every commit.
func TestNoSyncBuildReopens(t *testing.T) {
	dir := t.TempDir()
	write := func(path string, opts ...Option) []string {
		s, err := Open("bolt", path, true, opts...)
		if err != nil {
			t.Fatal(err)
		}
		writeABC(t, s)
		if err := s.Close(); err != nil {
			t.Fatalf("close (with the final sync): %v", err)
		}
		s, err = Open("bolt", path, false)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		return dump(t, s)
	}
	fast := write(filepath.Join(dir, "nosync"), NoSync())
	safe := write(filepath.Join(dir, "sync"))
	if len(fast) == 0 {
		t.Fatal("nothing written")
	}
	sameLines(t, "NoSync store", fast, safe)
}
