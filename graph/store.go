// Package graph opens Cayley quad stores and writes newsgraph's facts into
// them, one document at a time, incrementally and idempotently.
package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	kvbolt "github.com/cayleygraph/cayley/graph/kv/bolt"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	// Every backend Cayley v0.7.7 registers: bbolt bolt btree cockroach
	// leveldb memstore mysql postgres sql (and sqlite when built with cgo).
	_ "github.com/cayleygraph/cayley/graph/all"
)

// Errors returned by Open, to be tested with errors.Is.
var (
	// ErrStoreInUse: another process holds the store's lock.
	ErrStoreInUse = errors.New("store in use")
	// ErrNoStore: there is no store at the path and create was false.
	ErrNoStore = errors.New("no store")
	// ErrNotStore: the path holds something that is not a newsgraph/Cayley store.
	ErrNotStore = errors.New("not a newsgraph/Cayley store")
)

// storeError is an error with a readable message that still matches one of
// the sentinels above (and, through cause, Cayley's own error).
type storeError struct {
	kind  error
	msg   string
	cause error
}

func (e *storeError) Error() string { return e.msg }

func (e *storeError) Unwrap() []error {
	if e.cause != nil {
		return []error{e.kind, e.cause}
	}
	return []error{e.kind}
}

func errInUse(path string) error {
	return &storeError{kind: ErrStoreInUse, msg: fmt.Sprintf("store in use: %s is locked by another process", path)}
}

func errNoStore(path string) error {
	return &storeError{kind: ErrNoStore, msg: fmt.Sprintf("no store at %s (run newsgraph build first)", path)}
}

func errNotStore(path, backend, why string, cause error) error {
	msg := fmt.Sprintf("%s is not a newsgraph/Cayley %s store", path, backend)
	if why != "" {
		msg += " (" + why + ")"
	}
	return &storeError{kind: ErrNotStore, msg: msg, cause: cause}
}

// Store is an open Cayley quad store.
type Store struct {
	backend string
	path    string
	qs      cgraph.QuadStore
	syncOn  string // with NoSync: the file to fsync once on Close
	// with ReleaseMapped: keeps the store file's resident pages under a budget
	release *pageReleaser
}

// An Option changes how Open opens a store.
type Option func(*openOptions)

type openOptions struct {
	noSync, release bool
	budget, limit   int64
}

// NoSync opens a bolt store without an fsync at every commit and syncs its
// file once, on Close: what a bulk build wants. A killed process loses
// nothing (the kernel holds the writes); only a machine crash during the
// build can, and the next build redoes what is missing. Other backends
// ignore it.
func NoSync() Option { return func(o *openOptions) { o.noSync = true } }

// ReleaseMapped keeps the process's resident pages of a bolt or bbolt
// store's memory mapping under budget bytes (budget <= 0: release them at
// every check, see releaseEvery): whenever more are resident they are released, so that the
// resident memory of a long build stays bounded by what it holds itself
// rather than growing with the store file (see pageReleaser). Closing the
// store releases them all. Other backends ignore it.
func ReleaseMapped(budget int64) Option {
	return func(o *openOptions) { o.release, o.budget = true, budget }
}

// ResidentLimit lets ReleaseMapped's budget grow to what the process's
// anonymous memory (its heap, its stacks) leaves of limit bytes, so that
// the resident set as a whole stays near limit: a build whose heap is small
// keeps more of the store's pages mapped, and faults fewer back in.
func ResidentLimit(limit int64) Option {
	return func(o *openOptions) { o.limit = limit }
}

// Backends returns the names of the registered Cayley backends, sorted.
func Backends() []string {
	names := cgraph.QuadStores()
	sort.Strings(names)
	return names
}

// kind of a backend: where its data lives, which decides how Open checks the path.
type kind int

const (
	kindMemory  kind = iota // memstore, btree: path ignored
	kindBolt                // directory holding indexes.bolt
	kindBBolt               // the database file itself
	kindLevelDB             // directory of LevelDB files
	kindSQL                 // path is a connection string
	kindOther               // anything else registered: passed through
)

func backendKind(backend string) kind {
	switch backend {
	case "memstore", "btree":
		return kindMemory
	case "bolt":
		return kindBolt
	case "bbolt":
		return kindBBolt
	case "leveldb":
		return kindLevelDB
	case "postgres", "cockroach", "mysql", "sql", "sqlite":
		return kindSQL
	}
	return kindOther
}

// boltFile is the database file of a bolt store (Cayley's bolt backend
// keeps it in the directory it is given).
func boltFile(dir string) string { return filepath.Join(dir, "indexes.bolt") }

// Open opens the store of the given backend at path (a file or directory
// for the local backends, a connection string for the SQL ones, ignored for
// memstore and btree). With create, a missing store is created; without it a
// missing store is an ErrNoStore error. A store locked by another process
// gives ErrStoreInUse at once, a path holding something else ErrNotStore.
func Open(backend, path string, create bool, options ...Option) (*Store, error) {
	var oo openOptions
	for _, o := range options {
		o(&oo)
	}
	if !cgraph.IsRegistered(backend) {
		return nil, fmt.Errorf("unknown store backend %q (known: %s)", backend, strings.Join(Backends(), ", "))
	}
	k := backendKind(backend)
	if k != kindMemory && path == "" {
		return nil, fmt.Errorf("no path given for the %s store", backend)
	}
	exists, err := checkPath(k, backend, path)
	if err != nil {
		return nil, err
	}
	if exists && (k == kindBolt || k == kindBBolt || k == kindLevelDB) {
		if err := probeLock(lockFile(k, path)); err != nil {
			if errors.Is(err, ErrStoreInUse) {
				return nil, errInUse(path)
			}
			return nil, fmt.Errorf("cannot open %s: %w", path, err)
		}
		if err := validate(k, backend, path); err != nil {
			return nil, err
		}
	}
	if !exists && !create && k != kindMemory {
		return nil, errNoStore(displayPath(k, path))
	}
	opts := cgraph.Options{}
	switch k {
	case kindBolt, kindBBolt, kindLevelDB, kindMemory, kindOther:
		opts["no_bloom"] = true // skip a full scan on open
	}
	syncOn := ""
	if oo.noSync && k == kindBolt {
		opts["nosync"] = true // Cayley's bolt backend option
		syncOn = boltFile(path)
	}
	if k == kindSQL {
		// Cayley connects lazily: ask the server now, so a wrong address or
		// a database without a store is reported here, and Init (which logs
		// an error when the tables exist) runs only when they do not
		qs, err := openSQL(backend, path, opts)
		if errors.Is(err, ErrNoStore) && create {
			if err := initNew(k, backend, path, opts); err != nil {
				return nil, err
			}
			qs, err = openSQL(backend, path, opts)
		}
		if err != nil {
			return nil, err
		}
		return &Store{backend: backend, path: path, qs: qs}, nil
	}
	// an existing local store is opened as it is, never initialised again
	if create && cgraph.IsPersistent(backend) && (!exists || k == kindOther) {
		if k == kindBBolt {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return nil, err
			}
		}
		if err := initNew(k, backend, path, opts); err != nil {
			return nil, err
		}
	}
	cpath := path
	if k == kindMemory {
		cpath = "" // Cayley refuses an address for in-memory stores
	}
	var (
		qs   cgraph.QuadStore
		kvdb hkv.KV
	)
	if oo.release && (k == kindBolt || k == kindBBolt) {
		qs, kvdb, err = openKV(k, cpath, opts)
	} else {
		qs, err = newQuadStore(backend, cpath, opts)
	}
	if err != nil {
		return nil, classify(k, backend, path, err)
	}
	st := &Store{backend: backend, path: path, qs: qs, syncOn: syncOn}
	if kvdb != nil {
		file := path
		if k == kindBolt {
			file = boltFile(path)
		}
		st.release = newPageReleaser(file, kvdb, oo.budget, oo.limit)
	}
	return st, nil
}

// initNew creates a store and gives it the label index.
func initNew(k kind, backend, path string, opts cgraph.Options) error {
	created, err := initStore(k, backend, path, opts)
	if err != nil {
		return classify(k, backend, path, err)
	}
	if created {
		if err := addLabelIndex(k, backend, path); err != nil {
			return fmt.Errorf("cannot index the new %s store at %s: %w", backend, displayPath(k, path), err)
		}
	}
	return nil
}

// openSQL opens an SQL store and reads from it.
func openSQL(backend, path string, opts cgraph.Options) (cgraph.QuadStore, error) {
	qs, err := newQuadStore(backend, path, opts)
	if err != nil {
		return nil, classify(kindSQL, backend, path, err)
	}
	if err := probeSQL(qs); err != nil {
		qs.Close()
		if strings.Contains(err.Error(), "does not exist") {
			return nil, errNoStore(displayPath(kindSQL, path))
		}
		return nil, fmt.Errorf("cannot open %s store at %s: %w", backend, displayPath(kindSQL, path), err)
	}
	return qs, nil
}

// initStore creates the store if absent; it reports whether it did.
func initStore(k kind, backend, path string, opts cgraph.Options) (created bool, err error) {
	defer cayleyPanic(&err)
	err = cgraph.InitQuadStore(backend, path, opts)
	if errors.Is(err, cgraph.ErrDatabaseExists) {
		return false, nil
	}
	return err == nil, err
}

// openKV opens a bolt or bbolt store as Cayley's registry does, keeping
// the key-value handle underneath.
func openKV(k kind, path string, opts cgraph.Options) (qs cgraph.QuadStore, db hkv.KV, err error) {
	defer func() {
		if err != nil && db != nil {
			db.Close()
			db = nil
		}
	}()
	defer cayleyPanic(&err) // runs first
	if k == kindBolt {
		db, err = kvbolt.Open(path, opts)
	} else {
		db, err = hbbolt.OpenPath(path)
	}
	if err != nil {
		return nil, nil, err
	}
	qs, err = ckv.New(db, opts)
	return qs, db, err
}

func newQuadStore(backend, path string, opts cgraph.Options) (qs cgraph.QuadStore, err error) {
	defer cayleyPanic(&err)
	return cgraph.NewQuadStore(backend, path, opts)
}

// cayleyPanic, deferred, turns a panic inside Cayley into the error *err.
func cayleyPanic(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("cayley panicked: %v", r)
	}
}

// checkPath tells whether a store exists at path, and rejects paths that
// hold something else before Cayley gets to see (or overwrite) them.
func checkPath(k kind, backend, path string) (bool, error) {
	switch k {
	case kindBolt, kindBBolt, kindLevelDB:
	case kindMemory:
		return false, nil
	default:
		return true, nil // SQL and others: only the server knows; Cayley reports it.
	}
	st, err := os.Stat(path)
	if os.IsNotExist(err) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	switch k {
	case kindBolt:
		if !st.IsDir() {
			return false, errNotStore(path, backend, "a file where a directory holding indexes.bolt is expected", nil)
		}
		fst, err := os.Stat(boltFile(path))
		if os.IsNotExist(err) {
			if empty, err := dirEmpty(path); err != nil {
				return false, err
			} else if !empty {
				return false, errNotStore(path, backend, "a directory without indexes.bolt", nil)
			}
			return false, nil
		} else if err != nil {
			return false, err
		}
		if !fst.Mode().IsRegular() || fst.Size() == 0 {
			return false, errNotStore(path, backend, "indexes.bolt is empty or not a file", nil)
		}
		return true, nil
	case kindBBolt:
		if st.IsDir() {
			return false, errNotStore(path, backend, "a directory where a database file is expected", nil)
		}
		if st.Size() == 0 {
			return false, errNotStore(path, backend, "an empty file", nil)
		}
		return true, nil
	case kindLevelDB:
		if !st.IsDir() {
			return false, errNotStore(path, backend, "a file where a LevelDB directory is expected", nil)
		}
		if _, err := os.Stat(filepath.Join(path, "CURRENT")); err == nil {
			return true, nil
		}
		if empty, err := dirEmpty(path); err != nil {
			return false, err
		} else if !empty {
			return false, errNotStore(path, backend, "a directory without LevelDB files", nil)
		}
		return false, nil
	}
	return true, nil
}

func dirEmpty(dir string) (bool, error) {
	f, err := os.Open(dir)
	if err != nil {
		return false, err
	}
	defer f.Close()
	names, err := f.Readdirnames(1)
	return len(names) == 0 && err != nil, nil
}

// lockFile is the file a local backend locks while open.
func lockFile(k kind, path string) string {
	switch k {
	case kindBolt:
		return boltFile(path)
	case kindLevelDB:
		return filepath.Join(path, "LOCK")
	}
	return path
}

// classify turns an error from Cayley's open into one of ours where it can.
func classify(k kind, backend, path string, err error) error {
	shown := displayPath(k, path)
	msg := err.Error()
	low := strings.ToLower(msg)
	switch {
	case k == kindMemory:
		return fmt.Errorf("cannot open %s store: %w", backend, err)
	case errors.Is(err, os.ErrPermission), errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("cannot open %s store at %s: %w", backend, shown, err)
	case strings.Contains(low, "timeout") && (k == kindBolt || k == kindBBolt),
		strings.Contains(low, "resource temporarily unavailable"),
		strings.Contains(low, "already locked"),
		strings.Contains(low, "locked"):
		return errInUse(shown)
	case k == kindSQL:
		if errors.Is(err, cgraph.ErrNotInitialized) {
			return errNoStore(shown)
		}
		return fmt.Errorf("cannot open %s store at %s: %w", backend, shown, err)
	case errors.Is(err, cgraph.ErrNotInitialized):
		return errNotStore(shown, backend, "no Cayley metadata", err)
	}
	return errNotStore(shown, backend, msg, err)
}

// displayPath hides a password in a connection string.
func displayPath(k kind, path string) string {
	if k != kindSQL {
		return path
	}
	u, err := url.Parse(path)
	if err != nil || u.User == nil {
		return path
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Backend is the name of the store's backend.
func (s *Store) Backend() string { return s.backend }

// Path is the path (or connection string) the store was opened with.
func (s *Store) Path() string { return s.path }

// QuadStore is the underlying Cayley quad store.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Close closes the store.
func (s *Store) Close() error {
	if s.qs == nil {
		return nil
	}
	if s.release != nil {
		s.release.close()
		s.release = nil
	}
	err := s.qs.Close()
	s.qs = nil
	if s.syncOn != "" && err == nil {
		err = syncFile(s.syncOn)
	}
	return err
}

// syncFile flushes a file's data to disk.
func syncFile(name string) error {
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("syncing %s: %w", name, err)
	}
	return f.Close()
}

// probeSQL reads one quad, which fails if the server is unreachable or the
// database holds no Cayley tables.
func probeSQL(qs cgraph.QuadStore) error {
	it := qs.QuadsAllIterator()
	defer it.Close()
	it.Next(context.Background())
	return it.Err()
}
