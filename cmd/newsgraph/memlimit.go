package main

import (
	"os"
	"runtime/debug"

	"github.com/spf13/pflag"
)

// defaultMemoryLimitMB is the soft limit on the Go heap of a build. A bolt
// write transaction holds every B+tree node it touched until it commits, and
// the bigger the store the more distinct nodes a batch touches, so with the
// collector's default pacing (collect when the heap doubles) a build's memory
// grows with the store. Under a soft limit the collector runs sooner as the
// heap nears it, which bounds resident memory at little cost in time: what a
// build really keeps live stays far below it (heap profile: about 140 MB at
// 30,000 documents, most of it bolt's dirty nodes of the open transaction).
const defaultMemoryLimitMB = 400

// addMemoryLimitFlag registers --memory-limit on a command that writes a store.
func addMemoryLimitFlag(f *pflag.FlagSet, mb *int) {
	f.IntVar(mb, "memory-limit", defaultMemoryLimitMB,
		"soft limit on the heap in MB (the Go collector works harder near it; 0 = none; GOMEMLIMIT overrides)")
}

// applyMemoryLimit sets the soft heap limit unless GOMEMLIMIT already does.
func applyMemoryLimit(mb int) {
	if mb <= 0 || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(int64(mb) << 20)
}
