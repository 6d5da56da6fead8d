package events

import (
	"sync"

	"newsgraph/schema"
)

// docState is the scratch memory of one document's extraction: the
// sentence views and their per-token arrays, the triggers, the event
// candidates and the date expressions. Extract takes one from statePool
// and puts it back when done, so that the arrays of one document are
// reused by the next; nothing of it is left in the facts Extract writes.
type docState struct {
	views  []view
	vptrs  []*view
	words  []string
	ints   []int
	masked []bool
	info   []*wordInfo
	ments  []int    // backing of every view's ments
	spans  [][2]int // backing of every view's spans
	lower  []byte   // the document text with ASCII letters lower-cased

	bySent    [][]int // mentionsBySentence's result
	bySentBuf []int   // its backing
	pairs     []int   // mentionsBySentence's (sentence, mention) pairs
	order     []int   // mentionsBySentence's sentence order
	counts    []int

	trig trigScratch

	cands   []cand // the document's event candidates
	scratch []cand // the candidates of one sentence

	dateCache [][]tokDate
	dateDone  []bool
	dates     []tokDate // backing of dateCache
	runBuf    []dateRun
	hits      []dateHit

	evSpans     []schema.Span
	offs        []int // charSpansIn's scratch
	sentSpeaker []string
	sentQuote   []string
	qspans      []qspan
	paras       []para
	fin         finishMaps
}

// finishMaps is the working memory of extractor.finish.
type finishMaps struct {
	media      []mediaOf
	doer       map[[2]string]string
	spoke      map[string]string
	saidOn     map[sentAgent]string
	done       map[[2]string]string
	doneBy     map[[2]string]string
	merged     map[mergeKey]int
	withTarget map[[2]string]bool
	order      []mergeKey
	mcands     []cand
}

type mediaOf struct {
	name  string
	media bool
}

type sentAgent struct {
	sent  int
	agent string
}

type mergeKey struct {
	cls           schema.Class
	agent, target string
}

// finishMaps returns st's finish maps, empty.
func (st *docState) finishMaps() *finishMaps {
	fm := &st.fin
	if fm.doer == nil {
		fm.doer, fm.spoke, fm.saidOn = map[[2]string]string{}, map[string]string{}, map[sentAgent]string{}
		fm.done, fm.doneBy = map[[2]string]string{}, map[[2]string]string{}
		fm.merged, fm.withTarget = map[mergeKey]int{}, map[[2]string]bool{}
		return fm
	}
	clear(fm.doer)
	clear(fm.spoke)
	clear(fm.saidOn)
	clear(fm.done)
	clear(fm.doneBy)
	clear(fm.merged)
	clear(fm.withTarget)
	return fm
}

var statePool = sync.Pool{New: func() any { return new(docState) }}

// release drops the state's references to the document (its strings and
// mentions stay until overwritten) and returns it to the pool.
func (st *docState) release() {
	for i := range st.views {
		st.views[i] = view{}
	}
	clear(st.vptrs)
	clear(st.sentSpeaker)
	clear(st.sentQuote)
	clear(st.evSpans)
	statePool.Put(st)
}

// grow returns s with length n, reusing its array when large enough; the
// elements are not cleared.
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n, n+n/4)
}

// trigScratch is the per-document working memory the views share:
// findTriggersIn's candidates and token marks, reused from sentence to
// sentence, and arenas holding the matches, the rules' mention and entity
// lists and the mentions' classes for the document. The slices handed out
// of an arena are capped, so that an append to one copies it.
type trigScratch struct {
	cands   []trigCand
	used    []bool
	toks    []int   // arena of the matched tokens
	matches []match // arena of the sentences' triggers

	ints []int    // arena of the rules' mention lists
	strs []string // arena of the rules' entity lists

	// view.classOf of each mention, once known (forgotten when an entity
	// is added)
	classes    []schema.Class
	classKnown []bool
}

type trigCand struct {
	p    *pattern
	toks []int
}

// reset empties the arenas for a new document.
func (s *trigScratch) reset() {
	s.toks = s.toks[:0]
	s.matches = s.matches[:0]
	s.ints = s.ints[:0]
	clear(s.strs)
	s.strs = s.strs[:0]
}

// keepReversed returns a copy of xs in reverse order, of capacity len(xs)
// (so that an append to it copies), in the arena when s is not nil.
func (s *trigScratch) keepReversed(xs []int) []int {
	var out []int
	start := 0
	if s == nil {
		out = make([]int, 0, len(xs))
	} else {
		start = len(s.ints)
		out = s.ints
	}
	for i := len(xs) - 1; i >= 0; i-- {
		out = append(out, xs[i])
	}
	if s != nil {
		s.ints = out
	}
	return out[start:len(out):len(out)]
}

// keepStrs returns a copy of xs of capacity len(xs), in the arena when s
// is not nil; nil when xs is empty.
func (s *trigScratch) keepStrs(xs []string) []string {
	if len(xs) == 0 {
		return nil
	}
	if s == nil {
		return append(make([]string, 0, len(xs)), xs...)
	}
	start := len(s.strs)
	s.strs = append(s.strs, xs...)
	return s.strs[start:len(s.strs):len(s.strs)]
}

// keepInts returns a copy of xs of capacity len(xs), in the arena when s
// is not nil.
func (s *trigScratch) keepInts(xs []int) []int {
	if s == nil {
		return append(make([]int, 0, len(xs)), xs...)
	}
	start := len(s.ints)
	s.ints = append(s.ints, xs...)
	return s.ints[start:len(s.ints):len(s.ints)]
}
