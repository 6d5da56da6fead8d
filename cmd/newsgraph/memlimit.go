package main

import (
	"os"
	"runtime/debug"

	"github.com/spf13/pflag"
)

// defaultMemoryLimitMB is the memory a build aims to stay within: its
// resident set, the Go heap and the store file's pages it maps together.
//
// Two things grow with the store rather than with what the build holds. A
// bolt write transaction keeps every B+tree node it touched in the heap until
// it commits, and with the collector's default pacing (collect when the heap
// doubles) that shows as resident memory; under a soft heap limit the
// collector runs sooner instead. And a transaction reads pages all over the
// store file through bolt's memory mapping, more distinct ones the bigger the
// store: they are released whenever more than their share is resident
// (graph.ReleaseMapped).
const defaultMemoryLimitMB = 560

// addMemoryLimitFlag registers --memory-limit on a command that writes a store.
func addMemoryLimitFlag(f *pflag.FlagSet, mb *int) {
	f.IntVar(mb, "memory-limit", defaultMemoryLimitMB,
		"memory in MB the build aims to stay within: 60% soft heap limit (GOMEMLIMIT overrides); the store file's pages mapped in memory get 10%, or what the build's own memory leaves of 85% if that is more (released whenever over); 0 = no limit")
}

// applyMemoryLimit sets the soft heap limit (60% of mb) unless GOMEMLIMIT
// already sets one.
func applyMemoryLimit(mb int) {
	if mb <= 0 || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(int64(mb) << 20 * 6 / 10)
}

// mappedBudget is the share of mb the store file's pages mapped in memory
// may always take (0: no budget).
func mappedBudget(mb int) int64 {
	if mb <= 0 {
		return 0
	}
	return int64(mb) << 20 * 10 / 100
}

// residentLimit is the share of mb those pages and the build's anonymous
// memory may take together: the pages get what the heap leaves of it when
// that is more than mappedBudget (0: no limit).
func residentLimit(mb int) int64 {
	if mb <= 0 {
		return 0
	}
	return int64(mb) << 20 * 85 / 100
}
