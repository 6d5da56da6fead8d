// Package loader turns documents into facts: it finds the documents
// (loader/source), reads each one (loader/document) and extracts its facts
// (loader/extract) on every core, and hands the results on in input order.
package loader

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"sync"

	"newsgraph/loader/document"
	"newsgraph/loader/extract"
	"newsgraph/loader/source"
	"newsgraph/schema"
)

// Result is one document's outcome: its facts, or why it could not be read.
type Result struct {
	Path  string
	Facts schema.DocFacts
	Err   error
}

// Options tune Load.
type Options struct {
	Workers   int               // extraction goroutines; 0 means GOMAXPROCS
	Extractor extract.Extractor // nil means extract.Default
}

// Load reads every document under paths and calls fn with each result, in
// the walk's (sorted, deterministic) order, from a single goroutine. Reading
// and extraction run on Workers goroutines; at most a few documents per
// worker are in memory at once. An error from fn stops the load and is returned.
func Load(ctx context.Context, paths []string, opt Options, fn func(Result) error) error {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ex := opt.Extractor
	if ex == nil {
		ex = extract.Default
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq  int
		item source.Item
	}
	type done struct {
		seq int
		res Result
	}
	window := make(chan struct{}, 4*workers) // documents in flight, bounds memory
	jobs := make(chan job)
	results := make(chan done)

	var walkErr error
	go func() {
		defer close(jobs)
		seq := 0
		walkErr = source.Walk(ctx, paths, func(it source.Item) error {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{seq, it}:
			case <-ctx.Done():
				return ctx.Err()
			}
			seq++
			return nil
		})
	}()

	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := process(ex, j.item)
				select {
				case results <- done{j.seq, r}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := map[int]Result{}
	next := 0
	seen := map[string]string{} // identifier -> path, to keep document identities distinct
	var fnErr error
	for d := range results {
		pending[d.seq] = d.res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if fnErr != nil {
				continue
			}
			if r.Err == nil {
				uniqueIdentifier(&r.Facts.Doc, seen)
			}
			if err := fn(r); err != nil {
				fnErr = err
				cancel()
			}
		}
	}
	if fnErr != nil {
		return fnErr
	}
	if walkErr != nil && walkErr != context.Canceled {
		return walkErr
	}
	return ctx.Err()
}

func process(ex extract.Extractor, it source.Item) (r Result) {
	r.Path = it.Path
	if it.Err != nil {
		r.Err = it.Err
		return r
	}
	doc, err := document.Parse(it.Path, it.Data)
	if err != nil {
		r.Err = err
		return r
	}
	r.Facts = ex.Extract(doc)
	return r
}

// uniqueIdentifier gives a document whose base name another document of the
// same build already has an identifier of its own, derived from its path.
func uniqueIdentifier(d *schema.DocumentInfo, seen map[string]string) {
	if p, ok := seen[d.Identifier]; ok && p != d.Path {
		sum := sha256.Sum256([]byte(d.Path))
		d.Identifier += "#" + hex.EncodeToString(sum[:4])
	}
	seen[d.Identifier] = d.Path
}
