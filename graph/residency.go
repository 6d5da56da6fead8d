package graph

import (
	"sync"
	"time"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// addrRange is an address range [start, end) of a memory mapping.
type addrRange [2]uintptr

// releaseEvery is how often a pageReleaser looks at the resident set
// (reading /proc/self/statm costs microseconds).
const releaseEvery = 5 * time.Millisecond

// A pageReleaser keeps this process's resident pages of a bolt or bbolt
// store file under a budget while the store is written.
//
// Bolt reads its file through one shared read-only memory mapping, and a
// write transaction reads pages all over it (value ids, index leaves,
// reference counts), each page fault mapping up to 16 neighbouring pages
// as well (the kernel's fault-around), so that the resident set of a long
// build would otherwise grow with the store file (a 100,000-document store
// is 8.5 GB). Whenever the process's resident file-mapped memory exceeds
// what it holds besides the store (the binary's pages and the like) by more
// than the budget, the releaser drops all of the store file's pages
// (MADV_DONTNEED: they stay in the kernel's page cache and fault back in on
// the next read; nothing is reread from disk).
//
// It does so while holding a read transaction: bolt remaps its file (when
// a commit grows it) only once no read transaction is open, so the mapping
// cannot move under the madvise, even in the middle of a write transaction
// on another goroutine. Unmapping pages under a running transaction is harmless: its
// next read of them faults the same page back in at the same address.
//
// Where the kernel allows it, the releaser also turns off fault-around on
// the store's mappings (see faultAroundOff): each page a transaction reads
// then makes 4 kB resident, not 64 kB, and the budget lasts sixteen times
// as long between releases, each of which costs the faults that bring back
// the pages still in use.
type pageReleaser struct {
	file   string
	db     hkv.KV
	budget int64           // resident bytes of the store file always allowed
	limit  int64           // > 0: also allowed, what the anonymous memory leaves of it
	fa     *faultAroundOff // nil: fault-around stays on

	mu   sync.Mutex
	base int64 // resident file-mapped bytes not of the store: the least seen at open or after a release

	stop chan struct{}
	done chan struct{}
}

// newPageReleaser starts watching (nil where the resident set cannot be
// measured). budget <= 0: release at every check (unless limit leaves room).
func newPageReleaser(file string, db hkv.KV, budget, limit int64) *pageReleaser {
	base, _, err := residentBytes()
	if err != nil || base < 0 {
		return nil
	}
	r := &pageReleaser{file: file, db: db, budget: budget, limit: limit, base: base,
		fa:   newFaultAroundOff(),
		stop: make(chan struct{}), done: make(chan struct{})}
	r.cover()
	go r.watch()
	return r
}

func (r *pageReleaser) watch() {
	defer close(r.done)
	t := time.NewTicker(releaseEvery)
	defer t.Stop()
	for {
		select {
		case <-r.stop:
			return
		case <-t.C:
			r.check()
		}
	}
}

// check releases the pages if they are over the budget.
func (r *pageReleaser) check() {
	r.mu.Lock()
	defer r.mu.Unlock()
	now, anon, err := residentBytes()
	if err != nil {
		return
	}
	allowed := r.budget
	if spare := r.limit - anon - r.base; r.limit > 0 && spare > allowed {
		allowed = spare
	}
	if now-r.base <= allowed {
		return
	}
	r.releaseLocked()
}

// committed is called after a commit, which may have left more than the
// budget resident, and may have remapped a file it grew.
func (r *pageReleaser) committed() {
	r.cover()
	r.check()
}

// cover turns off fault-around on mappings of the file made since the last
// call.
func (r *pageReleaser) cover() {
	if r.fa == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.withMappings(r.fa.cover)
}

// withMappings calls fn with the file's mappings while holding a read
// transaction: bolt remaps its file only once none is open, so the mappings
// stay where fn finds them. It does nothing if either cannot be had.
func (r *pageReleaser) withMappings(fn func([]addrRange)) {
	tx, err := r.db.Tx(false)
	if err != nil {
		return
	}
	defer tx.Close()
	if spans, err := mappingsOf(r.file); err == nil {
		fn(spans)
	}
}

// release releases the pages now.
func (r *pageReleaser) release() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.releaseLocked()
}

// releaseLocked does the release, best effort: a failure only leaves the
// pages resident.
func (r *pageReleaser) releaseLocked() {
	released := false
	r.withMappings(func(spans []addrRange) { released = releaseMapped(spans) == nil })
	if !released {
		return
	}
	// The base only ever goes down: what is resident right after a release
	// includes the pages the writer faulted back in meanwhile, and taking
	// that as the new base would let the resident set ratchet up.
	if now, _, err := residentBytes(); err == nil && now < r.base {
		r.base = now
	}
}

// close stops the watcher; the store must still be open.
func (r *pageReleaser) close() {
	close(r.stop)
	<-r.done
	r.release()
	if r.fa != nil {
		r.fa.close()
	}
}
