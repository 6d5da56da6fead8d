package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"newsgraph/graph"
	"newsgraph/loader"
	"newsgraph/loader/corpus"
)

func newBenchCmd() *cobra.Command {
	var docs, workers, batch, memoryMB int
	var seed int64
	var backend, dir string
	cmd := &cobra.Command{
		Use:   "bench [--docs N]",
		Short: "Measure extraction and build speed on a generated corpus, against Cayley's own bulk load",
		Long: `Generate N synthetic news documents (deterministic for a seed), then measure:
  1. extraction alone: docs/s and MB/s (and per core);
  2. an end-to-end build into a new store of the chosen backend: docs/s, quads/s;
  3. the same quads loaded by Cayley's own bulk loader (quad writer, batches of
     10,000, ignoring duplicates: what 'cayley load' does) into the same backend;
and report peak RSS and the build/Cayley ratio.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			applyMemoryLimit(memoryMB)
			return runBench(cmd.Context(), cmd.OutOrStdout(), benchConfig{docs, workers, batch, memoryMB, seed, backend, dir})
		},
	}
	f := cmd.Flags()
	f.IntVar(&docs, "docs", 2000, "documents to generate")
	f.Int64Var(&seed, "seed", 1, "corpus seed")
	f.IntVar(&workers, "workers", 0, "extraction goroutines (default: all cores)")
	f.IntVar(&batch, "batch", graph.DefaultBatchQuads, "quads per write transaction")
	f.StringVar(&backend, "backend", "bolt", "backend to build into (a file backend: bolt, bbolt, leveldb)")
	f.StringVar(&dir, "dir", "", "work directory (default: a temporary one, removed afterwards)")
	addMemoryLimitFlag(f, &memoryMB)
	return cmd
}

type benchConfig struct {
	docs, workers, batch int
	memoryMB             int
	seed                 int64
	backend, dir         string
}

func runBench(ctx context.Context, out io.Writer, c benchConfig) error {
	dir := c.dir
	if dir == "" {
		d, err := os.MkdirTemp("", "newsgraph-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	docsDir := filepath.Join(dir, "docs")
	if err := corpus.WriteDir(docsDir, c.seed, c.docs); err != nil {
		return err
	}
	var bytes int64
	filepath.WalkDir(docsDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				bytes += fi.Size()
			}
		}
		return nil
	})
	workers := c.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	fmt.Fprintf(out, "corpus     %d documents, %.1f MB (seed %d), %d workers, backend %s\n", c.docs, float64(bytes)/1e6, c.seed, workers, c.backend)

	// 1. Extraction alone; the quads are kept for Cayley's own load.
	nqPath := filepath.Join(dir, "facts.nq")
	nqFile, err := os.Create(nqPath)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(nqFile, 1<<20)
	start := time.Now()
	n := 0
	err = loader.Load(ctx, []string{docsDir}, loader.Options{Workers: workers}, func(r loader.Result) error {
		if r.Err != nil {
			return r.Err
		}
		n++
		return nil
	})
	if err != nil {
		return err
	}
	ext := time.Since(start)
	fmt.Fprintf(out, "extract    %d docs in %s: %.0f docs/s, %.2f MB/s, %.0f docs/s per core\n",
		n, ext.Round(time.Millisecond), float64(n)/ext.Seconds(), float64(bytes)/1e6/ext.Seconds(), float64(n)/ext.Seconds()/float64(workers))

	// 2. End-to-end build into a new store.
	st, err := openForBuild(c.backend, filepath.Join(dir, "build.db"), c.memoryMB)
	if err != nil {
		return err
	}
	w := graph.NewWriter(st, graph.WriterOptions{BatchQuads: c.batch})
	qw := nquads.NewWriter(bw)
	mem := startMemSampler()
	start = time.Now()
	var readErr error
	err = buildInto(ctx, w, []string{docsDir}, workers, func(r loader.Result) {
		if r.Err != nil && readErr == nil {
			readErr = r.Err
		}
	})
	if err == nil {
		err = readErr
	}
	build := time.Since(start)
	st.Close()
	mem.Stop()
	if err != nil {
		return err
	}
	quads := w.Stats().QuadsAdded
	fmt.Fprintf(out, "build      %d docs, %d quads in %s: %.0f docs/s, %.0f quads/s\n",
		n, quads, build.Round(time.Millisecond), float64(n)/build.Seconds(), float64(quads)/build.Seconds())

	// The same quads, for Cayley's loader (written outside the timed build).
	err = loader.Load(ctx, []string{docsDir}, loader.Options{Workers: workers}, func(r loader.Result) error {
		if r.Err != nil {
			return r.Err
		}
		_, err := qw.WriteQuads(graph.Quads(r.Facts))
		return err
	})
	if err == nil {
		err = bw.Flush()
	}
	nqFile.Close()
	if err != nil {
		return err
	}

	// 3. Cayley's own bulk load of those quads into the same backend.
	cmem := startMemSampler()
	cayleyTime, cayleyQuads, err := cayleyLoad(c.backend, filepath.Join(dir, "cayley.db"), nqPath)
	cmem.Stop()
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "cayley     %d quads in %s: %.0f quads/s (Cayley's quad writer, batch 10000)\n",
		cayleyQuads, cayleyTime.Round(time.Millisecond), float64(cayleyQuads)/cayleyTime.Seconds())
	fmt.Fprintf(out, "ratio      build is %.2fx Cayley's bulk load (end-to-end, extraction included)\n", cayleyTime.Seconds()/build.Seconds())
	fmt.Fprintf(out, "build RSS  peak %.0f MB: newsgraph's own memory (anonymous) peak %.0f MB, the store's memory-mapped file pages peak %.0f MB\n", mem.total, mem.anon, mem.file)
	fmt.Fprintf(out, "cayley RSS peak %.0f MB (anonymous %.0f MB, file pages %.0f MB); whole run's peak RSS %.0f MB\n", cmem.total, cmem.anon, cmem.file, peakRSSMB())
	return nil
}

// cayleyLoad loads an N-Quads file the way `cayley load` does.
func cayleyLoad(backend, path, nqPath string) (time.Duration, int, error) {
	st, err := graph.Open(backend, path, true)
	if err != nil {
		return 0, 0, err
	}
	defer st.Close()
	f, err := os.Open(nqPath)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	start := time.Now()
	qw, err := cgraph.NewQuadWriter("single", st.QuadStore(), cgraph.Options{"ignore_duplicate": true})
	if err != nil {
		return 0, 0, err
	}
	bw := cgraph.NewWriter(qw)
	r := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	n, err := quad.CopyBatch(bw, r, 10000)
	if err == nil {
		err = bw.Close()
	}
	qw.Close()
	return time.Since(start), n, err
}

// peakRSSMB is the process's peak resident set size so far.
func peakRSSMB() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // kilobytes on Linux
}

// memSampler tracks the peak of the process's anonymous memory (heap,
// stacks: what newsgraph itself holds) apart from the file pages of a
// memory-mapped store (bolt maps its whole file; those pages are the
// kernel's cache and count in RSS).
type memSampler struct {
	stop       chan struct{}
	done       chan struct{}
	anon, file float64 // peaks, MB
	total      float64 // peak of anon+file, MB
}

func startMemSampler() *memSampler {
	m := &memSampler{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(m.done)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			anon, file := readRSS()
			if anon > m.anon {
				m.anon = anon
			}
			if file > m.file {
				m.file = file
			}
			if anon+file > m.total {
				m.total = anon + file
			}
			select {
			case <-m.stop:
				return
			case <-t.C:
			}
		}
	}()
	return m
}

func (m *memSampler) Stop() { close(m.stop); <-m.done }

// readRSS reads RssAnon and RssFile (MB) from /proc/self/status.
func readRSS() (anon, file float64) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		var kb float64
		if n, _ := fmt.Sscanf(line, "RssAnon: %f kB", &kb); n == 1 {
			anon = kb / 1024
		} else if n, _ := fmt.Sscanf(line, "RssFile: %f kB", &kb); n == 1 {
			file = kb / 1024
		}
	}
	return anon, file
}
