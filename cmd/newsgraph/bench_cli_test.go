package main

import (
	"regexp"
	"strconv"
	"testing"
)

// bench on a small generated corpus reports every figure it promises: the
// extraction rate, the build, Cayley's own load of the same quads and the
// ratio, and the build's and Cayley's memory; the two loads hold the same
// number of quads.
func TestBenchReportsItsFigures(t *testing.T) {
	out := mustNG(t, t.TempDir(), "", "bench", "--docs", "40")
	for _, want := range []string{
		`(?m)^extract +40 docs in \S+: \d+ docs/s, [\d.]+ MB/s, \d+ docs/s per core$`,
		`(?m)^build +40 docs, (\d+) quads in \S+: \d+ docs/s, \d+ quads/s$`,
		`(?m)^cayley +(\d+) quads in \S+: \d+ quads/s`,
		`(?m)^ratio +build is [\d.]+x Cayley's bulk load`,
		`(?m)^build RSS +peak \d+ MB: newsgraph's own memory \(anonymous\) peak \d+ MB, the store's memory-mapped file pages peak \d+ MB$`,
		`(?m)^cayley RSS peak \d+ MB`,
	} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("bench output lacks %s:\n%s", want, out)
		}
	}
	built := regexp.MustCompile(`(?m)^build +40 docs, (\d+) quads`).FindStringSubmatch(out)
	loaded := regexp.MustCompile(`(?m)^cayley +(\d+) quads`).FindStringSubmatch(out)
	if built == nil || loaded == nil {
		return
	}
	b, _ := strconv.Atoi(built[1])
	l, _ := strconv.Atoi(loaded[1])
	if b == 0 || b != l {
		t.Errorf("build wrote %d quads, Cayley loaded %d: want the same, non-zero", b, l)
	}
}
