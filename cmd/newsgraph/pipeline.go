package main

import (
	"context"

	"newsgraph/graph"
	"newsgraph/loader"
	"newsgraph/schema"
)

// writeQueue bounds the documents extracted but not yet written: enough to
// keep the extraction workers busy while the writer commits a batch.
const writeQueue = 256

// buildInto extracts the documents under paths on every core and writes
// their facts with w from one goroutine, so that extraction and writing
// overlap. onResult sees every result (good or bad) in input order before
// it is queued for writing.
func buildInto(ctx context.Context, w *graph.Writer, paths []string, workers int, onResult func(loader.Result)) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	queue := make(chan schema.DocFacts, writeQueue)
	written := make(chan error, 1)
	go func() {
		var err error
		for f := range queue {
			if err != nil {
				continue // drain
			}
			if _, err = w.Put(f); err != nil {
				cancel()
			}
		}
		written <- err
	}()
	err := loader.Load(ctx, paths, loader.Options{Workers: workers}, func(r loader.Result) error {
		onResult(r)
		if r.Err != nil {
			return nil
		}
		select {
		case queue <- r.Facts:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(queue)
	if werr := <-written; werr != nil {
		return werr
	}
	if err != nil {
		return err
	}
	return w.Flush()
}
