package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"newsgraph/graph"
	"newsgraph/loader"
	"newsgraph/loader/document"
	"newsgraph/schema"
)

type buildOptions struct {
	prune    bool
	workers  int
	batch    int
	quiet    bool
	progress bool
	memoryMB int
}

func newBuildCmd(sf *storeFlags) *cobra.Command {
	var o buildOptions
	cmd := &cobra.Command{
		Use:   "build PATH...",
		Short: "Read documents (files, folders, - for stdin), extract their facts and write them to the store",
		Long: `Read documents (.txt and .md files, folders recursively, - for stdin), extract
entities, relations and events, and write them to the store, creating it when absent.

Building is incremental: a document the store already holds unchanged is skipped,
a changed one has its old facts replaced in one transaction. A file that cannot be
read is reported on its own line and the others still load; the exit status is 1
when any file failed.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBuild(cmd, sf, args, o)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.prune, "prune", false, "remove documents the store holds that are not among PATHs")
	f.IntVar(&o.workers, "workers", 0, "extraction goroutines (default: all cores)")
	f.IntVar(&o.batch, "batch", graph.DefaultBatchQuads, "quads per write transaction")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print only errors")
	addMemoryLimitFlag(f, &o.memoryMB)
	o.progress = term.IsTerminal(int(os.Stderr.Fd()))
	return cmd
}

// buildSummary counts what one build read and wrote.
type buildSummary struct {
	read, failed int
	entities     map[schema.Class]map[string]bool
	relations    int
	events       map[schema.Class]int
}

func (s *buildSummary) add(f schema.DocFacts) {
	for _, e := range f.Entities {
		if s.entities[e.Class] == nil {
			s.entities[e.Class] = map[string]bool{}
		}
		s.entities[e.Class][e.Name] = true
	}
	s.relations += len(f.Relations)
	for _, e := range f.Events {
		s.events[e.Class]++
	}
}

func runBuild(cmd *cobra.Command, sf *storeFlags, paths []string, o buildOptions) error {
	start := time.Now()
	applyMemoryLimit(o.memoryMB)
	out, errw := cmd.OutOrStdout(), cmd.ErrOrStderr()
	st, err := openForBuild(sf.backend, sf.path, o.memoryMB)
	if err != nil {
		return err
	}
	defer st.Close()
	w := graph.NewWriter(st, graph.WriterOptions{BatchQuads: o.batch})

	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	sum := &buildSummary{entities: map[schema.Class]map[string]bool{}, events: map[schema.Class]int{}}
	keep := map[string]bool{}
	prog := newProgress(errw, o.progress && !o.quiet)
	if prog.on {
		prog.total = countDocuments(paths)
	}
	err = buildInto(ctx, w, paths, o.workers, func(r loader.Result) {
		prog.tick()
		if r.Err != nil {
			sum.failed++
			keep[document.Identifier(r.Path)] = true // a bad file never costs the facts it had
			prog.clear()
			fmt.Fprintf(errw, "newsgraph: %s\n", describe(r))
			return
		}
		sum.read++
		keep[r.Facts.Doc.Identifier] = true
		sum.add(r.Facts)
	})
	prog.clear()
	if err == nil && o.prune {
		_, err = w.Prune(keep)
	}
	if err != nil {
		return err
	}
	if !o.quiet {
		printSummary(out, st, sum, w.Stats(), time.Since(start))
	}
	if sum.failed > 0 {
		fmt.Fprintf(errw, "newsgraph: %d of %d documents could not be read\n", sum.failed, sum.failed+sum.read)
		return exitError{1}
	}
	return nil
}

// describe makes the one line that says which file failed and why.
func describe(r loader.Result) string {
	msg := r.Err.Error()
	if !strings.Contains(msg, r.Path) {
		msg = r.Path + ": " + msg
	}
	return msg
}

func printSummary(out io.Writer, st *graph.Store, s *buildSummary, ws graph.WriteStats, took time.Duration) {
	fmt.Fprintf(out, "store      %s (%s)\n", st.Path(), st.Backend())
	fmt.Fprintf(out, "documents  %d read: %d written, %d unchanged, %d removed, %d failed\n",
		s.read, ws.Written, ws.Unchanged, ws.Removed, s.failed)
	var parts []string
	total := 0
	for _, c := range schema.EntityClasses {
		if n := len(s.entities[c]); n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, c.Local()))
			total += n
		}
	}
	fmt.Fprintf(out, "entities   %d (%s)\n", total, strings.Join(parts, ", "))
	fmt.Fprintf(out, "relations  %d\n", s.relations)
	parts, total = nil, 0
	for _, c := range schema.EventClasses {
		if n := s.events[c]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, c.Local()))
			total += n
		}
	}
	fmt.Fprintf(out, "events     %d (%s)\n", total, strings.Join(parts, ", "))
	if ws.QuadsAdded == 0 && ws.QuadsDeleted == 0 {
		fmt.Fprintf(out, "quads      0 written: the store already holds these documents\n")
	} else {
		fmt.Fprintf(out, "quads      %d written, %d deleted\n", ws.QuadsAdded, ws.QuadsDeleted)
	}
	fmt.Fprintf(out, "time       %s\n", took.Round(time.Millisecond))
}

// progress shows documents done, the rate and the time left on a terminal,
// and nothing otherwise.
type progress struct {
	w     io.Writer
	on    bool
	n     int
	total int // documents expected, 0 if unknown
	start time.Time
	last  time.Time
}

func newProgress(w io.Writer, on bool) *progress {
	return &progress{w: w, on: on, start: time.Now()}
}

func (p *progress) tick() {
	p.n++
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	rate := float64(p.n) / time.Since(p.start).Seconds()
	if p.total > p.n && rate > 0 {
		eta := time.Duration(float64(p.total-p.n) / rate * float64(time.Second))
		fmt.Fprintf(p.w, "\r%d/%d documents, %.0f docs/s, %s left ", p.n, p.total, rate, eta.Round(time.Second))
		return
	}
	fmt.Fprintf(p.w, "\r%d documents, %.0f docs/s ", p.n, rate)
}

// countDocuments counts the files a build of paths will read, without
// reading them, for the progress line's estimate.
func countDocuments(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
			continue
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if path == p {
				n++
			} else if _, ok := document.ForExt(filepath.Ext(path)); ok && filepath.Ext(path) != "" && !strings.HasPrefix(d.Name(), ".") {
				n++
			}
			return nil
		})
	}
	return n
}

func (p *progress) clear() {
	if p.on && !p.last.IsZero() {
		fmt.Fprint(p.w, "\r\033[K")
		p.last = time.Time{}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
