package main

import (
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"newsgraph/loader/corpus"
)

// kill -9 in the middle of a large build, then the same build again: the
// store equals a clean build's.
func TestKillDuringBuildThenRebuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a generated corpus three times")
	}
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	if err := corpus.WriteDir(docs, 7, 1500); err != nil {
		t.Fatal(err)
	}
	crashed := filepath.Join(dir, "crashed")
	cmd := exec.Command(ngBin, "build", "--batch", "3000", "-q", "--dbpath", crashed, docs)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(700 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGKILL)
	err := cmd.Wait()
	if err == nil {
		t.Log("the build finished before it could be killed; the rebuild check still runs")
	}
	mustNG(t, dir, "", "build", "-q", "--dbpath", crashed, docs)
	got := mustNG(t, dir, "", "export", "--dbpath", crashed)

	clean := filepath.Join(dir, "clean")
	mustNG(t, dir, "", "build", "-q", "--dbpath", clean, docs)
	want := mustNG(t, dir, "", "export", "--dbpath", clean)
	if got != want {
		t.Errorf("store after kill -9 and rebuild differs from a clean build (%d vs %d bytes)", len(got), len(want))
	}
}
