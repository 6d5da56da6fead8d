package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

// DefaultBatchQuads is the number of buffered quad changes at which a
// Writer flushes by itself.
const DefaultBatchQuads = 10000

// WriterOptions tune a Writer.
type WriterOptions struct {
	// BatchQuads: flush once this many quad additions and deletions are
	// buffered (DefaultBatchQuads if <= 0). A document is never split.
	BatchQuads int
}

// DocResult is what Put or Remove did with one document.
type DocResult struct {
	Identifier string
	Unchanged  bool // the store already holds this version: nothing to do
	Added      int  // quads to add
	Deleted    int  // quads to delete
}

// WriteStats counts what a Writer has flushed so far.
type WriteStats struct {
	Written      int // documents added or replaced
	Unchanged    int // documents skipped because the store had them
	Removed      int // documents removed
	QuadsAdded   int
	QuadsDeleted int
}

// Writer writes documents' facts into a store. It is the only writer of the
// store while it is in use, and not safe for concurrent use. Changes are
// buffered and applied in batches; all changes of one document go into the
// same transaction.
type Writer struct {
	s       *Store
	batch   int
	pending map[quad.IRI]*pendingDoc
	order   []quad.IRI // documents in the order first buffered
	size    int        // buffered additions + deletions
	stats   WriteStats
}

type pendingDoc struct {
	identifier string
	remove     bool
	add, del   []quad.Quad
}

// NewWriter returns a Writer on s.
func NewWriter(s *Store, opt WriterOptions) *Writer {
	if opt.BatchQuads <= 0 {
		opt.BatchQuads = DefaultBatchQuads
	}
	return &Writer{s: s, batch: opt.BatchQuads, pending: make(map[quad.IRI]*pendingDoc)}
}

// Put buffers the facts of one document. If the store already holds the
// document with the same content hash it is left alone. Otherwise the
// quads the store holds for it and the new ones are compared: only the
// differences are buffered. A document buffered twice before a flush
// takes its later version.
func (w *Writer) Put(f schema.DocFacts) (DocResult, error) {
	label := quad.IRI(f.Doc.IRI())
	res := DocResult{Identifier: f.Doc.Identifier}
	hash, version, found, err := w.s.docHash(label)
	if err != nil {
		return res, err
	}
	if found && f.Doc.Hash != "" && hash == f.Doc.Hash && version == schema.FactsLayout {
		w.drop(label)
		res.Unchanged = true
		w.stats.Unchanged++
		return res, nil
	}
	var old []quad.Quad
	if found {
		if old, err = w.s.labelled(label); err != nil {
			return res, err
		}
	}
	add, del := diff(old, Quads(f))
	w.buffer(label, &pendingDoc{identifier: f.Doc.Identifier, add: add, del: del})
	res.Added, res.Deleted = len(add), len(del)
	return res, w.maybeFlush()
}

// Remove buffers the removal of every quad of the document with this
// identifier. Removing a document the store does not hold does nothing.
func (w *Writer) Remove(identifier string) (DocResult, error) {
	label := quad.IRI(schema.DocumentIRI(identifier))
	res := DocResult{Identifier: identifier}
	old, err := w.s.labelled(label)
	if err != nil {
		return res, err
	}
	w.buffer(label, &pendingDoc{identifier: identifier, remove: true, del: old})
	res.Deleted = len(old)
	return res, w.maybeFlush()
}

// Prune flushes, then removes every document of the store whose identifier
// is not in keep, and flushes again. It returns the identifiers removed.
func (w *Writer) Prune(keep map[string]bool) ([]string, error) {
	if err := w.Flush(); err != nil {
		return nil, err
	}
	docs, err := w.s.Documents()
	if err != nil {
		return nil, err
	}
	var gone []string
	for _, id := range sortedKeys(docs) {
		if keep[id] {
			continue
		}
		if _, err := w.Remove(id); err != nil {
			return gone, err
		}
		gone = append(gone, id)
	}
	return gone, w.Flush()
}

// Flush applies every buffered change in one transaction.
func (w *Writer) Flush() error {
	if len(w.order) == 0 {
		return nil
	}
	deltas := make([]cgraph.Delta, 0, w.size)
	for _, label := range w.order {
		p := w.pending[label]
		for _, q := range p.del {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		for _, q := range p.add {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	if err := w.s.apply(deltas); err != nil {
		return fmt.Errorf("writing %d documents to the %s store: %w", len(w.order), w.s.backend, err)
	}
	if w.s.release != nil {
		w.s.release.committed()
	}
	for _, label := range w.order {
		p := w.pending[label]
		switch {
		case !p.remove:
			w.stats.Written++
		case len(p.del) > 0:
			w.stats.Removed++
		}
		w.stats.QuadsAdded += len(p.add)
		w.stats.QuadsDeleted += len(p.del)
	}
	w.pending = make(map[quad.IRI]*pendingDoc)
	w.order = w.order[:0]
	w.size = 0
	return nil
}

// Close flushes what is buffered. It does not close the store.
func (w *Writer) Close() error { return w.Flush() }

// Stats returns what has been flushed so far (and the unchanged documents seen).
func (w *Writer) Stats() WriteStats { return w.stats }

func (w *Writer) buffer(label quad.IRI, p *pendingDoc) {
	if old, ok := w.pending[label]; ok {
		w.size -= len(old.add) + len(old.del)
	} else {
		w.order = append(w.order, label)
	}
	w.pending[label] = p
	w.size += len(p.add) + len(p.del)
}

// drop forgets a buffered version of a document.
func (w *Writer) drop(label quad.IRI) {
	old, ok := w.pending[label]
	if !ok {
		return
	}
	w.size -= len(old.add) + len(old.del)
	delete(w.pending, label)
	for i, l := range w.order {
		if l == label {
			w.order = append(w.order[:i], w.order[i+1:]...)
			break
		}
	}
}

func (w *Writer) maybeFlush() error {
	if w.size >= w.batch {
		return w.Flush()
	}
	return nil
}

// diff returns the quads only in new (to add) and only in old (to delete).
func diff(old, new []quad.Quad) (add, del []quad.Quad) {
	had := make(map[quad.Quad]bool, len(old))
	for _, q := range old {
		had[q] = true
	}
	has := make(map[quad.Quad]bool, len(new))
	for _, q := range new {
		has[q] = true
		if !had[q] {
			add = append(add, q)
		}
	}
	for _, q := range old {
		if !has[q] {
			del = append(del, q)
			has[q] = true // once only
		}
	}
	return add, del
}

// docHash returns the content hash and facts version the store holds for
// the document node.
func (s *Store) docHash(label quad.IRI) (hash, version string, found bool, err error) {
	ref := s.qs.ValueOf(label)
	if ref == nil {
		return "", "", false, nil
	}
	ctx := context.Background()
	it := s.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(ctx) {
		q := s.qs.Quad(it.Result())
		if q.Label != label {
			continue
		}
		found = true
		if v, ok := q.Object.(quad.String); ok {
			switch q.Predicate {
			case schema.ContentHash.IRI():
				hash = string(v)
			case schema.FactsVersion.IRI():
				version = string(v)
			}
		}
	}
	return hash, version, found, it.Err()
}

// labelled returns every quad labelled with label, in a stable order.
func (s *Store) labelled(label quad.IRI) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(label)
	if ref == nil {
		return nil, nil
	}
	ctx := context.Background()
	it := s.qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q := s.qs.Quad(it.Result())
		if q.Label == label { // the SQL and fallback iterators are exact; be sure
			out = append(out, q)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("reading the quads of %s: %w", label, err)
	}
	return out, nil
}

var ignore = cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}

// apply applies deltas in one transaction where Cayley allows it.
//
// Cayley 0.7.7's key-value stores (bolt, bbolt, leveldb, btree) sum each
// node's reference changes over the whole batch, and when a node loses more
// quads than it gains, quads added in the same batch are stored with that
// node missing (a nil subject or label). A changed document hits this all the
// time: its own node loses more quads than it gains whenever it shrinks.
// Such a batch is applied in two transactions, deletions first, then
// additions. The new content hash is among the additions, so a crash in
// between leaves changed documents without a hash: the next build sees them
// as changed and writes them again.
func (s *Store) apply(deltas []cgraph.Delta) error {
	if len(deltas) == 0 {
		return nil
	}
	if _, isKV := cgraph.Unwrap(s.qs).(*ckv.QuadStore); !isKV || !losesNodes(deltas) {
		return s.qs.ApplyDeltas(deltas, ignore)
	}
	var del, add []cgraph.Delta
	for _, d := range deltas {
		if d.Action == cgraph.Delete {
			del = append(del, d)
		} else {
			add = append(add, d)
		}
	}
	if err := s.qs.ApplyDeltas(del, ignore); err != nil {
		return err
	}
	return s.qs.ApplyDeltas(add, ignore)
}

// losesNodes reports whether an added quad uses a node whose references
// the batch decreases in total.
func losesNodes(deltas []cgraph.Delta) bool {
	deletes := false
	for _, d := range deltas {
		if d.Action == cgraph.Delete {
			deletes = true
			break
		}
	}
	if !deletes {
		return false // nothing can lose references: the common case of a fresh build
	}
	net := make(map[cgraph.ValueHash]int)
	for _, d := range deltas {
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				net[cgraph.HashOf(v)] += int(d.Action)
			}
		}
	}
	for _, d := range deltas {
		if d.Action != cgraph.Add {
			continue
		}
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil && net[cgraph.HashOf(v)] < 0 {
				return true
			}
		}
	}
	return false
}
